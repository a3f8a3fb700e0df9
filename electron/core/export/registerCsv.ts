import type { WeekbedragRegister } from '../../../shared/calc';
import { formatDate } from '../../../shared/format/date';
import { formatEuroPlain } from '../../../shared/format/money';
import { toCsv, type CsvCell } from './csv';

/** §3.5 / §6 register: every jeugd arrangement above the cap, the total, then Wmo above its cap. */
export function registerCsv(reg: WeekbedragRegister): string {
  const header = [
    'soort',
    'casuscode',
    'arrangement',
    'weekbedrag (€)',
    'plafond (€)',
    'status toestemming',
    'goedgekeurd maximum (€)',
    'meerkosten boven plafond (€)',
    'herbeoordeling',
    'herbeoordeling binnen 4 weken',
  ];
  const rows: CsvCell[][] = reg.rows.map((r) => [
    'jeugd boven plafond',
    r.caseCode,
    r.arrangementId,
    formatEuroPlain(r.weeklyCents),
    formatEuroPlain(r.capCents),
    r.approvalStatus,
    r.approvedWeeklyCents === null ? '' : formatEuroPlain(r.approvedWeeklyCents),
    formatEuroPlain(r.meerkostenBovenPlafond),
    formatDate(r.reviewOn),
    r.reviewDueSoon ? 'ja' : 'nee',
  ]);
  rows.push(['totaal jeugd', '', '', '', '', '', '', formatEuroPlain(reg.totalMeerkostenBovenPlafond), '', '']);
  for (const w of reg.wmoExtramuraalBovenPlafond) {
    rows.push(['wmo extramuraal boven plafond', w.caseCode, w.arrangementId, formatEuroPlain(w.weeklyCents), formatEuroPlain(w.capCents), '', '', '', '', '']);
  }
  return toCsv(header, rows);
}
