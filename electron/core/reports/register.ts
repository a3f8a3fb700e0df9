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
import { readRules } from '../data';
import type { Db } from '../store/openDatabase';
import { readReportedCases } from './reportedCases';

export interface RegisterFilters {
  wijk?: string | undefined;
  /**
   * Only arrangements that START in this calendar year. meerkostenBovenPlafond is the whole
   * arrangement's ((weekly − cap) × weeks, not pro rata), so counting it in its start year counts
   * it exactly once over the years. The besluiten stay visible whatever their year.
   */
  year?: number | undefined;
  /** The day the review window and the surcharge ban are judged on. */
  asOf: string;
}

export type FlaggedArrangement = ArrangementFlags &
  Pick<ArrangementCalc, 'domain' | 'setting' | 'provider' | 'weeklyCents'> & { subcontractorSurchargePct: number | null };

function inYear(calcs: readonly CaseCalc[], year: number | undefined): CaseCalc[] {
  if (year === undefined) return [...calcs];
  const y = String(year).padStart(4, '0');
  return calcs.map((c) => ({ ...c, arrangements: c.arrangements.filter((a) => a.from.slice(0, 4) === y) }));
}

/** The register's rows, each with its approval history (the register export keeps the engine's rows as they are). */
type RegisterRowWithHistory = WeekbedragRegister['rows'][number] & { history: ApprovalHistoryEntry[] };

export function registerReport(
  db: Db,
  f: RegisterFilters,
): { register: WeekbedragRegister; flagged: FlaggedArrangement[]; rowsWithHistory: RegisterRowWithHistory[]; measure4: Measure4Year[] } {
  const calcs = inYear(readReportedCases(db, { wijk: f.wijk }), f.year);
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
  // Issue #14 item 5: the same rows beside measure 4's booked effect (the given year only, when filtered).
  return { register, flagged, rowsWithHistory, measure4: measure4Comparison(register, f.year ?? null) };
}
