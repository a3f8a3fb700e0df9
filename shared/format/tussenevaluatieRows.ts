/**
 * Issue #14 item 3: the side-by-side table of the (tussen)evaluatie as data — a section per
 * subject, a row per figure, a cell per wijk — so the screen, the PDF and the XLSX show the same
 * figures in the same order. Each format only renders a cell (text, a number cell, a euro cell).
 */
import { LESSON_KINDS, SPOREN } from '../domain/enums';
import type { Measurement, WijkTussenevaluatie } from '../ipc/channels/tussenevaluatie';
import { SPOOR_LABELS } from './domainLabels';
import type { TUSSENEVALUATIE_LABELS } from './tussenevaluatieLabels';

/** `small`: a count of households or cases, shown as "<5" in a pseudonymised export (§5). */
export type EvalCell =
  | { kind: 'count'; n: number; small: boolean }
  | { kind: 'euro'; cents: number }
  | { kind: 'ratio'; value: number | null }
  | { kind: 'date'; iso: string }
  | { kind: 'days'; value: number | null }
  | { kind: 'rules'; rules: readonly { rule: string; count: number }[] }
  | { kind: 'none' };

type RowKey = keyof typeof TUSSENEVALUATIE_LABELS.row;
type SectionKey = keyof typeof TUSSENEVALUATIE_LABELS.section;

interface EvalRow {
  key: RowKey;
  params: Record<string, string>;
  cell: (w: WijkTussenevaluatie) => EvalCell;
}

export interface EvalSection {
  key: SectionKey;
  rows: EvalRow[];
}

const row = (key: RowKey, cell: EvalRow['cell'], params: Record<string, string> = {}): EvalRow => ({ key, params, cell });
const small = (n: number): EvalCell => ({ kind: 'count', n, small: true });
const plain = (n: number): EvalCell => ({ kind: 'count', n, small: false });
const none: EvalCell = { kind: 'none' };

function measurementRows(pick: (w: WijkTussenevaluatie) => Measurement | null): EvalRow[] {
  const m = (f: (x: Measurement) => EvalCell) => (w: WijkTussenevaluatie) => {
    const x = pick(w);
    return x === null ? none : f(x);
  };
  return [
    row('measuredOn', m((x) => ({ kind: 'date', iso: x.measuredOn }))),
    row('households', m((x) => small(x.households))),
    ...SPOREN.map((s) => row('perSpoor', m((x) => plain(x.perSpoor[s])), { spoor: SPOOR_LABELS[s] })),
    row('total', m((x) => plain(x.total))),
  ];
}

export function tussenevaluatieSections(): EvalSection[] {
  return [
    { key: 'nulmeting', rows: measurementRows((w) => w.nulmeting) },
    { key: 'latest', rows: measurementRows((w) => w.latest) },
    {
      key: 'now',
      rows: [
        ...SPOREN.map((s) => row('perSpoor', (w) => plain(w.socialeKaartNow.perSpoor[s]), { spoor: SPOOR_LABELS[s] })),
        row('total', (w) => plain(w.socialeKaartNow.total)),
      ],
    },
    {
      key: 'cases',
      rows: [
        row('cases', (w) => small(w.cases.cases)),
        row('signalen', (w) => small(w.cases.signalen)),
        row('doorbraken', (w) => small(w.cases.doorbraken)),
        row('voorliggendVeld', (w) => small(w.cases.voorliggendVeld)),
      ],
    },
    {
      key: 'rendement',
      rows: [
        row('vermedenGecorrigeerd', (w) => ({ kind: 'euro', cents: w.rendement.cohort.vermedenGecorrigeerd })),
        row('investering', (w) => ({ kind: 'euro', cents: w.rendement.cohort.investering })),
        row('nettoRendement', (w) => ({ kind: 'euro', cents: w.rendement.cohort.nettoRendement })),
        row('rendementPerEuro', (w) => ({ kind: 'ratio', value: w.rendement.cohort.rendementPerEuro })),
      ],
    },
    {
      key: 'kalenderjaar',
      rows: [
        row('vermedenGecorrigeerd', (w) => ({ kind: 'euro', cents: w.rendement.kalenderjaar.vermedenGecorrigeerd })),
        row('investering', (w) => ({ kind: 'euro', cents: w.rendement.kalenderjaar.investering })),
        row('nettoRendement', (w) => ({ kind: 'euro', cents: w.rendement.kalenderjaar.nettoRendement })),
        row('rendementPerEuro', (w) => ({ kind: 'ratio', value: w.rendement.kalenderjaar.rendementPerEuro })),
      ],
    },
    {
      key: 'indicators',
      rows: [
        row('aanmeldingen', (w) => small(w.indicators.aanmeldingen)),
        row('casesDiscussed', (w) => small(w.indicators.casesDiscussed)),
        row('escalations', (w) => small(w.indicators.escalations)),
        row('overdue', (w) => small(w.indicators.overdue)),
        row('medianDaysToPlan', (w) => ({ kind: 'days', value: w.indicators.medianDaysToPlan })),
      ],
    },
    {
      key: 'knelpunten',
      rows: [
        row('open', (w) => small(w.knelpunten.open)),
        row('doorgezet', (w) => small(w.knelpunten.doorgezet)),
        row('opgelost', (w) => small(w.knelpunten.opgelost)),
        row('topRules', (w) => ({ kind: 'rules', rules: w.knelpunten.topRules })),
      ],
    },
    { key: 'lessons', rows: LESSON_KINDS.map((k) => row(k, (w) => plain(w.lessons.perKind[k]))) },
  ];
}

