/**
 * §3.8 as PDF sections: the kalenderjaar figures (in that view) and the comparison with measure 19,
 * with the screen's labels (shared/format/measure19Labels.ts) and the very figures of the JSON export.
 */
import type { Content } from 'pdfmake/interfaces';
import type { Businesscase, Kalenderjaar, Measure19Comparison } from '../../../../shared/calc';
import type { Period } from '../../../../shared/calc/period';
import { MEASURE19_LABELS as M, VIEW_LABELS as V } from '../../../../shared/format/measure19Labels';
import { formatEuro, formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import { BUSINESSCASE_LABELS as B, fill } from './labels';
import { heading, paragraph, table } from './layout';

const FIGURES = ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;

export function kalenderjaarSection(kj: Kalenderjaar, period: Period): Content[] {
  const year = period.label;
  return [
    heading(V.title),
    paragraph(V.kalenderjaarHint, 'note'),
    table({
      caption: fill(V.caption, { year }),
      header: [B.headline.colFigure, B.headline.colAll],
      rows: [...FIGURES.map((f) => [B.figure[f], formatEuro(kj[f])]), [B.figure.rendementPerEuro, formatRatio(kj.rendementPerEuro)]],
      numeric: [1],
      widths: ['*', 110],
    }),
    table({
      caption: fill(V.casesCaption, { year }),
      header: [B.cases.colCode, B.cases.colWijk, V.colDays, ...FIGURES.map((f) => B.figureShort[f])],
      rows: kj.cases.map((c) => [c.code, c.wijk, `${String(c.daysInPeriod)} / ${String(c.horizonDays)}`, ...FIGURES.map((f) => formatEuroPlain(c[f]))]),
      numeric: [2, 3, 4, 5, 6, 7],
      widths: [62, '*', 52, 56, 56, 56, 56, 56],
      small: true,
      empty: B.cases.none,
    }),
  ];
}

export function measure19Section(m: Measure19Comparison | null, bc: Businesscase): Content[] {
  if (m === null) {
    const why = bc.period.kind === 'year' ? fill(M.notConfigured, { year: bc.period.label }) : M.notYear;
    return [heading(M.title), paragraph(why, 'note')];
  }
  const year = String(m.year);
  return [
    heading(M.title),
    paragraph(M.intro, 'note'),
    table({
      caption: fill(M.caption, { year }),
      header: [M.colFigure, M.colAmount],
      rows: [
        [fill(M.booked, { year }), formatEuro(m.bookedEffect)],
        [M.gemeenteKalenderjaar, formatEuro(m.kalenderjaar.vermedenKosten)],
        [M.gemeenteKalenderjaarInvestering, formatEuro(m.kalenderjaar.investering)],
        [M.gemeenteCohort, formatEuro(m.cohort.vermedenKosten)],
        [M.gemeenteCohortInvestering, formatEuro(m.cohort.investering)],
        [M.difference, formatEuro(m.difference)],
      ],
      numeric: [1],
      widths: ['*', 110],
    }),
  ];
}
