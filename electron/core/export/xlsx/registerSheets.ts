/** §3.5 the weekbedrag register as sheets: jeugd above the cap with its total, then Wmo above its cap. */
import { REGISTER_LABELS } from '../../../../shared/format/registerLabels';
import type { RegisterView } from '../views';
import { APPROVAL_LABELS } from '../../../../shared/format/domainLabels';
import { date, euro, heading, text } from './cells';
import type { XlsxSheet } from './sheet';

export function registerSheets(reg: RegisterView): XlsxSheet[] {
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
  const M = REGISTER_LABELS.measure4;
  const measure4: XlsxSheet = {
    sheet: 'Maatregel 4',
    columns: [10, 26, 26, 20],
    data: [
      [heading(M.colYear), heading(M.colBooked), heading(M.colMeerkosten), heading(M.colToegekend)],
      ...reg.measure4.map((m) => [{ type: Number, value: m.year }, m.bookedEffect === null ? text(M.none) : euro(m.bookedEffect), euro(m.meerkostenBovenPlafond), euro(m.meerkostenToegekend)]),
    ],
  };
  return [jeugd, wmo, measure4];
}
