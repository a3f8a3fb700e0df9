/** §3.6 monitoring indicators as the screens and the exports compute them (one place). */
import { computeIndicators, type Indicators } from '../../../shared/calc';
import { readKnelpunten } from '../data/knelpunten';
import type { Db } from '../store/openDatabase';
import { readReportedCases } from './reportedCases';

export interface IndicatorFilters {
  year: number;
  wijk?: string | undefined;
  /** ISO day the "overdue now" count is judged on. */
  today: string;
}

/** The calendar year as the period; with a wijk, only its cases and its knelpunten. */
export function indicatorsReport(db: Db, f: IndicatorFilters): Indicators {
  const calcs = readReportedCases(db, { wijk: f.wijk });
  const knelpunten = readKnelpunten(db)
    .filter((k) => f.wijk === undefined || k.wijk === f.wijk)
    .map((k) => ({ wijk: k.wijk, rule: k.rule, raisedOn: k.raisedOn }));
  const y = String(f.year).padStart(4, '0');
  return computeIndicators(calcs, knelpunten, { from: `${y}-01-01`, to: `${y}-12-31`, today: f.today });
}
