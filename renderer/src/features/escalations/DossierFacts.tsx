import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import type { Targets } from './useTargets';
import './escalations.css';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * What the escalation target sees of a dossier (§2.3, data minimisation): exactly the fields of an
 * inbox row — the case code, wijk and status and the dossier, never the resident's name or alias.
 * The PRIO inbox shows it, and the case screen's preview shows the same component before submitting,
 * so the preview cannot show more or less than the target will get.
 */
export function DossierFacts({ row, targets }: { row: InboxRow; targets: Targets }) {
  const { t } = useTranslation();
  const target = targets.entry(row.target);
  const targetName = targets.name(row.target);
  return (
    <div className="werkbank-esc-dossier-grid">
      <DataList className="werkbank-esc-dossier-facts">
        <Item label={t('escalations.dossier.target')}>
          {target ? t('escalations.dossier.targetTerm', { name: targetName, count: target.deadlineWorkingDays }) : targetName}
        </Item>
        <Item label={t('escalations.dossier.caseStatus')}>{t(`status.${row.caseStatus}`)}</Item>
        <Item label={t('escalations.dossier.urgency')}>{row.urgency ? t(`urgency.${row.urgency}`) : <NotFilled />}</Item>
        <Item label={t('escalations.dossier.owner')}>{row.owner ?? <NotFilled />}</Item>
        <Item label={t('escalations.dossier.submittedOn')}>{formatDate(row.submittedOn)}</Item>
        <Item label={t('escalations.dossier.deadlineOn')}>
          {row.overdue && row.deadlineOn ? (
            <span className="werkbank-esc-late">
              {t('escalations.dossier.lateBy', { date: formatDate(row.deadlineOn), count: daysLate(row.deadlineOn) })}
            </span>
          ) : (
            formatDate(row.deadlineOn)
          )}
        </Item>
        <Item label={t('escalations.dossier.ageLabel')}>
          {row.ageDays === null ? '—' : t('escalations.dossier.age', { count: row.ageDays })}
        </Item>
        {row.arrangementId ? <Item label={t('escalations.dossier.arrangement')}>{row.arrangementId}</Item> : null}
        {row.target === 'jeugd_weekbedrag' ? (
          <>
            <Item label={t('escalations.dossier.begeleiding')}>
              {row.begeleiding ? t(`escalations.dossier.begeleidingKind.${row.begeleiding}`) : <NotFilled />}
            </Item>
            <Item label={t('escalations.dossier.requestedWeekly')}>
              {row.requestedWeeklyCents === null ? (
                <NotFilled />
              ) : row.requestedWeeks === null ? (
                t('escalations.dossier.requestedWeeklyNoWeeks', { amount: formatEuro(row.requestedWeeklyCents) })
              ) : (
                t('escalations.dossier.requestedWeeklyValue', { amount: formatEuro(row.requestedWeeklyCents), weeks: weeks.format(row.requestedWeeks) })
              )}
            </Item>
          </>
        ) : null}
      </DataList>
      <DataList className="werkbank-esc-dossier-content">
        {row.target === 'jeugd_weekbedrag' ? (
          <Item label={t('escalations.dossier.whyNotArrangementenmodel')} multiline>
            {row.whyNotArrangementenmodel ?? <NotFilled />}
          </Item>
        ) : null}
        <Item label={t('escalations.dossier.question')} multiline>
          {row.question ?? <NotFilled />}
        </Item>
        <Item label={t('escalations.dossier.tried')} multiline>
          {row.tried ?? <NotFilled />}
        </Item>
        <Item label={t('escalations.dossier.blockingRule')} multiline>
          {row.blockingRule ?? <NotFilled />}
        </Item>
        <Item label={t('escalations.dossier.requestedDeviation')} multiline>
          {row.requestedDeviation ?? <NotFilled />}
        </Item>
        <Item label={t('escalations.dossier.legalBasis')} multiline>
          {row.legalBasis ?? <NotFilled />}
        </Item>
        <Item label={t('escalations.dossier.consentChecked')}>
          {row.consentChecked === null ? <NotFilled /> : row.consentChecked ? t('escalations.dossier.yes') : t('escalations.dossier.no')}
        </Item>
        <Item label={t('escalations.dossier.requestedBudget')}>
          {row.requestedBudgetCents === null ? <NotFilled /> : formatEuro(row.requestedBudgetCents)}
        </Item>
      </DataList>
    </div>
  );
}

export function Item({ label, multiline, children }: { label: string; multiline?: boolean; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline={multiline}>{children}</DataListValue>
    </DataListItem>
  );
}

function NotFilled() {
  const { t } = useTranslation();
  return <span className="werkbank-muted">{t('escalations.dossier.notFilled')}</span>;
}

/** Whole days from the deadline to today (local calendar), for "te laat, N dagen over de termijn". */
function daysLate(deadlineOn: string): number {
  return Math.max(0, differenceInCalendarDays(new Date(), parseISO(deadlineOn)));
}
