/** §3.6 indicators as PDF tables: one indicator per row, one column per wijk and the total (as on screen). */
import type { Content } from 'pdfmake/interfaces';
import type { Indicators, WijkIndicators } from '../../../../shared/calc';
import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, LEEFGEBIEDEN, SPOREN } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { BUSINESSCASE_LABELS, fill, LEEFGEBIED_LABELS, MONITORING_LABELS as M, OUTCOME_LABELS, SPOOR_LABELS, TARGET_LABELS } from './labels';
import { heading, paragraph, table } from './layout';
import { countText, daysText, scoreChangeText } from './numbers';

type Line = readonly [label: string, value: (w: WijkIndicators) => string];

export function monitoringSection(ind: Indicators, pseudonymised: boolean): Content[] {
  const columns: [string, WijkIndicators][] = [...Object.entries(ind.perWijk), [M.totaal, ind.totaal]];
  const n = (x: number) => countText(x, pseudonymised);
  const indicatorTable = (caption: string, lines: readonly Line[], empty?: string): Content =>
    table({
      caption,
      header: [M.colIndicator, ...columns.map(([name]) => name)],
      rows: lines.map(([label, value]) => [label, ...columns.map(([, w]) => value(w))]),
      numeric: columns.map((_, i) => i + 1),
      widths: ['*', ...columns.map(() => 78)],
      empty,
    });
  const general: Line[] = [
    [M.aanmeldingen, (w) => n(w.aanmeldingen)],
    [M.signalen, (w) => n(w.signalen)],
    [M.casesDiscussed, (w) => n(w.casesDiscussed)],
    [M.doorbraken, (w) => n(w.doorbraken)],
    [M.voorliggendVeld, (w) => n(w.voorliggendVeld)],
    [M.voorliggendVeldArrived, (w) => n(w.voorliggendVeldArrived)],
    [M.multiSpoor, (w) => n(w.multiSpoor)],
    [M.doorbraakZonderPrio, (w) => n(w.doorbraakZonderPrio)],
    [M.medianDaysToPlan, (w) => daysText(w.medianDaysToPlan)],
    [M.medianDaysToBesluit, (w) => daysText(w.medianDaysToBesluit)],
  ];
  const escalations: Line[] = [
    ...ESCALATION_TARGETS.map((k): Line => [fill(M.targetPrefix, { label: TARGET_LABELS[k] }), (w) => n(w.escalations.byTarget[k])]),
    ...[...BESLUIT_OUTCOMES, 'open' as const].map(
      (k): Line => [fill(M.outcomePrefix, { label: k === 'open' ? BUSINESSCASE_LABELS.counts.open : OUTCOME_LABELS[k] }), (w) => n(w.escalations.byOutcome[k])],
    ),
    [M.overdue, (w) => n(w.escalations.overdue)],
  ];
  const scores: Line[] = LEEFGEBIEDEN.map((l): Line => [
    LEEFGEBIED_LABELS[l],
    (w) => {
      const s = w.scoreChange[l];
      // §5: an average over fewer than 5 measurements would describe those few households.
      const hidden = pseudonymised && s.n > 0 && s.n < 5;
      return fill(M.score, { value: hidden ? '—' : scoreChangeText(s.averageChange), n: n(s.n) });
    },
  ]);
  const rules = [...new Set(columns.flatMap(([, w]) => Object.keys(w.knelpuntenPerRule)))].sort();
  return [
    heading(M.title),
    paragraph(`De indicatoren per wijk over ${formatDate(ind.from)} t/m ${formatDate(ind.to)}.`, 'note'),
    ...(Object.keys(ind.perWijk).length === 0 ? [paragraph(M.noData, 'note')] : []),
    indicatorTable(M.generalCaption, general),
    indicatorTable(M.spoorCaption, SPOREN.map((s): Line => [SPOOR_LABELS[s], (w) => n(w.interventionsPerSpoor[s])])),
    indicatorTable(M.escalationCaption, escalations),
    indicatorTable(M.scoreCaption, scores),
    indicatorTable(M.knelpuntCaption, rules.map((r): Line => [r, (w) => n(w.knelpuntenPerRule[r] ?? 0)]), M.noKnelpunten),
  ];
}
