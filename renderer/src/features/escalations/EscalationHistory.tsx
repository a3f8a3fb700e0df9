import { Heading3, Heading4, OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import type { EscalationFile } from '../../../../shared/interchange';

/**
 * §2.3/§5 the escalation's own history: every step with when, who and why (a teruggelegd step says
 * what is missing). Shown in the PRIO dossier and on the case screen, so both read the same steps.
 */
export function EscalationHistory({
  steps,
  idPrefix,
  level = 3,
}: {
  steps: NonNullable<EscalationFile['statusHistory']>;
  idPrefix: string;
  level?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = level === 3 ? Heading3 : Heading4;
  return (
    <section className="werkbank-esc-dossier-history" aria-labelledby={`${idPrefix}-verloop`}>
      <Heading id={`${idPrefix}-verloop`}>{t('escalations.dossier.historyTitle')}</Heading>
      <OrderedList>
        {steps.map((s, i) => (
          <OrderedListItem key={`${s.at}-${String(i)}`}>
            <span className="werkbank-esc-nowrap">{formatDate(s.at)}</span>{' '}
            {s.from === null
              ? t('escalations.dossier.historyCreated', { to: t(`escalationStatus.${s.to}`) })
              : t('escalations.dossier.historyStep', { from: t(`escalationStatus.${s.from}`), to: t(`escalationStatus.${s.to}`) })}
            {s.by ? ` ${t('escalations.dossier.historyBy', { by: s.by })}` : ''}
            {s.why ? <span className="werkbank-esc-history-why">: {s.why}</span> : null}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}
