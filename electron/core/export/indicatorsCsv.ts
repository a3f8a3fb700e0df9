import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, LEEFGEBIEDEN, SPOREN } from '../../../shared/domain/enums';
import type { Indicators, WijkIndicators } from '../../../shared/calc';
import { BUSINESSCASE_LABELS } from '../../../shared/format/businesscaseLabels';
import { LEEFGEBIED_LABELS, OUTCOME_LABELS, SPOOR_LABELS, TARGET_LABELS } from '../../../shared/format/domainLabels';
import { toCsv, type CsvCell } from './csv';
import type { ExportContext } from './exportContext';
import { suppressCount } from './smallCells';

const OUTCOMES = [...BESLUIT_OUTCOMES, 'open'] as const;
const outcomeLabel = (o: (typeof OUTCOMES)[number]) => (o === 'open' ? BUSINESSCASE_LABELS.counts.open : OUTCOME_LABELS[o]);

/**
 * §3.6 as a long table: one row per wijk × indicator, so any set of indicators fits one file. A
 * spoor, an escalatiedoel, an uitkomst and a leefgebied are named as the screen names them, not by
 * their codes (the JSON export keeps the codes).
 */
export function indicatorsCsv(ind: Indicators, pseudonymised: boolean, context: ExportContext): string {
  const rows: CsvCell[][] = [];
  const n = (v: number) => suppressCount(v, pseudonymised);
  const add = (wijk: string, w: WijkIndicators) => {
    rows.push([wijk, 'aanmeldingen', n(w.aanmeldingen)]);
    rows.push([wijk, 'signalen', n(w.signalen)]);
    rows.push([wijk, 'casussen besproken', n(w.casesDiscussed)]);
    for (const s of SPOREN) rows.push([wijk, `interventies: ${SPOOR_LABELS[s]}`, n(w.interventionsPerSpoor[s])]);
    rows.push([wijk, 'doorbraken', n(w.doorbraken)]);
    rows.push([wijk, 'verwijzingen voorliggend veld', n(w.voorliggendVeld)]);
    rows.push([wijk, 'verwijzingen voorliggend veld: aangekomen', n(w.voorliggendVeldArrived)]);
    rows.push([wijk, 'casussen op meer dan één spoor', n(w.multiSpoor)]);
    rows.push([wijk, 'doorbraak zonder PRIO', n(w.doorbraakZonderPrio)]);
    for (const t of ESCALATION_TARGETS) rows.push([wijk, `escalaties naar: ${TARGET_LABELS[t]}`, n(w.escalations.byTarget[t])]);
    for (const o of OUTCOMES) rows.push([wijk, `escalaties met uitkomst: ${outcomeLabel(o)}`, n(w.escalations.byOutcome[o])]);
    rows.push([wijk, 'escalaties over de termijn', n(w.escalations.overdue)]);
    rows.push([wijk, 'mediaan dagen aanmelding tot plan', w.medianDaysToPlan]);
    for (const l of LEEFGEBIEDEN) {
      const s = w.scoreChange[l];
      if (s.n === 0 || s.averageChange === null) continue;
      const hidden = pseudonymised && s.n < 5; // an average over so few cases would describe them
      rows.push([wijk, `zelfredzaamheid: ${LEEFGEBIED_LABELS[l]}, gemiddelde verandering (n=${String(n(s.n))})`, hidden ? '' : s.averageChange]);
    }
    for (const [rule, v] of Object.entries(w.knelpuntenPerRule)) rows.push([wijk, `knelpunten: ${rule}`, n(v)]);
  };
  for (const [wijk, w] of Object.entries(ind.perWijk)) add(wijk, w);
  add('alle wijken', ind.totaal);
  return toCsv([`wijk`, `indicator (${ind.from} t/m ${ind.to})`, 'waarde'], rows, context);
}
