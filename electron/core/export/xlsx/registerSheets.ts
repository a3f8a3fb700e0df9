/** §3.5 the weekbedrag register as sheets: jeugd above the cap with its total, then Wmo above its cap. */
import type { WeekbedragRegister } from '../../../../shared/calc';
import { APPROVAL_LABELS } from '../../../../shared/format/domainLabels';
import { date, euro, heading, text } from './cells';
import type { XlsxSheet } from './sheet';

export function registerSheets(reg: WeekbedragRegister): XlsxSheet[] {
  const jeugd: XlsxSheet = {
    sheet: 'Weekbedragregister',
    columns: [16, 16, 26, 14, 10, 16, 16, 20, 22, 16, 16],
    data: [
      [
        heading('Casuscode'),
        heading('Arrangement'),
        heading('Aanbieder'),
        heading('Vanaf'),
        heading('Weken'),
        heading('Weekbedrag'),
        heading('Plafond'),
        heading('Status toestemming'),
        heading('Goedgekeurd maximum'),
        heading('Meerkosten boven plafond'),
        heading('Herbeoordeling'),
        heading('Herbeoordeling binnen 4 weken'),
      ],
      ...reg.rows.map((r) => [
        text(r.caseCode),
        text(r.arrangementId),
        text(r.provider),
        date(r.from),
        { type: Number, value: r.weeks },
        euro(r.weeklyCents),
        euro(r.capCents),
        text(APPROVAL_LABELS[r.approvalStatus]),
        r.approvedWeeklyCents === null ? null : euro(r.approvedWeeklyCents),
        euro(r.meerkostenBovenPlafond),
        date(r.reviewOn),
        text(r.reviewDueSoon ? 'ja' : 'nee'),
      ]),
      [text('Totaal'), null, null, null, null, null, null, null, null, euro(reg.totalMeerkostenBovenPlafond), null, null],
    ],
  };
  const wmo: XlsxSheet = {
    sheet: 'Wmo boven plafond',
    columns: [16, 16, 26, 14, 14],
    data: [
      [heading('Casuscode'), heading('Arrangement'), heading('Aanbieder'), heading('Weekbedrag'), heading('Plafond')],
      ...reg.wmoExtramuraalBovenPlafond.map((w) => [text(w.caseCode), text(w.arrangementId), text(w.provider), euro(w.weeklyCents), euro(w.capCents)]),
    ],
  };
  return [jeugd, wmo];
}
