import { useTranslation } from 'react-i18next';
import type { EscalationTarget } from '../../../../shared/domain/enums';
import { sharingConsent, type SharingConsent } from '../../../../shared/domain/sharingConsent';
import { formatList } from '../../../../shared/format/list';
import type { CaseFile } from '../../../../shared/interchange';
import { useTafels } from '../../api/queries';
import { useTargets } from '../escalations/useTargets';
import { MarkerIcon } from './ConsentMarker';
import './consent.css';

/** The rule on this case and target, once the tafels are loaded (the netwerk's recipients are their members). */
export function useSharingConsent(c: CaseFile, target: EscalationTarget): SharingConsent | undefined {
  const targets = useTargets();
  const tafels = useTafels();
  if (tafels.data === undefined) return undefined;
  const entry = targets.entry(target) ?? { id: target, name: targets.name(target) };
  return sharingConsent(c.consent, entry, c.wijk, tafels.data.items);
}

/**
 * §5 before a dossier leaves for its target (Indienen, the hoog-weekbedrag request, the dossier
 * file): whom it reaches and, when the case's consent or legal basis does not cover them all, what
 * to record first. The very rule the server refuses by (shared/domain/sharingConsent.ts), so the
 * card says beforehand what the refusal would say. Organisations only, never a person.
 */
export function SharingNotice({
  c,
  target,
  act,
  onlyWhenLacking = false,
}: {
  c: CaseFile;
  target: EscalationTarget;
  act: 'submit' | 'send';
  /** Say nothing while every recipient is covered (a submitted card need not repeat it). */
  onlyWhenLacking?: boolean;
}) {
  const { t } = useTranslation();
  const sharing = useSharingConsent(c, target);
  if (sharing === undefined) return null;
  const { recipients, lacking } = sharing;
  const warning = lacking.length > 0;
  if (!warning && onlyWhenLacking) return null;
  return (
    <div className="consent-marker" data-state={warning ? 'warning' : 'ok'} data-testid="deel-melding">
      <MarkerIcon warning={warning} />
      <p className="consent-marker-text">
        {warning ? (
          <>
            <strong>{t(`caseDetail.sharing.lacking_${act}`, { partners: formatList(lacking) })}</strong>
            <span className="consent-marker-hint">{t('caseDetail.sharing.whatToDo', { partners: formatList(lacking) })}</span>
          </>
        ) : (
          <strong>{t('caseDetail.sharing.covered', { partners: formatList(recipients) })}</strong>
        )}
      </p>
    </div>
  );
}
