/** §3.3, §3.4 and §3.7 as PDF sections, in the screen's order and with the screen's labels. */
import type { Content } from 'pdfmake/interfaces';
import type { Businesscase, MaatschappelijkRendement, RendementTotals } from '../../../../shared/calc';
import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, GEMEENTE_PAYERS, PAYERS, SPOREN } from '../../../../shared/domain/enums';
import { formatEuro, formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import { barChart } from './barChart';
import { BUSINESSCASE_LABELS as B, CALCULATION_STATUS_LABELS, fill, OUTCOME_LABELS, PAYER_LABELS, SPOOR_LABELS, TARGET_LABELS } from './labels';
import { heading, paragraph, subheading, table } from './layout';
import { countText, daysText, multiplierText } from './numbers';

const AMOUNT_FIGURES = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
type Figure = (typeof AMOUNT_FIGURES)[number] | 'rendementPerEuro' | 'begrensdDoorBeleid';

const show = (t: RendementTotals, f: Figure): string => (f === 'rendementPerEuro' ? formatRatio(t.rendementPerEuro) : formatEuro(t[f]));

/** Colours that stay apart in grey print too (dark blue, orange). */
const BLUE = '#1f4e79';
const ORANGE = '#c55a11';

export function headlineSection(bc: Businesscase): Content[] {
  const year = bc.period.label;
  const figures: Figure[] = [...AMOUNT_FIGURES, 'rendementPerEuro', 'begrensdDoorBeleid'];
  return [
    heading(B.headline.title),
    table({
      caption: fill(B.headline.caption, { year }),
      header: [B.headline.colFigure, B.headline.colAll, B.headline.colVastgesteld],
      rows: figures.map((f) => [B.figure[f], show(bc, f), show(bc.vastgesteld, f)]),
      numeric: [1, 2],
      widths: ['*', 110, 110],
    }),
    paragraph(B.headline.ratioNote, 'note'),
    paragraph(B.begrensdNote, 'note'),
    subheading(B.payers.title),
    paragraph(B.payers.intro, 'note'),
    table({
      caption: fill(B.payers.caption, { year }),
      header: [B.payers.colFigure, B.payers.gemeente, B.payers.totaal, B.payers.gemeenteVastgesteld, B.payers.totaalVastgesteld],
      rows: (['vermedenKosten', 'investering'] as const).map((f) => [
        B.figure[f],
        formatEuro(bc.gemeente[f]),
        formatEuro(bc.totaal[f]),
        formatEuro(bc.vastgesteld.gemeente[f]),
        formatEuro(bc.vastgesteld.totaal[f]),
      ]),
      numeric: [1, 2, 3, 4],
      widths: ['*', 75, 75, 75, 75],
    }),
    // The booked effect of measure 19 follows in its own section, in the kalenderjaar view (kalenderjaarSection.ts).
  ];
}

export function breakdownSection(bc: Businesscase): Content[] {
  const year = bc.period.label;
  const spoorRows = SPOREN.map((s) => [SPOOR_LABELS[s], formatEuro(bc.perSpoor[s]), formatEuro(bc.vastgesteld.perSpoor[s])]);
  if (bc.nietToegerekend !== 0 || bc.vastgesteld.nietToegerekend !== 0) {
    spoorRows.push([B.breakdown.nietToegerekend, formatEuro(bc.nietToegerekend), formatEuro(bc.vastgesteld.nietToegerekend)]);
  }
  const wijken = Object.entries(bc.perWijk);
  const wijkFigures = ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
  return [
    heading(B.breakdown.title),
    subheading(B.breakdown.spoorTitle),
    paragraph(B.breakdown.spoorIntro, 'note'),
    table({
      caption: fill(B.breakdown.spoorCaption, { year }),
      header: [B.breakdown.colSpoor, B.headline.colAll, B.headline.colVastgesteld],
      rows: spoorRows,
      footer: [[B.breakdown.total, formatEuro(bc.vermedenGecorrigeerd), formatEuro(bc.vastgesteld.vermedenGecorrigeerd)]],
      numeric: [1, 2],
      widths: ['*', 110, 110],
    }),
    barChart({
      title: `Grafiek: ${fill(B.breakdown.spoorCaption, { year })} (alle berekeningen)`,
      series: [{ name: B.figure.vermedenGecorrigeerd, color: BLUE }],
      groups: SPOREN.map((s) => ({ label: SPOOR_LABELS[s], values: [bc.perSpoor[s]] })),
      format: formatEuro,
    }),
    subheading(B.breakdown.payerTitle),
    table({
      caption: fill(B.breakdown.payerCaption, { year }),
      header: [
        B.breakdown.colPayer,
        B.breakdown.colGemeente,
        B.breakdown.colVermeden,
        B.breakdown.colInvestering,
        B.breakdown.colVermedenVastgesteld,
        B.breakdown.colInvesteringVastgesteld,
      ],
      rows: PAYERS.map((p) => [
        PAYER_LABELS[p],
        GEMEENTE_PAYERS.includes(p) ? B.breakdown.yes : B.breakdown.no,
        formatEuro(bc.perPayer[p].vermedenKosten),
        formatEuro(bc.perPayer[p].investering),
        formatEuro(bc.vastgesteld.perPayer[p].vermedenKosten),
        formatEuro(bc.vastgesteld.perPayer[p].investering),
      ]),
      footer: [
        [B.payers.gemeente, '', formatEuro(bc.gemeente.vermedenKosten), formatEuro(bc.gemeente.investering), formatEuro(bc.vastgesteld.gemeente.vermedenKosten), formatEuro(bc.vastgesteld.gemeente.investering)],
        [B.payers.totaal, '', formatEuro(bc.totaal.vermedenKosten), formatEuro(bc.totaal.investering), formatEuro(bc.vastgesteld.totaal.vermedenKosten), formatEuro(bc.vastgesteld.totaal.investering)],
      ],
      numeric: [2, 3, 4, 5],
      widths: ['*', 48, 70, 70, 70, 70],
    }),
    barChart({
      title: `Grafiek: investering en vermeden kosten per betaler, ${year} (alle berekeningen, vóór toerekening)`,
      series: [
        { name: B.breakdown.colInvestering, color: ORANGE },
        { name: B.breakdown.colVermeden, color: BLUE },
      ],
      groups: PAYERS.filter((p) => bc.perPayer[p].investering !== 0 || bc.perPayer[p].vermedenKosten !== 0).map((p) => ({
        label: PAYER_LABELS[p],
        values: [bc.perPayer[p].investering, bc.perPayer[p].vermedenKosten],
      })),
      format: formatEuro,
    }),
    subheading(B.breakdown.wijkTitle),
    table({
      caption: fill(B.breakdown.wijkCaption, { year }),
      header: [B.breakdown.colWijk, ...wijkFigures.map((f) => B.figureShort[f]), B.figureShort.rendementPerEuro],
      rows: wijken.map(([wijk, w]) => [wijk, ...wijkFigures.map((f) => formatEuroPlain(w[f])), formatRatio(w.rendementPerEuro)]),
      numeric: [1, 2, 3, 4, 5, 6],
      widths: ['*', 66, 66, 66, 66, 66, 40],
      empty: B.breakdown.noWijk,
    }),
  ];
}

export function countsSection(bc: Businesscase, pseudonymised: boolean): Content[] {
  const year = bc.period.label;
  const c = bc.counts;
  const v = bc.vastgesteld.counts;
  const n = (x: number) => countText(x, pseudonymised);
  const simple = ['cases', 'signalen', 'interventions', 'doorbraken', 'voorliggendVeld'] as const;
  const pairHeader = (first: string) => [first, B.headline.colAll, B.headline.colVastgesteld];
  return [
    heading(B.counts.title),
    table({
      caption: fill(B.counts.caption, { year }),
      header: pairHeader(B.counts.colCount),
      rows: [
        ...simple.map((k) => [B.counts[k], n(c[k]), n(v[k])]),
        [B.counts.medianDaysToPlan, daysText(c.medianDaysToPlan), daysText(v.medianDaysToPlan)],
      ],
      numeric: [1, 2],
      widths: ['*', 110, 110],
    }),
    table({
      caption: fill(B.counts.targetCaption, { year }),
      header: pairHeader(B.counts.colTarget),
      rows: ESCALATION_TARGETS.map((k) => [TARGET_LABELS[k], n(c.escalationsByTarget[k]), n(v.escalationsByTarget[k])]),
      numeric: [1, 2],
      widths: ['*', 110, 110],
    }),
    table({
      caption: fill(B.counts.outcomeCaption, { year }),
      header: pairHeader(B.counts.colOutcome),
      rows: [...BESLUIT_OUTCOMES, 'open' as const].map((k) => [
        k === 'open' ? B.counts.open : OUTCOME_LABELS[k],
        n(c.escalationsByOutcome[k]),
        n(v.escalationsByOutcome[k]),
      ]),
      numeric: [1, 2],
      widths: ['*', 110, 110],
    }),
  ];
}

export function casesSection(bc: Businesscase): Content[] {
  const figures = ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
  return [
    heading(B.cases.title),
    table({
      caption: fill(B.cases.caption, { year: bc.period.label }),
      header: [B.cases.colCode, B.cases.colWijk, B.cases.colStatus, ...figures.map((f) => B.figureShort[f]), B.figureShort.rendementPerEuro],
      rows: bc.cases.map((c) => [
        c.code,
        c.wijk,
        CALCULATION_STATUS_LABELS[c.calculationStatus],
        ...figures.map((f) => formatEuroPlain(c[f])),
        formatRatio(c.rendementPerEuro),
      ]),
      numeric: [3, 4, 5, 6, 7, 8],
      widths: [62, '*', 48, 56, 56, 56, 56, 56, 30],
      small: true,
      empty: B.cases.none,
    }),
  ];
}

export function maatschappelijkSection(m: MaatschappelijkRendement, year: string): Content[] {
  const M = B.maatschappelijk;
  return [
    heading(M.title),
    paragraph(M.warning, 'note'),
    table({
      caption: fill(M.caption, { year }),
      header: [M.colType, M.colSpoor, M.colCost, M.colMultiplier, M.colReturn, M.colSource],
      rows: m.rows.map((r) => [r.name, SPOOR_LABELS[r.spoor], formatEuro(r.costCents), multiplierText(r.multiplier), formatEuro(r.indicativeReturnCents), r.source ?? M.noSource]),
      footer: [[M.total, '', '', '', formatEuro(m.totalIndicativeReturnCents), '']],
      numeric: [2, 3, 4],
      widths: ['*', 62, 62, 40, 66, 110],
      small: true,
      empty: M.none,
    }),
  ];
}
