import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { useCaseRendement } from './caseQueries';
import { formatPct, formatQuantity } from './numbers';

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
      {c.escalations.length === 0 ? (
        <Paragraph>{t('caseDetail.escalations.empty')}</Paragraph>
      ) : (
        <Table className="werkbank-table">
          <TableCaption className="werkbank-visually-hidden">{t('caseDetail.escalations.listTitle')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.target')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.urgency')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.submittedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.deadline')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.escalations.col.besluit')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.escalations.map((e, i) => (
              <TableRow key={e.id ?? `index-${String(i)}`}>
                <TableHeaderCell scope="row">
                  {t(`target.${e.target}`)}
                  {e.question ? <span className="werkbank-line-item">{e.question}</span> : null}
                </TableHeaderCell>
                <TableCell>{t(`escalationStatus.${e.status}`)}</TableCell>
                <TableCell>{e.urgency ? t(`urgency.${e.urgency}`) : '—'}</TableCell>
                <TableCell>{formatDate(e.submittedOn)}</TableCell>
                <TableCell>{formatDate(e.deadlineOn)}</TableCell>
                <TableCell>
                  {e.besluit ? (
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
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Heading3 id="arrangementen-lijst">{t('caseDetail.arrangements.title')}</Heading3>
      {c.arrangements.length === 0 ? (
        <Paragraph>{t('caseDetail.arrangements.empty')}</Paragraph>
      ) : (
        <Table className="werkbank-table">
          <TableCaption className="werkbank-visually-hidden">{t('caseDetail.arrangements.title')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('caseDetail.arrangements.col.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.arrangements.col.domain')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="werkbank-num">
                {t('caseDetail.arrangements.col.weekly')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.arrangements.col.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseDetail.arrangements.col.flags')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.arrangements.map((a) => {
              const flags = flagsOf(a.id);
              return (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{a.provider}</TableHeaderCell>
                  <TableCell>
                    {t(`domain.${a.domain}`)}, {t(`setting.${a.setting}`).toLowerCase()}
                    {a.subcontractorSurchargePct !== undefined ? (
                      <span className="werkbank-line-item">{t('caseDetail.arrangements.surcharge', { pct: formatPct(a.subcontractorSurchargePct) })}</span>
                    ) : null}
                  </TableCell>
                  <TableCell className="werkbank-num">{formatEuro(a.weeklyCents)}</TableCell>
                  <TableCell>{t('caseDetail.arrangements.period', { from: formatDate(a.from), weeks: formatQuantity(a.weeks) })}</TableCell>
                  <TableCell>
                    {flags.length === 0 ? (
                      t('caseDetail.arrangements.inOrder')
                    ) : (
                      <ul className="werkbank-flags">
                        {flags.map((f) => (
                          <li key={f}>{t(`caseDetail.arrangements.flag.${f}`)}</li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
