import { Heading2, Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { DataTable } from '../../components/DataTable';
import { EscalationActions } from './EscalationActions';
import { useCaseRendement } from './caseQueries';
import { formatPct, formatQuantity } from '../../format/numbers';

/** Escalations and arrangements, read-only here (the escalation inbox is where they are handled). */
export function EscalationsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const rendement = useCaseRendement(c.code);
  const flagsOf = (id: string) => rendement.data?.arrangementFlags.find((f) => f.arrangementId === id)?.flags ?? [];
  return (
    <section className="werkbank-section" aria-labelledby="escalaties-titel">
      <Heading2 id="escalaties-titel">{t('caseDetail.escalations.title')}</Heading2>
      <Heading3 id="escalaties-lijst">{t('caseDetail.escalations.listTitle')}</Heading3>
      <DataTable
        caption={t('caseDetail.escalations.listTitle')}
        captionHidden
        className="werkbank-table"
        rows={c.escalations}
        rowKey={(e, i) => e.id ?? `index-${String(i)}`}
        empty={t('caseDetail.escalations.empty')}
        columns={[
          {
            id: 'target',
            header: t('caseDetail.escalations.col.target'),
            rowHeader: true,
            cell: (e) => (
              <>
                {t(`target.${e.target}`)}
                {e.question ? <span className="werkbank-line-item">{e.question}</span> : null}
              </>
            ),
          },
          { id: 'status', header: t('caseDetail.escalations.col.status'), cell: (e) => t(`escalationStatus.${e.status}`) },
          { id: 'urgency', header: t('caseDetail.escalations.col.urgency'), cell: (e) => (e.urgency ? t(`urgency.${e.urgency}`) : '—') },
          { id: 'submittedOn', header: t('caseDetail.escalations.col.submittedOn'), cell: (e) => formatDate(e.submittedOn) },
          { id: 'deadline', header: t('caseDetail.escalations.col.deadline'), cell: (e) => formatDate(e.deadlineOn) },
          {
            id: 'besluit',
            header: t('caseDetail.escalations.col.besluit'),
            cell: (e) =>
              e.besluit ? (
                <>
                  {t(`outcome.${e.besluit.outcome}`)} ({formatDate(e.besluit.decidedOn)})
                  {e.besluit.maatwerkbudgetCents !== undefined ? (
                    <span className="werkbank-line-item">
                      {t('caseDetail.escalations.maatwerkbudget', { amount: formatEuro(e.besluit.maatwerkbudgetCents) })}
                    </span>
                  ) : null}
                </>
              ) : (
                t('caseDetail.escalations.noBesluit')
              ),
          },
        ]}
      />
      <EscalationActions detail={detail} />
      <Heading3 id="arrangementen-lijst">{t('caseDetail.arrangements.title')}</Heading3>
      <DataTable
        caption={t('caseDetail.arrangements.title')}
        captionHidden
        className="werkbank-table"
        rows={c.arrangements}
        rowKey={(a) => a.id}
        empty={t('caseDetail.arrangements.empty')}
        columns={[
          { id: 'provider', header: t('caseDetail.arrangements.col.provider'), rowHeader: true, cell: (a) => a.provider },
          {
            id: 'domain',
            header: t('caseDetail.arrangements.col.domain'),
            cell: (a) => (
              <>
                {t(`domain.${a.domain}`)}, {t(`setting.${a.setting}`).toLowerCase()}
                {a.subcontractorSurchargePct !== undefined ? (
                  <span className="werkbank-line-item">{t('caseDetail.arrangements.surcharge', { pct: formatPct(a.subcontractorSurchargePct) })}</span>
                ) : null}
              </>
            ),
          },
          { id: 'weekly', header: t('caseDetail.arrangements.col.weekly'), numeric: true, cell: (a) => formatEuro(a.weeklyCents) },
          {
            id: 'period',
            header: t('caseDetail.arrangements.col.period'),
            cell: (a) => t('caseDetail.arrangements.period', { from: formatDate(a.from), weeks: formatQuantity(a.weeks) }),
          },
          {
            id: 'flags',
            header: t('caseDetail.arrangements.col.flags'),
            cell: (a) => {
              const flags = flagsOf(a.id);
              return flags.length === 0 ? (
                t('caseDetail.arrangements.inOrder')
              ) : (
                <ul className="werkbank-flags">
                  {flags.map((f) => (
                    <li key={f}>{t(`caseDetail.arrangements.flag.${f}`)}</li>
                  ))}
                </ul>
              );
            },
          },
        ]}
      />
    </section>
  );
}
