/**
 * §3.8 as sheets: the kalenderjaar figures (in that view) and the comparison with measure 19, from
 * the very objects the JSON export writes, named as the screen names them.
 */
import type { Businesscase, Kalenderjaar, Measure19Comparison } from '../../../../shared/calc';
import { BUSINESSCASE_LABELS } from '../../../../shared/format/businesscaseLabels';
import { CALCULATION_STATUS_LABELS } from '../../../../shared/format/domainLabels';
import { MEASURE19_LABELS as M, VIEW_LABELS as V } from '../../../../shared/format/measure19Labels';
import { count, euro, heading, ratio, text } from './cells';
import type { XlsxSheet } from './sheet';

const FIGURE = BUSINESSCASE_LABELS.figure;
const FIGURES = ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
const fill = (template: string, year: string) => template.replace('{{year}}', year);

export function kalenderjaarSheet(kj: Kalenderjaar, periodLabel: string): XlsxSheet {
  return {
    sheet: 'Kalenderjaar',
    columns: [44, 16, 14, 16, 18, 18, 18, 16, 18, 12],
    data: [
      [text(fill(V.caption, periodLabel)), null, null, null, null, null, null, null, null, null],
      [text(V.kalenderjaarHint), null, null, null, null, null, null, null, null, null],
      [heading('Casus'), heading('Wijk'), heading('Berekening'), heading(V.colDays), heading('Dagen horizon'), ...FIGURES.map((f) => heading(FIGURE[f])), heading(FIGURE.rendementPerEuro)],
      ...kj.cases.map((c) => [
        text(c.code),
        text(c.wijk),
        text(CALCULATION_STATUS_LABELS[c.calculationStatus]),
        count(c.daysInPeriod),
        count(c.horizonDays),
        ...FIGURES.map((f) => euro(c[f])),
        ratio(c.rendementPerEuro),
      ]),
      [text('Totaal'), null, null, null, null, ...FIGURES.map((f) => euro(kj[f])), ratio(kj.rendementPerEuro)],
      ...Object.entries(kj.perWijk).map(([wijk, t]) => [text(`Totaal wijk ${wijk}`), text(wijk), null, null, null, ...FIGURES.map((f) => euro(t[f])), ratio(t.rendementPerEuro)]),
    ],
  };
}

export function measure19Sheet(m: Measure19Comparison | null, bc: Businesscase): XlsxSheet {
  if (m === null) {
    return { sheet: 'Maatregel 19', columns: [70, 20], data: [[heading(M.title), null], [text(bc.period.kind === 'year' ? fill(M.notConfigured, bc.period.label) : M.notYear), null]] };
  }
  const year = String(m.year);
  return {
    sheet: 'Maatregel 19',
    columns: [70, 20],
    data: [
      [heading(M.colFigure), heading(M.colAmount)],
      [text(fill(M.booked, year)), euro(m.bookedEffect)],
      [text(M.gemeenteKalenderjaar), euro(m.kalenderjaar.vermedenKosten)],
      [text(M.gemeenteKalenderjaarInvestering), euro(m.kalenderjaar.investering)],
      [text(M.gemeenteCohort), euro(m.cohort.vermedenKosten)],
      [text(M.gemeenteCohortInvestering), euro(m.cohort.investering)],
      [text(M.difference), euro(m.difference)],
      [text(M.intro), null],
    ],
  };
}
