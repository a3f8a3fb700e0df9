import { formatDate } from '../../../shared/format/date';
import { APPROVAL_LABELS } from '../../../shared/format/domainLabels';
import { CsvNumber, toCsv, type CsvCell } from './csv';
import type { ExportContext } from './exportContext';
import type { RegisterView } from './views';

/**
 * §3.5 / §6 register: every jeugd arrangement above the cap, the total, then Wmo above its cap.
 * The approval state in the screen's words ("Deels toegekend"), as the rest of the CSV is Dutch.
 */
export function registerCsv(reg: RegisterView, context: ExportContext): string {
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
  // Issue #14 item 5: per start year, the meerkosten beside measure 4's booked effect (in the meerkosten column; the booked effect in the plafond column's place would mislead, so it names itself).
  for (const m of reg.measure4) {
    rows.push([`maatregel 4 geboekt effect ${m.year}`, '', '', '', '', '', '', m.bookedEffect === null ? '' : CsvNumber.euro(m.bookedEffect), '', '']);
    rows.push([`meerkosten startjaar ${m.year}`, '', '', '', '', '', '', CsvNumber.euro(m.meerkostenBovenPlafond), '', '']);
    rows.push([`waarvan toegekend startjaar ${m.year}`, '', '', '', '', '', '', CsvNumber.euro(m.meerkostenToegekend), '', '']);
  }
  return toCsv(header, rows, context);
}
