import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_TARGETS, BESLUIT_OUTCOMES, GEMEENTE_PAYERS, PAYERS, SPOREN } from '../../../../shared/domain/enums';
import { formatEuro, formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { DataTable, type Column } from '../../components/DataTable';
import { formatCount, formatDays } from './parts';

/** A row of figures: its name, then the value for all calculations and for the vastgesteld ones. */
interface PairRow {
  key: string;
  label: string;
  all: string;
  vastgesteld: string;
}

/** The columns of a PairRow table; with "alleen vastgestelde" on, the top level IS the vastgesteld set: one column. */
function pairColumns(t: (key: string) => string, nameHeader: string, filtered: boolean): (Column<PairRow> | false)[] {
  return [
    { id: 'name', header: nameHeader, rowHeader: true, cell: (r) => r.label },
    {
      id: 'all',
      header: filtered ? t('businesscase.headline.colFiltered') : t('businesscase.headline.colAll'),
      numeric: true,
      cell: (r) => r.all,
    },
    !filtered && { id: 'vastgesteld', header: t('businesscase.headline.colVastgesteld'), numeric: true, cell: (r) => r.vastgesteld },
  ];
}

type PayerRow = (typeof PAYERS)[number];
type WijkRow = [string, BusinesscaseReport['perWijk'][string]];

/** §3.3 breakdowns per spoor (attribution), per payer (§3.4) and per wijk. */
export function Breakdowns({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.year;
  const filtered = bc.filters.onlyVastgesteld;
  const wijken: WijkRow[] = Object.entries(bc.perWijk);
  const spoorRows: PairRow[] = SPOREN.map((s) => ({
    key: s,
    label: t(`spoor.${s}`),
    all: formatEuro(bc.perSpoor[s]),
    vastgesteld: formatEuro(bc.vastgesteld.perSpoor[s]),
  }));
  if (bc.nietToegerekend !== 0 || bc.vastgesteld.nietToegerekend !== 0) {
    spoorRows.push({
      key: 'nietToegerekend',
      label: t('businesscase.breakdown.nietToegerekend'),
      all: formatEuro(bc.nietToegerekend),
      vastgesteld: formatEuro(bc.vastgesteld.nietToegerekend),
    });
  }
  const payerTotal = (key: string, label: string, all: BusinesscaseReport['gemeente'], vast: BusinesscaseReport['gemeente']) => ({
    key,
    label,
    cells: {
      vermeden: formatEuro(all.vermedenKosten),
      investering: formatEuro(all.investering),
      vermedenVastgesteld: formatEuro(vast.vermedenKosten),
      investeringVastgesteld: formatEuro(vast.investering),
    },
  });
  return (
    <>
      <Heading3>{t('businesscase.breakdown.spoorTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.breakdown.spoorIntro')}</Paragraph>
      <div className="bc-side-by-side">
        <DataTable
          caption={t('businesscase.breakdown.spoorCaption', { year })}
          className="bc-table bc-table--narrow"
          data-testid="per-spoor"
          rows={spoorRows}
          rowKey={(r) => r.key}
          columns={pairColumns(t, t('businesscase.breakdown.colSpoor'), filtered)}
          footer={[
            {
              key: 'total',
              label: t('businesscase.breakdown.total'),
              cells: { all: formatEuro(bc.vermedenGecorrigeerd), vastgesteld: formatEuro(bc.vastgesteld.vermedenGecorrigeerd) },
            },
          ]}
        />
      </div>

      <Heading3>{t('businesscase.breakdown.payerTitle')}</Heading3>
      <DataTable
        caption={t('businesscase.breakdown.payerCaption', { year })}
        className="bc-table"
        data-testid="per-betaler"
        scroll
        rows={PAYERS}
        rowKey={(p) => p}
        columns={[
          { id: 'payer', header: t('businesscase.breakdown.colPayer'), rowHeader: true, cell: (p: PayerRow) => t(`payer.${p}`) },
          {
            id: 'gemeente',
            header: t('businesscase.breakdown.colGemeente'),
            cell: (p) => (GEMEENTE_PAYERS.includes(p) ? t('businesscase.breakdown.yes') : t('businesscase.breakdown.no')),
          },
          { id: 'vermeden', header: t('businesscase.breakdown.colVermeden'), numeric: true, cell: (p) => formatEuro(bc.perPayer[p].vermedenKosten) },
          { id: 'investering', header: t('businesscase.breakdown.colInvestering'), numeric: true, cell: (p) => formatEuro(bc.perPayer[p].investering) },
          !filtered && {
            id: 'vermedenVastgesteld',
            header: t('businesscase.breakdown.colVermedenVastgesteld'),
            numeric: true,
            cell: (p) => formatEuro(bc.vastgesteld.perPayer[p].vermedenKosten),
          },
          !filtered && {
            id: 'investeringVastgesteld',
            header: t('businesscase.breakdown.colInvesteringVastgesteld'),
            numeric: true,
            cell: (p) => formatEuro(bc.vastgesteld.perPayer[p].investering),
          },
        ]}
        footer={[
          payerTotal('gemeente', t('businesscase.payers.gemeente'), bc.gemeente, bc.vastgesteld.gemeente),
          payerTotal('totaal', t('businesscase.payers.totaal'), bc.totaal, bc.vastgesteld.totaal),
        ]}
      />

      <Heading3>{t('businesscase.breakdown.wijkTitle')}</Heading3>
      <DataTable
        caption={t('businesscase.breakdown.wijkCaption', { year })}
        className="bc-table"
        data-testid="per-wijk"
        scroll
        rows={wijken}
        rowKey={([wijk]) => wijk}
        empty={t('businesscase.breakdown.noWijk')}
        columns={[
          { id: 'wijk', header: t('businesscase.breakdown.colWijk'), rowHeader: true, cell: ([wijk]: WijkRow) => wijk },
          ...(['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const).map(
            (f): Column<WijkRow> => ({
              id: f,
              header: t(`businesscase.figureShort.${f}`),
              numeric: true,
              strong: f === 'nettoRendement',
              cell: ([, w]) => formatEuroPlain(w[f]),
            }),
          ),
          {
            id: 'rendementPerEuro',
            header: t('businesscase.figureShort.rendementPerEuro'),
            numeric: true,
            cell: ([, w]) => formatRatio(w.rendementPerEuro),
          },
        ]}
      />
    </>
  );
}

/** §3.3 counts, for all calculations and the vastgesteld ones. */
export function Counts({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.year;
  const filtered = bc.filters.onlyVastgesteld;
  const c = bc.counts;
  const v = bc.vastgesteld.counts;
  const simple = ['cases', 'signalen', 'interventions', 'doorbraken', 'voorliggendVeld'] as const;
  const counts: PairRow[] = [
    ...simple.map((k) => ({ key: k, label: t(`businesscase.counts.${k}`), all: formatCount(c[k]), vastgesteld: formatCount(v[k]) })),
    {
      key: 'medianDaysToPlan',
      label: t('businesscase.counts.medianDaysToPlan'),
      all: formatDays(c.medianDaysToPlan),
      vastgesteld: formatDays(v.medianDaysToPlan),
    },
  ];
  const byTarget: PairRow[] = ESCALATION_TARGETS.map((k) => ({
    key: k,
    label: t(`target.${k}`),
    all: formatCount(c.escalationsByTarget[k]),
    vastgesteld: formatCount(v.escalationsByTarget[k]),
  }));
  const byOutcome: PairRow[] = [...BESLUIT_OUTCOMES, 'open' as const].map((k) => ({
    key: k,
    label: k === 'open' ? t('businesscase.counts.open') : t(`outcome.${k}`),
    all: formatCount(c.escalationsByOutcome[k]),
    vastgesteld: formatCount(v.escalationsByOutcome[k]),
  }));
  const table = (testId: string, caption: string, nameHeader: string, rows: PairRow[]) => (
    <DataTable
      caption={caption}
      className="bc-table"
      data-testid={testId}
      rows={rows}
      rowKey={(r) => r.key}
      columns={pairColumns(t, nameHeader, filtered)}
    />
  );
  return (
    <div className="bc-count-grid">
      {table('aantallen', t('businesscase.counts.caption', { year }), t('businesscase.counts.colCount'), counts)}
      {table('escalaties-doel', t('businesscase.counts.targetCaption', { year }), t('businesscase.counts.colTarget'), byTarget)}
      {table('escalaties-uitkomst', t('businesscase.counts.outcomeCaption', { year }), t('businesscase.counts.colOutcome'), byOutcome)}
    </div>
  );
}
