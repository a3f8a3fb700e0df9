/** §3.6 monitoring indicators as the screens and the exports compute them (one place). */
import { computeIndicators, type Indicators } from '../../../shared/calc';
import { periodOfChoice, type PeriodChoice } from '../../../shared/calc/period';
import { readKnelpunten } from '../data/knelpunten';
import type { Db } from '../store/openDatabase';
import { readReportedCases } from './reportedCases';

export type IndicatorFilters = PeriodChoice & {
  wijk?: string | undefined;
  /** ISO day the "overdue now" count is judged on. */
  today: string;
};

/** §3.3 the period (a calendar year by default, or `year` as its shorthand); with a wijk, only its cases and its knelpunten. */
export function indicatorsReport(db: Db, f: IndicatorFilters): Indicators {
  const calcs = readReportedCases(db, { wijk: f.wijk });
  const knelpunten = readKnelpunten(db)
    .filter((k) => f.wijk === undefined || k.wijk === f.wijk)
    .map((k) => ({ wijk: k.wijk, rule: k.rule, raisedOn: k.raisedOn }));
  const { from, to } = periodOfChoice(f);
  return computeIndicators(calcs, knelpunten, { from, to, today: f.today });
}
