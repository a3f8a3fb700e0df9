import type { Businesscase, RendementTotals } from '../../../shared/calc';
import { csvRatio, CsvNumber, toCsv, type CsvCell } from './csv';

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
  ];
}

/**
 * One row per case and then the totals (all cases, and vastgesteld only), in Dutch notation, from
 * the very same Businesscase object the JSON export writes — so the figures cannot drift apart.
 */
export function businesscaseCsv(bc: Businesscase): string {
  const rows: CsvCell[][] = bc.cases.map((c) => [c.code, c.wijk, c.calculationStatus, ...figures(c)]);
  rows.push(['Totaal (alle casussen)', '', '', ...figures(bc)]);
  rows.push(['Totaal (alleen vastgesteld)', '', 'vastgesteld', ...figures(bc.vastgesteld)]);
  for (const [wijk, t] of Object.entries(bc.perWijk)) rows.push([`Totaal wijk ${wijk}`, wijk, '', ...figures(t)]);
  return toCsv(HEADER, rows);
}
