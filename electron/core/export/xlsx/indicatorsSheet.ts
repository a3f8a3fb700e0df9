/**
 * §3.6 the monitoring indicators as one wide sheet: an indicator per row, a wijk per column and
 * "Alle wijken" last, as the monitoring tables on the screen read. Counts go through the same
 * small-cell suppression as the JSON export (smallCells.ts).
 */
import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, LEEFGEBIEDEN, SPOREN } from '../../../../shared/domain/enums';
import type { Indicators, WijkIndicators } from '../../../../shared/calc';
import type { Cell } from 'write-excel-file/node';
import { suppressCount } from '../smallCells';
import { BUSINESSCASE_LABELS } from '../../../../shared/format/businesscaseLabels';
import { LEEFGEBIED_LABELS, OUTCOME_LABELS, SPOOR_LABELS, TARGET_LABELS } from '../../../../shared/format/domainLabels';
import { count, decimal, heading, text } from './cells';
import type { XlsxSheet } from './sheet';

type Line = [label: string, cell: (w: WijkIndicators) => Cell];

/** Every indicator of the screen, in its order; the knelpunt rules are those any column holds. */
function lines(ind: Indicators, pseudonymised: boolean): Line[] {
  const n = (v: number) => count(suppressCount(v, pseudonymised));
  const columns = [...Object.values(ind.perWijk), ind.totaal];
  const outcomes = [...BESLUIT_OUTCOMES, 'open'] as const;
  const rules = [...new Set(columns.flatMap((w) => Object.keys(w.knelpuntenPerRule)))].sort();
  return [
    ['Aanmeldingen', (w) => n(w.aanmeldingen)],
    ['Signalen', (w) => n(w.signalen)],
    ['Casussen besproken', (w) => n(w.casesDiscussed)],
    ...SPOREN.map((s): Line => [`Interventies ${SPOOR_LABELS[s]}`, (w) => n(w.interventionsPerSpoor[s])]),
    ['Doorbraken', (w) => n(w.doorbraken)],
    ['Verwijzingen voorliggend veld', (w) => n(w.voorliggendVeld)],
    ['Verwijzingen voorliggend veld: aangekomen', (w) => n(w.voorliggendVeldArrived)],
    ['Casussen op meer dan één spoor', (w) => n(w.multiSpoor)],
    ['Doorbraak zonder PRIO', (w) => n(w.doorbraakZonderPrio)],
    ...ESCALATION_TARGETS.map((t): Line => [`Escalaties naar ${TARGET_LABELS[t]}`, (w) => n(w.escalations.byTarget[t])]),
    ...outcomes.map((o): Line => [`Escalaties met uitkomst: ${o === 'open' ? BUSINESSCASE_LABELS.counts.open : OUTCOME_LABELS[o]}`, (w) => n(w.escalations.byOutcome[o])]),
    ['Escalaties over de termijn', (w) => n(w.escalations.overdue)],
    ['Mediaan dagen aanmelding tot plan', (w) => decimal(w.medianDaysToPlan)],
    ['Mediaan dagen tot besluit', (w) => decimal(w.medianDaysToBesluit)],
    ...LEEFGEBIEDEN.flatMap((l): Line[] => [
      // An average over fewer than 5 cases would describe them: hidden, as in the JSON export.
      [`Zelfredzaamheid ${LEEFGEBIED_LABELS[l]}: gemiddelde verandering`, (w) => (pseudonymised && w.scoreChange[l].n < 5 ? null : decimal(w.scoreChange[l].averageChange))],
      [`Zelfredzaamheid ${LEEFGEBIED_LABELS[l]}: aantal casussen`, (w) => n(w.scoreChange[l].n)],
    ]),
    ...rules.map((r): Line => [`Knelpunten: ${r}`, (w) => n(w.knelpuntenPerRule[r] ?? 0)]),
  ];
}

export function indicatorsSheet(ind: Indicators, pseudonymised: boolean): XlsxSheet {
  const wijken = Object.keys(ind.perWijk);
  const columns = [...Object.values(ind.perWijk), ind.totaal];
  return {
    sheet: 'Indicatoren',
    columns: [46, ...columns.map(() => 16)],
    data: [
      [heading(`Indicator (${ind.from} t/m ${ind.to})`), ...wijken.map(heading), heading('Alle wijken')],
      ...lines(ind, pseudonymised).map(([label, cell]) => [text(label), ...columns.map(cell)]),
    ],
  };
}
