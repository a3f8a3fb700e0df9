/**
 * Reads cases and all their parts with one query per table, whatever the number of cases (§7:
 * 10.000 cases). The export maps these rows (caseExport.ts); the calc feed (caseCalcs.ts) reuses
 * the case filter but reads only the columns the engine needs.
 */
import type {
  ArrangementDomain,
  ArrangementSetting,
  BegeleidingKind,
  BesluitOutcome,
  CalculationStatus,
  CareCostBand,
  Clientgroep,
  CaseStatus,
  EscalationStatus,
  EscalationTarget,
  EvidenceGrade,
  HouseholdType,
  InterventionStatus,
  Leefgebied,
  Payer,
  ReferralArrival,
  Resultaatgebied,
  Spoor,
  Unit,
  Urgency,
} from '../../../shared/domain/enums';
import type { ConsentBasis, Scenario } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import { groupBy } from './rows';
import { receivedCaseSql } from './storeIdentity';

/** Which cases to read; every field narrows, none given = all cases. */
export interface CaseFilter {
  codes?: readonly string[];
  wijk?: string;
  /** Reference date on or after (inclusive); cases without a reference date then drop out. */
  referenceFrom?: string;
  /** Reference date on or before (inclusive). */
  referenceTo?: string;
  excludeIngetrokken?: boolean;
  /** Only this store's own cases: none received through a dossier (reports/reportedCases.ts). */
  ownOnly?: boolean;
}

export interface CaseRow {
  code: string;
  wijk: string;
  alias: string | null;
  birth_year: number | null;
  age_band: string | null;
  is_signaal: number;
  status: CaseStatus;
  registered_on: string;
  reference_date: string | null;
  horizon_weeks: number;
  attribution_pct: number;
  calculation_status: CalculationStatus;
  calc_price_list_version: string | null;
  calc_fixed_on: string | null;
  calc_fixed_by: string | null;
  casusregisseur: string | null;
  casusregisseur_organisation: string | null;
  aanmelder_name: string | null;
  aanmelder_organisation: string | null;
  aanleiding: string | null;
  doel: string | null;
  household: HouseholdType | null;
  household_size: number | null;
  retention_until: string | null;
  notes: string | null;
  follow_up_on: string | null;
  care_cost_band: CareCostBand | null;
  /** JSON array of spoor ids (migration 015). */
  sporen_considered: string | null;
}
interface SpoorRow { case_code: string; spoor: Spoor }
interface HistoryRow { case_code: string; from_status: CaseStatus | null; to_status: CaseStatus; at: string; by: string | null; why: string | null }
export interface EscalationHistoryRow {
  escalation_seq: number;
  from_status: EscalationStatus | null;
  to_status: EscalationStatus;
  at: string;
  by: string | null;
  why: string | null;
}
export interface ScoreRow { case_code: string; leefgebied: Leefgebied; intake: number | null; follow_up: number | null }
interface ConsentRow { case_code: string; basis: ConsentBasis; recorded_on: string; scope: string | null }
export interface CostLineRow {
  case_code: string;
  scenario: Scenario;
  price_list_version: string | null;
  item_id: string | null;
  label: string;
  label_given: number;
  payer: Payer;
  unit: Unit;
  unit_cost_cents: number;
  quantity: number;
  probability_pct: number;
  evidence: EvidenceGrade;
  amount_cents: number;
  /** Issue #14 item 4 (migration 014). */
  setting: ArrangementSetting | null;
}
export interface InterventionRow {
  case_code: string;
  id: string | null;
  spoor: Spoor;
  type: string;
  status: InterventionStatus;
  one_off_cents: number;
  rate_cents: number;
  unit: Unit;
  quantity: number;
  payer: Payer;
  voorliggend_veld: number;
  doorbraak: number;
  cost_cents: number;
  partner: string | null;
  started_on: string | null;
  ended_on: string | null;
  doorbraak_rule: string | null;
  doorbraak_legal_basis: string | null;
  doorbraak_allowed_by: string | null;
  sociale_kaart_id: string | null;
  note: string | null;
  referral_arrived: ReferralArrival | null;
  referral_checked_on: string | null;
}
export interface ArrangementRow {
  case_code: string;
  id: string;
  domain: ArrangementDomain;
  setting: ArrangementSetting;
  provider: string;
  weekly_cents: number;
  from_date: string;
  weeks: number;
  subcontractor_surcharge_pct: number | null;
  resultaatgebied: Resultaatgebied | null;
  trede: number | null;
  clientgroep: Clientgroep | null;
  four_weekly_cents: number | null;
}
export interface EscalationRow {
  /** The row id escalation_status_history points at (escalations have no natural key). */
  seq: number;
  case_code: string;
  id: string | null;
  target: EscalationTarget;
  status: EscalationStatus;
  urgency: Urgency | null;
  submitted_on: string | null;
  deadline_on: string | null;
  arrangement_id: string | null;
  question: string | null;
  tried: string | null;
  blocking_rule: string | null;
  requested_deviation: string | null;
  legal_basis: string | null;
  requested_budget_cents: number | null;
  consent_checked: number | null;
  owner: string | null;
  notes: string | null;
  begeleiding: BegeleidingKind | null;
  requested_weekly_cents: number | null;
  requested_weeks: number | null;
  why_not_arrangementenmodel: string | null;
  /** Besluit columns; outcome is null when there is no besluit yet. */
  outcome: BesluitOutcome | null;
  instruments: string | null;
  maatwerkbudget_cents: number | null;
  payer: Payer | null;
  decided_on: string | null;
  approved_weekly_cents: number | null;
  review_on: string | null;
  motivation: string | null;
  decided_by: string | null;
  valid_until: string | null;
  /** Issue #14 item 5 (migration 014): JSON arrays. */
  parties: string | null;
  afweging: string | null;
}

/** Everything of the selected cases, grouped by case code (children in their stored order). */
export interface CaseRows {
  cases: CaseRow[];
  sporen: Map<string, SpoorRow[]>;
  history: Map<string, HistoryRow[]>;
  scores: Map<string, ScoreRow[]>;
  consents: Map<string, ConsentRow>;
  costLines: Map<string, CostLineRow[]>;
  interventions: Map<string, InterventionRow[]>;
  arrangements: Map<string, ArrangementRow[]>;
  escalations: Map<string, EscalationRow[]>;
  /** Status history per escalation, keyed by EscalationRow.seq. */
  escalationHistory: Map<number, EscalationHistoryRow[]>;
}

/**
 * The selected case codes, as a subquery every per-table query filters on (named parameters of
 * caseFilterParams). Only the filters that are given become conditions: the former
 * `(@x IS NULL OR c.x = @x)` form kept SQLite from using any index, so every query of a report
 * scanned all cases (§7: 10.000); now a year's businesscase searches `cases_reference_date` and a
 * wijk `cases_wijk_reference` (test/integration/data/queryPlans.test.ts proves it).
 */
export function selectedCasesSql(filter: CaseFilter): string {
  return `SELECT c.code FROM cases c WHERE ${selectedCasesCondition(filter)}`;
}

/**
 * The same selection as a condition on `cases c`, for a query that joins the cases itself: the
 * businesscase's reads of summaries and shares (caseSummaries.ts), where an IN over the subquery
 * made SQLite look every selected code up again (issue #13).
 */
export function selectedCasesCondition(filter: CaseFilter): string {
  const conditions = [
    filter.codes ? 'c.code IN (SELECT value FROM json_each(@codes))' : null,
    filter.wijk !== undefined ? 'c.wijk = @wijk' : null,
    filter.referenceFrom !== undefined ? 'c.reference_date >= @referenceFrom' : null,
    filter.referenceTo !== undefined ? 'c.reference_date <= @referenceTo' : null,
    filter.excludeIngetrokken ? "c.status <> 'ingetrokken'" : null,
    filter.ownOnly ? `NOT ${receivedCaseSql('c.code')}` : null,
  ].filter((c): c is string => c !== null);
  return conditions.length > 0 ? conditions.join(' AND ') : '1';
}

/** The parameters selectedCasesSql names (better-sqlite3 refuses a named parameter it is not given). */
export function caseFilterParams(filter: CaseFilter) {
  return {
    ...(filter.codes ? { codes: JSON.stringify(filter.codes) } : {}),
    ...(filter.wijk !== undefined ? { wijk: filter.wijk } : {}),
    ...(filter.referenceFrom !== undefined ? { referenceFrom: filter.referenceFrom } : {}),
    ...(filter.referenceTo !== undefined ? { referenceTo: filter.referenceTo } : {}),
  };
}

export function readCaseRows(db: Db, filter: CaseFilter = {}): CaseRows {
  const p = caseFilterParams(filter);
  const all = <R>(sql: string): R[] => db.prepare(sql).all(p) as R[];
  const byCase = <R extends { case_code: string }>(rows: R[]) => groupBy(rows, (r) => r.case_code);
  const selected = selectedCasesSql(filter);
  const inSelection = `case_code IN (${selected})`;
  return {
    cases: all<CaseRow>(`SELECT * FROM cases WHERE code IN (${selected}) ORDER BY code`),
    sporen: byCase(all<SpoorRow>(`SELECT case_code, spoor FROM case_sporen WHERE ${inSelection} ORDER BY case_code, position`)),
    history: byCase(all<HistoryRow>(`SELECT * FROM case_status_history WHERE ${inSelection} ORDER BY case_code, position`)),
    scores: byCase(all<ScoreRow>(`SELECT * FROM case_scores WHERE ${inSelection} ORDER BY case_code, position`)),
    consents: new Map(all<ConsentRow>(`SELECT * FROM consents WHERE ${inSelection}`).map((r) => [r.case_code, r])),
    costLines: byCase(all<CostLineRow>(`SELECT * FROM cost_lines WHERE ${inSelection} ORDER BY case_code, scenario, position`)),
    interventions: byCase(all<InterventionRow>(`SELECT * FROM interventions WHERE ${inSelection} ORDER BY case_code, position`)),
    arrangements: byCase(all<ArrangementRow>(`SELECT * FROM arrangements WHERE ${inSelection} ORDER BY case_code, position`)),
    escalations: byCase(
      all<EscalationRow>(
        `SELECT e.*, b.outcome, b.instruments, b.maatwerkbudget_cents, b.payer, b.decided_on, b.approved_weekly_cents,
                b.review_on, b.motivation, b.decided_by, b.valid_until, b.parties, b.afweging
           FROM escalations e LEFT JOIN besluiten b ON b.escalation_seq = e.seq
          WHERE e.${inSelection} ORDER BY e.case_code, e.position`,
      ),
    ),
    escalationHistory: groupBy(
      all<EscalationHistoryRow>(
        `SELECT h.* FROM escalation_status_history h JOIN escalations e ON e.seq = h.escalation_seq
          WHERE e.${inSelection} ORDER BY h.escalation_seq, h.position`,
      ),
      (r) => r.escalation_seq,
    ),
  };
}
