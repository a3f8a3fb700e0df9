import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { ConsentSection } from './ConsentSection';
import { ScoresSection } from './ScoresSection';

/** The consent and the leefgebied scores, in one place on the case screen (one line in CaseDetailPage). */
export function ConsentAndScores({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <ConsentSection detail={detail} />
      <ScoresSection detail={detail} />
    </>
  );
}
