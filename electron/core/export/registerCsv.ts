import type { WeekbedragRegister } from '../../../shared/calc';
import { formatDate } from '../../../shared/format/date';
import { APPROVAL_LABELS } from '../../../shared/format/domainLabels';
import { CsvNumber, toCsv, type CsvCell } from './csv';
import type { ExportContext } from './exportContext';

/**
 * §3.5 / §6 register: every jeugd arrangement above the cap, the total, then Wmo above its cap.
 * The approval state in the screen's words ("Deels toegekend"), as the rest of the CSV is Dutch.
 */
export function registerCsv(reg: WeekbedragRegister, context: ExportContext): string {
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
    CsvNumber.euro(r.weeklyCents),
    CsvNumber.euro(r.capCents),
    APPROVAL_LABELS[r.approvalStatus],
    r.approvedWeeklyCents === null ? '' : CsvNumber.euro(r.approvedWeeklyCents),
    CsvNumber.euro(r.meerkostenBovenPlafond),
    formatDate(r.reviewOn),
    r.reviewDueSoon ? 'ja' : 'nee',
  ]);
  rows.push(['totaal jeugd', '', '', '', '', '', '', CsvNumber.euro(reg.totalMeerkostenBovenPlafond), '', '']);
  for (const w of reg.wmoExtramuraalBovenPlafond) {
    rows.push(['wmo extramuraal boven plafond', w.caseCode, w.arrangementId, CsvNumber.euro(w.weeklyCents), CsvNumber.euro(w.capCents), '', '', '', '', '']);
  }
  return toCsv(header, rows, context);
}
