/** §3.5 the weekbedrag register as PDF tables: jeugd above the cap with the total, then Wmo above its cap. */
import type { Content } from 'pdfmake/interfaces';
import type { WeekbedragRegister } from '../../../../shared/calc';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import { fill, REGISTER_LABELS as R } from './labels';
import { heading, paragraph, table } from './layout';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function registerSection(reg: WeekbedragRegister, asOf: string): Content[] {
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
  ];
}
