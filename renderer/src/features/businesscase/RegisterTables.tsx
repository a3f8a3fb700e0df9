import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatEuroPlain } from '../../../../shared/format/money';
import type { RegisterReport } from '../../../../shared/ipc/channels/register';
import { DataTable } from '../../components/DataTable';
import { formatCount, formatPct } from './parts';
import './registerHistory.css';

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
        virtual
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

      <ApprovalHistories rows={reg.rows} />

      <Measure4Table reg={reg} />

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

type RegisterRow = RegisterReport['rows'][number];
type HistoryEntry = RegisterRow['history'][number];

/**
 * §3.5 every request and besluit per arrangement over time (issue #9 item 2), not only the besluit
 * that decides the register's row: one disclosure per arrangement (closed, so the register stays
 * short on a projector), opened by keyboard like any button; oldest first, as the server orders it.
 */
function ApprovalHistories({ rows }: { rows: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="bc-history" aria-labelledby="register-geschiedenis">
      <Heading3 id="register-geschiedenis">{t('businesscase.register.history.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.history.intro')}</Paragraph>
      {rows.map((r) => (
        <HistoryItem key={arrangementKey(r)} r={r} />
      ))}
    </section>
  );
}

/**
 * One arrangement's history. Its table is rendered only while open: the register lists hundreds of
 * arrangements at city scale (issue #13), and closed disclosures would still keep every table in the DOM.
 */
function HistoryItem({ r }: { r: RegisterRow }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="bc-history-item" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={`geschiedenis-${arrangementKey(r)}`}>
      <summary>
        <strong>{t('businesscase.register.history.summary', { code: r.caseCode, arrangement: r.arrangementId, provider: r.provider })}</strong>
        {' — '}
        {t(`businesscase.register.approval.${r.approvalStatus}`)}, {t('businesscase.register.history.countsText', { count: r.history.length })}
      </summary>
      {!open ? null : r.history.length === 0 ? (
        <Paragraph>{t('businesscase.register.history.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('businesscase.register.history.caption', { code: r.caseCode, arrangement: r.arrangementId })}
          className="bc-table bc-table--narrow"
          rows={r.history}
          rowKey={(e, i) => `${e.kind}-${e.escalationId ?? ''}-${String(i)}`}
          rowProps={(e) => ({ className: e.kind === 'besluit' && e.decides ? 'bc-history-decides' : undefined })}
          columns={[
            { id: 'on', header: t('businesscase.register.history.colDate'), className: 'bc-nowrap', cell: (e) => formatDate(e.on) },
            {
              id: 'step',
              header: t('businesscase.register.history.colStep'),
              rowHeader: true,
              cell: (e) => t(e.kind === 'aanvraag' ? 'businesscase.register.history.request' : 'businesscase.register.history.besluit', { id: e.escalationId ?? '' }),
            },
            { id: 'amount', header: t('businesscase.register.history.colAmount'), numeric: true, cell: (e) => <HistoryAmount entry={e} /> },
            { id: 'outcome', header: t('businesscase.register.history.colOutcome'), cell: (e) => <HistoryOutcome entry={e} /> },
            {
              id: 'review',
              header: t('businesscase.register.history.colReview'),
              className: 'bc-nowrap',
              cell: (e) => (e.kind === 'besluit' && e.reviewOn !== null ? formatDate(e.reviewOn) : '—'),
            },
          ]}
        />
      )}
    </details>
  );
}

function HistoryAmount({ entry: e }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  if (e.kind === 'aanvraag') {
    if (e.requestedWeeklyCents === null) return <span className="bc-sub">{t('businesscase.register.history.unknown')}</span>;
    return (
      <>
        {t('businesscase.register.history.requested', { amount: formatEuroPlain(e.requestedWeeklyCents) })}
        {e.requestedWeeks !== null && (
          <span className="bc-sub">{t('businesscase.register.history.requestedWeeks', { count: e.requestedWeeks, n: weeks.format(e.requestedWeeks) })}</span>
        )}
      </>
    );
  }
  return e.approvedWeeklyCents === null ? '—' : t('businesscase.register.history.approved', { amount: formatEuroPlain(e.approvedWeeklyCents) });
}

function HistoryOutcome({ entry: e }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  if (e.kind === 'aanvraag') return t('businesscase.register.history.status', { status: t(`escalationStatus.${e.status}`).toLowerCase() });
  return (
    <>
      <strong>{t(`outcome.${e.outcome}`)}</strong>
      {e.decides && (
        <span className="bc-sub">
          <span className="bc-badge">{t('businesscase.register.history.decides')}</span>
        </span>
      )}
    </>
  );
}

/** Issue #14 item 5: the register's meerkosten per start year beside measure 4's booked effect, as in the register exports. */
function Measure4Table({ reg }: { reg: RegisterReport }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading3>{t('businesscase.register.measure4.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.measure4.intro')}</Paragraph>
      <DataTable
        caption={t('businesscase.register.measure4.caption')}
        className="bc-table bc-table--narrow"
        data-testid="register-maatregel-4"
        rows={reg.measure4}
        rowKey={(m) => String(m.year)}
        columns={[
          { id: 'year', header: t('businesscase.register.measure4.colYear'), rowHeader: true, cell: (m) => String(m.year) },
          {
            id: 'booked',
            header: t('businesscase.register.measure4.colBooked'),
            numeric: true,
            cell: (m) => (m.bookedEffect === null ? t('businesscase.register.measure4.none') : formatEuro(m.bookedEffect)),
          },
          { id: 'meerkosten', header: t('businesscase.register.measure4.colMeerkosten'), numeric: true, cell: (m) => formatEuro(m.meerkostenBovenPlafond) },
          { id: 'toegekend', header: t('businesscase.register.measure4.colToegekend'), numeric: true, cell: (m) => formatEuro(m.meerkostenToegekend) },
        ]}
      />
    </>
  );
}
