import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { capInForce } from '../../../../shared/calc/beleidsregels';
import type { EscalationStatus } from '../../../../shared/domain/enums';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { useCatalogue } from '../../api/queries';
import { ArrangementsSection } from './ArrangementsSection';
import { WeekbedragRequestForm } from './WeekbedragRequestForm';
import './weekbedrag.css';

type Arrangement = CaseFile['arrangements'][number];

/** A request still with the aanmelder or the tafel: no second one is started beside it. */
const OPEN: readonly EscalationStatus[] = ['concept', 'ingediend', 'in_behandeling', 'teruggelegd'];

/**
 * §3.5 / issue #9 item 2: the Arrangementen section, where a jeugd arrangement above the cap
 * without a toekenning offers "Aanvraag hoog-weekbedragtafel" beside its flag. The request form
 * opens under the table; an open request is named instead of offering a second one (a concept is
 * finished and submitted from here too).
 */
export function WeekbedragRequests({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const rules = useCatalogue().data?.rules ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const opening = open === null ? undefined : c.arrangements.find((a) => a.id === open);
  const openRequest = (a: Arrangement) => {
    const index = c.escalations.findIndex((e) => e.target === 'jeugd_weekbedrag' && e.arrangementId === a.id && OPEN.includes(e.status));
    const escalation = c.escalations[index];
    return escalation === undefined ? undefined : { index, escalation };
  };
  const openerId = (a: Arrangement) => `weekbedrag-aanvraag-open-${a.id}`;
  const close = (a: Arrangement, message: string) => {
    flushSync(() => {
      setOpen(null);
      setNotice(message);
    });
    if (message !== '') noticeRef.current?.focus();
    else document.getElementById(openerId(a))?.focus();
  };

  const action = (a: Arrangement) => {
    const pending = openRequest(a);
    if (pending !== undefined && pending.escalation.status !== 'concept') {
      return (
        <Paragraph className="werkbank-line-item">
          {t('caseDetail.weekbedragRequest.pending', { id: pending.escalation.id ?? '', status: t(`escalationStatus.${pending.escalation.status}`).toLowerCase() })}
        </Paragraph>
      );
    }
    return (
      <Button
        id={openerId(a)}
        type="button"
        appearance="secondary-action-button"
        className="werkbank-weekbedrag-open"
        aria-expanded={open === a.id}
        aria-label={t(pending ? 'caseDetail.weekbedragRequest.finishOf' : 'caseDetail.weekbedragRequest.openOf', { provider: a.provider })}
        onClick={() => {
          setNotice('');
          setOpen(a.id);
        }}
      >
        {t(pending ? 'caseDetail.weekbedragRequest.finish' : 'caseDetail.weekbedragRequest.open')}
      </Button>
    );
  };

  const editing = opening === undefined ? undefined : openRequest(opening);
  return (
    <>
      <ArrangementsSection detail={detail} jeugdAboveCapAction={action} />
      <p role="status" className="werkbank-done" ref={noticeRef} tabIndex={-1}>
        {notice}
      </p>
      {opening !== undefined ? (
        <WeekbedragRequestForm
          // A new key per arrangement: the form starts from that arrangement's values.
          key={opening.id}
          detail={detail}
          arrangement={opening}
          {...(editing !== undefined ? { editing } : {})}
          submit
          capCents={capInForce(rules, 'jeugd_weekbedrag_plafond', opening.from)}
          onDone={(message) => close(opening, message)}
          onCancel={() => close(opening, '')}
        />
      ) : null}
    </>
  );
}
