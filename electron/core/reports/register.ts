/** §3.5 the weekbedrag register as the screens and the exports compute it (one place). */
import {
  approvalHistory,
  buildRegister,
  checkArrangements,
  type ApprovalHistoryEntry,
  type ArrangementCalc,
  type ArrangementFlags,
  type CaseCalc,
  measure4Comparison,
  type Measure4Year,
  type WeekbedragRegister,
} from '../../../shared/calc';
import type { Period } from '../../../shared/calc/period';
import { wholeYearOf, yearPeriod } from '../../../shared/calc/period';
import { readRules } from '../data';
import type { Db } from '../store/openDatabase';
import { readReportedCases } from './reportedCases';

export interface RegisterFilters {
  wijk?: string | undefined;
  /**
   * Only arrangements that START in this period (§3.3: a year, tertiaal, quarter or date range);
   * `year` is shorthand for that calendar year. meerkostenBovenPlafond is the whole arrangement's
   * ((weekly − cap) × weeks, not pro rata), so counting it in its start period counts it exactly
   * once over the periods. The besluiten stay visible whatever their period.
   */
  period?: Period | undefined;
  year?: number | undefined;
  /** The day the review window and the surcharge ban are judged on. */
  asOf: string;
}

export type FlaggedArrangement = ArrangementFlags &
  Pick<ArrangementCalc, 'domain' | 'setting' | 'provider' | 'weeklyCents'> & { subcontractorSurchargePct: number | null };

function startingIn(calcs: readonly CaseCalc[], period: Pick<Period, 'from' | 'to'> | undefined): CaseCalc[] {
  if (period === undefined) return [...calcs];
  return calcs.map((c) => ({ ...c, arrangements: c.arrangements.filter((a) => a.from >= period.from && a.from <= period.to) }));
}

/** The register's rows, each with its approval history (the register export keeps the engine's rows as they are). */
type RegisterRowWithHistory = WeekbedragRegister['rows'][number] & { history: ApprovalHistoryEntry[] };

export function registerReport(
  db: Db,
  f: RegisterFilters,
): { register: WeekbedragRegister; flagged: FlaggedArrangement[]; rowsWithHistory: RegisterRowWithHistory[]; measure4: Measure4Year[] } {
  const period = f.period ?? (f.year === undefined ? undefined : yearPeriod(f.year));
  const calcs = startingIn(readReportedCases(db, { wijk: f.wijk }), period);
  const rules = readRules(db);
  const flagged: FlaggedArrangement[] = [];
  for (const c of calcs) {
    const checked = checkArrangements(c.code, c.arrangements, c.escalations, rules, f.asOf);
    c.arrangements.forEach((a, i) => {
      const check = checked[i];
      if (check === undefined || check.flags.length === 0) return;
      flagged.push({
        ...check,
        domain: a.domain,
        setting: a.setting,
        provider: a.provider,
        weeklyCents: a.weeklyCents,
        subcontractorSurchargePct: a.subcontractorSurchargePct ?? null,
      });
    });
  }
  const register = buildRegister(calcs, rules, f.asOf);
  const escalationsOf = new Map(calcs.map((c) => [c.code, c.escalations]));
  const rowsWithHistory = register.rows.map((r) => ({ ...r, history: approvalHistory(r.arrangementId, escalationsOf.get(r.caseCode) ?? []) }));
  return { register, flagged, rowsWithHistory, measure4: measure4For(register, period) };
}

/**
 * Issue #14 item 5: the same rows beside measure 4's booked effect, per start year (only the
 * period's year when filtered). Measure 4 is booked per calendar year, so a tertiaal, a quarter or
 * a date range shows its meerkosten without a booked effect beside them.
 */
function measure4For(register: WeekbedragRegister, period: Period | undefined): Measure4Year[] {
  if (period === undefined) return measure4Comparison(register);
  const whole = wholeYearOf(period);
  return whole !== null ? measure4Comparison(register, whole) : measure4Comparison(register, Number(period.from.slice(0, 4)), {});
}
