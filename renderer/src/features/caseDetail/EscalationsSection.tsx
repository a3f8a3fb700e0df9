import { Heading2, Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { DataTable } from '../../components/DataTable';
import { EscalationActions } from './EscalationActions';

/** The case's escalations: escalate, fill the dossier, submit, withdraw and resubmit (EscalationActions); the target decides in the inbox. Arrangements have their own section. */
export function EscalationsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
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
    </section>
  );
}
