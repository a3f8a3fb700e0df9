import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PAYERS, SPOREN, type Payer, type Spoor } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import type { BusinesscaseReport, BusinesscaseYears } from '../../../../shared/ipc/channels/businesscase';
import { DataTable } from '../../components/DataTable';
import { ChartFigure, HorizontalBars } from './ChartFigure';
import { casesBehind, type Drill } from './drillDown';
import { formatCount } from './parts';

/** Rotterdam palette; every bar also carries its label and amount in words. */
const GREEN = '#00811f';
const BLUE = '#00689e';
const GREY = '#5c5c5c';
const WIJK_FILLS = [BLUE, GREEN, '#a35200', '#6b3fa0'];

export interface ChartActions {
  /** Opens the per-casus view with only the cases behind a bar of this year. */
  drill: (drill: Drill) => void;
  /** Sets the screen's year (and wijk) filter and opens the per-casus view. */
  openYear: (year: number, wijk?: string) => void;
}

/** Vermeden kosten per spoor; investering against besparing per payer; per wijk over the years; measure 19. */
export function Charts({ bc, years, actions }: { bc: BusinesscaseReport; years: BusinesscaseYears | undefined; actions: ChartActions }) {
  return (
    <div className="bc-charts">
      <SpoorFigure bc={bc} actions={actions} />
      <PayerFigure bc={bc} actions={actions} />
      {years && <WijkYearsFigure years={years} actions={actions} />}
      {years && <BookedFigure years={years} actions={actions} />}
    </div>
  );
}

function useCasesLabel() {
  const { t } = useTranslation();
  return (label: string, count: number) => t('businesscase.charts.drill', { label, count });
}

function SpoorFigure({ bc, actions }: { bc: BusinesscaseReport; actions: ChartActions }) {
  const { t } = useTranslation();
  const casesLabel = useCasesLabel();
  const rows = SPOREN.map((spoor: Spoor) => ({
    spoor,
    label: t(`spoor.${spoor}`),
    value: bc.perSpoor[spoor],
    cases: casesBehind(bc.cases, { kind: 'spoor', spoor }).length,
  }));
  return (
    <ChartFigure
      id="spoor"
      title={t('businesscase.charts.spoorTitle', { year: bc.period.label })}
      chart={<HorizontalBars rows={rows} series={[{ name: t('businesscase.figure.vermedenGecorrigeerd'), value: (r) => r.value, fill: GREEN }]} onBarClick={(r) => actions.drill({ kind: 'spoor', spoor: r.spoor })} />}
      table={
        <DataTable
          caption={t('businesscase.charts.spoorTitle', { year: bc.period.label })}
          className="bc-table bc-table--narrow"
          data-testid="grafiek-spoor-tabel"
          rows={rows}
          rowKey={(r) => r.spoor}
          columns={[
            { id: 'spoor', header: t('businesscase.breakdown.colSpoor'), rowHeader: true, cell: (r) => r.label },
            { id: 'value', header: t('businesscase.figureShort.vermedenGecorrigeerd'), numeric: true, cell: (r) => formatEuro(r.value) },
            { id: 'cases', header: t('businesscase.charts.colCases'), numeric: true, cell: (r) => formatCount(r.cases) },
          ]}
        />
      }
      drills={rows.filter((r) => r.cases > 0).map((r) => ({ key: r.spoor, label: casesLabel(r.label, r.cases), open: () => actions.drill({ kind: 'spoor', spoor: r.spoor }) }))}
    />
  );
}

function PayerFigure({ bc, actions }: { bc: BusinesscaseReport; actions: ChartActions }) {
  const { t } = useTranslation();
  const casesLabel = useCasesLabel();
  const rows = PAYERS.filter((p) => bc.perPayer[p].vermedenKosten !== 0 || bc.perPayer[p].investering !== 0).map((payer: Payer) => ({
    payer,
    label: t(`payer.${payer}`),
    investering: bc.perPayer[payer].investering,
    vermeden: bc.perPayer[payer].vermedenKosten,
    cases: casesBehind(bc.cases, { kind: 'payer', payer }).length,
  }));
  return (
    <ChartFigure
      id="betaler"
      title={t('businesscase.charts.payerTitle', { year: bc.period.label })}
      note={rows.length === 0 ? t('businesscase.charts.nothing') : t('businesscase.charts.payerNote')}
      chart={
        rows.length > 0 && (
          <HorizontalBars
            rows={rows}
            series={[
              { name: t('businesscase.charts.investering'), short: t('businesscase.charts.investeringShort'), value: (r) => r.investering, fill: BLUE },
              { name: t('businesscase.charts.besparing'), short: t('businesscase.charts.besparingShort'), value: (r) => r.vermeden, fill: GREEN },
            ]}
            onBarClick={(r) => actions.drill({ kind: 'payer', payer: r.payer })}
            labelWidth={150}
          />
        )
      }
      table={
        <DataTable
          caption={t('businesscase.charts.payerTitle', { year: bc.period.label })}
          className="bc-table bc-table--narrow"
          data-testid="grafiek-betaler-tabel"
          rows={rows}
          rowKey={(r) => r.payer}
          empty={t('businesscase.charts.nothing')}
          columns={[
            { id: 'payer', header: t('businesscase.breakdown.colPayer'), rowHeader: true, cell: (r) => r.label },
            { id: 'investering', header: t('businesscase.charts.investering'), numeric: true, cell: (r) => formatEuro(r.investering) },
            { id: 'vermeden', header: t('businesscase.charts.besparing'), numeric: true, cell: (r) => formatEuro(r.vermeden) },
            { id: 'cases', header: t('businesscase.charts.colCases'), numeric: true, cell: (r) => formatCount(r.cases) },
          ]}
        />
      }
      drills={rows.filter((r) => r.cases > 0).map((r) => ({ key: r.payer, label: casesLabel(r.label, r.cases), open: () => actions.drill({ kind: 'payer', payer: r.payer }) }))}
    />
  );
}

/** §1.4 the "two speeds": the same figure for each wijk, year by year, side by side. */
function WijkYearsFigure({ years, actions }: { years: BusinesscaseYears; actions: ChartActions }) {
  const { t } = useTranslation();
  const withCases = years.years.filter((y) => y.cases > 0);
  const wijken = [...new Set(withCases.flatMap((y) => Object.keys(y.perWijk)))].sort((a, b) => a.localeCompare(b, 'nl'));
  const rows = withCases.flatMap((y) =>
    wijken.map((wijk) => {
      const w = y.perWijk[wijk];
      return {
        key: `${y.year}-${wijk}`,
        year: y.year,
        wijk,
        label: `${y.year} · ${wijk}`,
        vermedenGecorrigeerd: w?.vermedenGecorrigeerd ?? 0,
        investering: w?.investering ?? 0,
        nettoRendement: w?.nettoRendement ?? 0,
        has: w !== undefined,
      };
    }),
  );
  return (
    <ChartFigure
      id="wijk-jaren"
      title={t('businesscase.charts.wijkTitle')}
      note={rows.length === 0 ? t('businesscase.charts.nothing') : t('businesscase.charts.wijkNote')}
      chart={
        rows.length > 0 && (
          <HorizontalBars
            rows={rows}
            series={[
              {
                name: t('businesscase.figure.vermedenGecorrigeerd'),
                value: (r) => r.vermedenGecorrigeerd,
                fill: BLUE,
                fillFor: (r) => WIJK_FILLS[wijken.indexOf(r.wijk) % WIJK_FILLS.length] ?? BLUE,
              },
            ]}
            onBarClick={(r) => actions.openYear(r.year, r.wijk)}
          />
        )
      }
      table={
        <DataTable
          caption={t('businesscase.charts.wijkCaption')}
          className="bc-table"
          data-testid="grafiek-wijk-tabel"
          rows={rows}
          rowKey={(r) => r.key}
          empty={t('businesscase.charts.nothing')}
          columns={[
            { id: 'label', header: t('businesscase.charts.colYearWijk'), rowHeader: true, cell: (r) => r.label },
            { id: 'vermedenGecorrigeerd', header: t('businesscase.figureShort.vermedenGecorrigeerd'), numeric: true, cell: (r) => formatEuro(r.vermedenGecorrigeerd) },
            { id: 'investering', header: t('businesscase.figureShort.investering'), numeric: true, cell: (r) => formatEuro(r.investering) },
            { id: 'nettoRendement', header: t('businesscase.figureShort.nettoRendement'), numeric: true, cell: (r) => formatEuro(r.nettoRendement) },
          ]}
        />
      }
      drills={rows.filter((r) => r.has).map((r) => ({ key: r.key, label: t('businesscase.charts.drillYearWijk', { year: r.year, wijk: r.wijk }), open: () => actions.openYear(r.year, r.wijk) }))}
    />
  );
}

/**
 * §3.3 the booked effect of measure 19 next to what was realised, year by year: §3.8 on the
 * gemeente figure in the kalenderjaar view (the budget books per calendar year), the cohort's beside it in the table.
 */
function BookedFigure({ years, actions }: { years: BusinesscaseYears; actions: ChartActions }) {
  const { t } = useTranslation();
  const rows = years.years.map((y) => ({ year: y.year, label: String(y.year), booked: y.bookedEffect, realised: y.gemeenteKalenderjaar, cohort: y.gemeenteCohort, cases: y.cases }));
  return (
    <ChartFigure
      id="maatregel-19"
      title={t('businesscase.charts.bookedTitle')}
      note={t('businesscase.charts.bookedNote')}
      chart={
        <HorizontalBars
          rows={rows}
          series={[
            { name: t('businesscase.charts.booked'), short: t('businesscase.charts.bookedShort'), value: (r) => r.booked ?? 0, fill: GREY },
            { name: t('businesscase.charts.realised'), short: t('businesscase.charts.realisedShort'), value: (r) => r.realised, fill: GREEN },
          ]}
          onBarClick={(r, series) => series === 1 && r.cases > 0 && actions.openYear(r.year)}
          labelWidth={60}
        />
      }
      table={
        <DataTable
          caption={t('businesscase.charts.bookedTitle')}
          className="bc-table bc-table--narrow"
          data-testid="grafiek-maatregel-19-tabel"
          rows={rows}
          rowKey={(r) => String(r.year)}
          columns={[
            { id: 'year', header: t('businesscase.charts.colYear'), rowHeader: true, cell: (r) => r.label },
            { id: 'booked', header: t('businesscase.charts.booked'), numeric: true, cell: (r) => (r.booked === null ? t('businesscase.none') : formatEuro(r.booked)) },
            { id: 'realised', header: t('businesscase.charts.realised'), numeric: true, cell: (r) => formatEuro(r.realised) },
            { id: 'cohort', header: t('businesscase.charts.colCohort'), numeric: true, cell: (r) => formatEuro(r.cohort) },
            { id: 'cases', header: t('businesscase.charts.colCases'), numeric: true, cell: (r) => formatCount(r.cases) },
          ]}
        />
      }
      drills={rows.filter((r) => r.cases > 0).map((r) => ({ key: String(r.year), label: t('businesscase.charts.drillYear', { year: r.year, count: r.cases }), open: () => actions.openYear(r.year) }))}
    />
  );
}

/** What the per-casus view shows above its table when it holds only the cases behind a bar. */
export function DrillNotice({ bc, drill, onClear }: { bc: BusinesscaseReport; drill: Drill; onClear: () => void }) {
  const { t } = useTranslation();
  const cases = casesBehind(bc.cases, drill);
  const what = drill.kind === 'spoor' ? t(`spoor.${drill.spoor}`) : t(`payer.${drill.payer}`);
  const sum =
    drill.kind === 'spoor'
      ? t('businesscase.charts.noticeSpoorSum', { amount: formatEuro(cases.reduce((s, c) => s + c.perSpoor[drill.spoor], 0)) })
      : t('businesscase.charts.noticePayerSum', {
          investering: formatEuro(cases.reduce((s, c) => s + c.perPayer[drill.payer].investering, 0)),
          vermeden: formatEuro(cases.reduce((s, c) => s + c.perPayer[drill.payer].vermedenKosten, 0)),
        });
  return (
    <div className="bc-drill-notice" role="status">
      <Paragraph>
        {t('businesscase.charts.notice', { what, year: bc.period.label, count: cases.length })} {sum}
      </Paragraph>
      <button type="button" className="bc-drill" onClick={onClear}>
        {t('businesscase.charts.showAll', { count: bc.cases.length })}
      </button>
    </div>
  );
}
