/** §3.5 the weekbedrag register as PDF tables: jeugd above the cap with the total, then Wmo above its cap. */
import type { Content } from 'pdfmake/interfaces';
import type { RegisterView } from '../views';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import { fill, REGISTER_LABELS as R } from './labels';
import { heading, paragraph, table } from './layout';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function registerSection(reg: RegisterView, asOf: string): Content[] {
  return [
    heading(R.title),
    paragraph(`${R.intro} ${fill(R.asOf, { date: formatDate(asOf) })}`, 'note'),
    table({
      caption: R.caption,
      header: [R.colCase, R.colArrangement, R.colPeriod, R.colWeekly, R.colCap, R.colApproval, R.colMeerkosten, R.colReview],
      rows: reg.rows.map((r) => [
        r.caseCode,
        `${r.arrangementId} (${r.provider})`,
        `${formatDate(r.from)}, ${fill(r.weeks === 1 ? R.weeks_one : R.weeks_other, { n: weeks.format(r.weeks) })}`,
        formatEuro(r.weeklyCents),
        formatEuro(r.capCents),
        r.approvedWeeklyCents === null ? R.approval[r.approvalStatus] : `${R.approval[r.approvalStatus]}, ${fill(R.approvedMax, { amount: formatEuro(r.approvedWeeklyCents) })}`,
        formatEuro(r.meerkostenBovenPlafond),
        r.reviewOn === null ? '—' : `${formatDate(r.reviewOn)}${r.reviewDueSoon ? ` (${R.dueSoon})` : ''}`,
      ]),
      footer: reg.rows.length > 0 ? [[R.total, '', '', '', '', '', formatEuro(reg.totalMeerkostenBovenPlafond), '']] : [],
      numeric: [3, 4, 6],
      widths: [56, '*', 60, 50, 50, 66, 62, 56],
      small: true,
      empty: R.none,
    }),
    table({
      caption: R.wmoCaption,
      header: [R.colCase, R.colArrangement, R.colProvider, R.colWeekly, R.colCap],
      rows: reg.wmoExtramuraalBovenPlafond.map((w) => [w.caseCode, w.arrangementId, w.provider, formatEuro(w.weeklyCents), formatEuro(w.capCents)]),
      numeric: [3, 4],
      widths: [62, 80, '*', 70, 70],
      empty: R.wmoNone,
    }),
    // Issue #14 item 5: the meerkosten beside measure 4's booked effect.
    paragraph(R.measure4.intro, 'note'),
    table({
      caption: R.measure4.caption,
      header: [R.measure4.colYear, R.measure4.colBooked, R.measure4.colMeerkosten, R.measure4.colToegekend],
      rows: reg.measure4.map((m) => [String(m.year), m.bookedEffect === null ? R.measure4.none : formatEuro(m.bookedEffect), formatEuro(m.meerkostenBovenPlafond), formatEuro(m.meerkostenToegekend)]),
      numeric: [1, 2, 3],
      widths: [50, '*', '*', '*'],
    }),
  ];
}
