import type { Businesscase, RendementTotals } from '../../../shared/calc';
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

/**
 * One row per case and then the totals (all cases, and vastgesteld only), in Dutch notation, from
 * the very same Businesscase object the JSON export writes — so the figures cannot drift apart. The
 * berekening is named as the screen names it ("Vastgesteld"), not by its code: the CSV is for a
 * spreadsheet and a person (Dutch notation throughout); the JSON keeps the codes.
 */
export function businesscaseCsv(bc: Businesscase, context: ExportContext): string {
  const rows: CsvCell[][] = bc.cases.map((c) => [c.code, c.wijk, CALCULATION_STATUS_LABELS[c.calculationStatus], ...figures(c)]);
  rows.push(['Totaal (alle casussen)', '', '', ...figures(bc)]);
  rows.push(['Totaal (alleen vastgesteld)', '', CALCULATION_STATUS_LABELS.vastgesteld, ...figures(bc.vastgesteld)]);
  for (const [wijk, t] of Object.entries(bc.perWijk)) rows.push([`Totaal wijk ${wijk}`, wijk, '', ...figures(t)]);
  return toCsv(HEADER, rows, context);
}
