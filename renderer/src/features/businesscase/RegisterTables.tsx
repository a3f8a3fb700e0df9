import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatEuroPlain } from '../../../../shared/format/money';
import type { RegisterReport } from '../../../../shared/ipc/channels/register';
import { DataTable } from '../../components/DataTable';
import { formatCount, formatPct } from './parts';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** The row header of every register table: the case (a link) with the arrangement under it. */
function CaseCell({ row }: { row: { caseCode: string; arrangementId: string } }) {
  return (
    <>
      <Link className="utrecht-link bc-code" to={`/casussen/${row.caseCode}`}>
        {row.caseCode}
      </Link>
      <span className="bc-sub">{row.arrangementId}</span>
    </>
  );
}

const arrangementKey = (r: { caseCode: string; arrangementId: string }) => `${r.caseCode}/${r.arrangementId}`;

/** §3.5 the jeugd register (approval, meerkosten, reviews due), Wmo extramural above the cap, every flag. */
export function RegisterTables({ reg }: { reg: RegisterReport }) {
  const { t } = useTranslation();
  const flagLabels = (flags: readonly string[]) =>
    flags.length === 0 ? t('businesscase.register.noFlags') : flags.map((f) => t(`businesscase.register.flag.${f}`)).join('; ');
  return (
    <>
      <Paragraph className="bc-note">{t('businesscase.register.asOf', { date: formatDate(reg.asOf) })}</Paragraph>
      <dl className="bc-cards bc-cards--register" aria-label={t('businesscase.register.summaryLabel')}>
        <div className="bc-card">
          <dt>{t('businesscase.register.total')}</dt>
          <dd className="bc-card-value" data-testid="register-total-card">
            {formatEuro(reg.totalMeerkostenBovenPlafond)}
          </dd>
        </div>
        <div className="bc-card">
          <dt>{t('businesscase.register.rowsCount')}</dt>
          <dd className="bc-card-value">{formatCount(reg.rows.length)}</dd>
        </div>
        <div className="bc-card">
          <dt>{t('businesscase.register.dueSoonCount')}</dt>
          <dd className="bc-card-value">{formatCount(reg.rows.filter((r) => r.reviewDueSoon).length)}</dd>
        </div>
      </dl>
      <DataTable
        caption={t('businesscase.register.caption')}
        className="bc-table bc-register-table"
        data-testid="register"
        scroll
        rows={reg.rows}
        rowKey={arrangementKey}
        rowProps={(r) => ({ className: r.flags.length > 0 ? 'bc-row-flagged' : undefined })}
        empty={t('businesscase.register.none')}
        columns={[
          { id: 'case', header: t('businesscase.register.colCase'), rowHeader: true, cell: (r) => <CaseCell row={r} /> },
          { id: 'provider', header: t('businesscase.register.colProvider'), cell: (r) => r.provider },
          {
            id: 'period',
            header: t('businesscase.register.colPeriod'),
            cell: (r) => (
              <>
                <span className="bc-nowrap">{formatDate(r.from)}</span>
                <span className="bc-sub">{t('businesscase.register.weeks', { count: r.weeks, n: weeks.format(r.weeks) })}</span>
              </>
            ),
          },
          {
            id: 'weekly',
            header: t('businesscase.register.colWeeklyCap'),
            numeric: true,
            cell: (r) => (
              <>
                {formatEuroPlain(r.weeklyCents)}
                <span className="bc-sub">{t('businesscase.register.capLine', { amount: formatEuroPlain(r.capCents) })}</span>
              </>
            ),
          },
          {
            id: 'approval',
            header: t('businesscase.register.colApproval'),
            cell: (r) => (
              <>
                {t(`businesscase.register.approval.${r.approvalStatus}`)}
                {r.approvedWeeklyCents !== null && (
                  <span className="bc-sub bc-nowrap">{t('businesscase.register.approvedMax', { amount: formatEuroPlain(r.approvedWeeklyCents) })}</span>
                )}
              </>
            ),
          },
          { id: 'meerkosten', header: t('businesscase.register.colMeerkosten'), numeric: true, strong: true, cell: (r) => formatEuroPlain(r.meerkostenBovenPlafond) },
          {
            id: 'review',
            header: t('businesscase.register.colReview'),
            className: (r) => (r.reviewDueSoon ? 'bc-nowrap bc-due-soon' : 'bc-nowrap'),
            cell: (r) => (
              <>
                {formatDate(r.reviewOn)}
                {r.reviewDueSoon && (
                  <span className="bc-sub">
                    <span className="bc-badge">{t('businesscase.register.dueSoon')}</span>
                  </span>
                )}
              </>
            ),
          },
          {
            id: 'flags',
            header: t('businesscase.register.colFlags'),
            cell: (r) => (
              <>
                {r.flags.length > 0 && (
                  <span className="bc-flag-icon" aria-hidden="true">
                    ⚠{' '}
                  </span>
                )}
                {flagLabels(r.flags)}
              </>
            ),
          },
        ]}
        footer={[
          {
            key: 'total',
            label: t('businesscase.register.total'),
            span: 5,
            cells: { meerkosten: <span data-testid="register-total">{formatEuro(reg.totalMeerkostenBovenPlafond)}</span> },
          },
        ]}
      />

      <Heading3>{t('businesscase.register.wmoTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.wmoIntro')}</Paragraph>
      <DataTable
        caption={t('businesscase.register.wmoCaption')}
        className="bc-table bc-table--narrow"
        data-testid="wmo-boven-plafond"
        rows={reg.wmoExtramuraalBovenPlafond}
        rowKey={arrangementKey}
        empty={t('businesscase.register.wmoNone')}
        columns={[
          { id: 'case', header: t('businesscase.register.colCase'), rowHeader: true, cell: (r) => <CaseCell row={r} /> },
          { id: 'provider', header: t('businesscase.register.colProvider'), cell: (r) => r.provider },
          { id: 'weekly', header: t('businesscase.register.colWeekly'), numeric: true, cell: (r) => formatEuro(r.weeklyCents) },
          { id: 'cap', header: t('businesscase.register.colCap'), numeric: true, cell: (r) => formatEuro(r.capCents) },
        ]}
      />

      <Heading3>{t('businesscase.register.flaggedTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.flaggedIntro')}</Paragraph>
      <DataTable
        caption={t('businesscase.register.flaggedCaption')}
        className="bc-table"
        data-testid="gesignaleerd"
        rows={reg.flagged}
        rowKey={arrangementKey}
        empty={t('businesscase.register.flaggedNone')}
        columns={[
          { id: 'case', header: t('businesscase.register.colCase'), rowHeader: true, cell: (f) => <CaseCell row={f} /> },
          { id: 'domain', header: t('businesscase.register.colDomain'), cell: (f) => t(`domain.${f.domain}`) },
          { id: 'setting', header: t('businesscase.register.colSetting'), cell: (f) => t(`setting.${f.setting}`) },
          { id: 'provider', header: t('businesscase.register.colProvider'), cell: (f) => f.provider },
          { id: 'weekly', header: t('businesscase.register.colWeekly'), numeric: true, cell: (f) => formatEuro(f.weeklyCents) },
          { id: 'surcharge', header: t('businesscase.register.colSurcharge'), numeric: true, cell: (f) => formatPct(f.subcontractorSurchargePct) },
          {
            id: 'flags',
            header: t('businesscase.register.colFlags'),
            cell: (f) => (
              <>
                <span className="bc-flag-icon" aria-hidden="true">
                  ⚠{' '}
                </span>
                {flagLabels(f.flags)}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
