import type { Businesscase, Kalenderjaar, Measure19Comparison, RendementTotals } from '../../../shared/calc';
import type { BusinesscaseView } from '../../../shared/domain/enums';
import { MEASURE19_LABELS as M } from '../../../shared/format/measure19Labels';
import { CALCULATION_STATUS_LABELS } from '../../../shared/format/domainLabels';
import { csvRatio, CsvNumber, toCsv, type CsvCell } from './csv';
import type { ExportContext } from './exportContext';

const HEADER = [
  'casuscode',
  'wijk',
  'berekening',
  'referentiescenario (€)',
  'interventiescenario (€)',
  'vermeden kosten (€)',
  'vermeden gecorrigeerd (€)',
  'vermeden zeker (€)',
  'investering (€)',
  'netto rendement (€)',
  'rendement per euro',
  // Issue #14 item 4, last so the columns before it keep their place.
  'waarvan al begrensd door beleid (€)',
];

function figures(t: RendementTotals): CsvCell[] {
  return [
    CsvNumber.euro(t.referenceCents),
    CsvNumber.euro(t.actualCents),
    CsvNumber.euro(t.vermedenKosten),
    CsvNumber.euro(t.vermedenGecorrigeerd),
    CsvNumber.euro(t.vermedenZeker),
    CsvNumber.euro(t.investering),
    CsvNumber.euro(t.nettoRendement),
    csvRatio(t.rendementPerEuro),
    CsvNumber.euro(t.begrensdDoorBeleid),
  ];
}

type KalenderjaarTotals = Pick<RendementTotals, 'vermedenKosten' | 'vermedenGecorrigeerd' | 'vermedenZeker' | 'investering' | 'nettoRendement' | 'rendementPerEuro'>;

/**
 * §3.8 has no reference or intervention scenario per year, and spreads no "waarvan al begrensd door
 * beleid" (issue #14 item 4 is a cohort figure): those cells stay empty, so every row is as wide as the header.
 */
function kalenderjaarFigures(t: KalenderjaarTotals): CsvCell[] {
  return ['', '', CsvNumber.euro(t.vermedenKosten), CsvNumber.euro(t.vermedenGecorrigeerd), CsvNumber.euro(t.vermedenZeker), CsvNumber.euro(t.investering), CsvNumber.euro(t.nettoRendement), csvRatio(t.rendementPerEuro), ''];
}

/** The gemeente figure in the vermeden-kosten and investering columns; the other cells stay empty. */
function gemeenteFigures(vermeden: number, investering: number | null): CsvCell[] {
  return ['', '', CsvNumber.euro(vermeden), '', '', investering === null ? '' : CsvNumber.euro(investering), '', '', ''];
}

export interface BusinesscaseExtras {
  view: BusinesscaseView;
  kalenderjaar: Kalenderjaar | null;
  measure19: Measure19Comparison | null;
}

/** §3.8: the kalenderjaar rows (in that view) and the comparison with measure 19, after the cohort's rows. */
function extraRows(x: BusinesscaseExtras): CsvCell[][] {
  const rows: CsvCell[][] = [];
  if (x.view === 'kalenderjaar' && x.kalenderjaar !== null) {
    for (const c of x.kalenderjaar.cases) rows.push([`${M.csvKalenderjaar}: ${c.code}`, c.wijk, CALCULATION_STATUS_LABELS[c.calculationStatus], ...kalenderjaarFigures(c)]);
    rows.push([`${M.csvKalenderjaar}: totaal`, '', '', ...kalenderjaarFigures(x.kalenderjaar)]);
    for (const [wijk, t] of Object.entries(x.kalenderjaar.perWijk)) rows.push([`${M.csvKalenderjaar}: totaal wijk ${wijk}`, wijk, '', ...kalenderjaarFigures(t)]);
  }
  const m = x.measure19;
  if (m !== null) {
    const year = String(m.year);
    rows.push([M.booked.replace('{{year}}', year), '', '', ...gemeenteFigures(m.bookedEffect, null)]);
    rows.push([M.gemeenteKalenderjaar, '', '', ...gemeenteFigures(m.kalenderjaar.vermedenKosten, m.kalenderjaar.investering)]);
    rows.push([M.gemeenteCohort, '', '', ...gemeenteFigures(m.cohort.vermedenKosten, m.cohort.investering)]);
    rows.push([M.difference, '', '', ...gemeenteFigures(m.difference, null)]);
  }
  return rows;
}

/**
 * One row per case and then the totals (all cases, and vastgesteld only), in Dutch notation, from
 * the very same Businesscase object the JSON export writes — so the figures cannot drift apart. The
 * berekening is named as the screen names it ("Vastgesteld"), not by its code: the CSV is for a
 * spreadsheet and a person (Dutch notation throughout); the JSON keeps the codes.
 */
export function businesscaseCsv(bc: Businesscase, context: ExportContext, extras: BusinesscaseExtras = { view: 'cohort', kalenderjaar: null, measure19: null }): string {
  const rows: CsvCell[][] = bc.cases.map((c) => [c.code, c.wijk, CALCULATION_STATUS_LABELS[c.calculationStatus], ...figures(c)]);
  rows.push(['Totaal (alle casussen)', '', '', ...figures(bc)]);
  rows.push(['Totaal (alleen vastgesteld)', '', CALCULATION_STATUS_LABELS.vastgesteld, ...figures(bc.vastgesteld)]);
  for (const [wijk, t] of Object.entries(bc.perWijk)) rows.push([`Totaal wijk ${wijk}`, wijk, '', ...figures(t)]);
  rows.push(...extraRows(extras));
  return toCsv(HEADER, rows, context);
}
