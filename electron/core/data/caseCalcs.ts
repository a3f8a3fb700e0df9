/**
 * Feeds the calc engine (§3): every selected case as a `CaseCalc`, read with one query per table
 * and only the columns the engine uses, so a businesscase over 10.000 cases costs a handful of
 * queries, not 10.000 (and no free text is read that the figures do not need).
 */
import type { BesluitCalc, CaseCalc, CostLine, EscalationCalc, InterventionCalc, LeefgebiedScore } from '../../../shared/calc/types';
import type { Scenario } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import type { ArrangementRow, CaseFilter, CaseRow, EscalationRow, InterventionRow, ScoreRow } from './caseRows';
import { caseFilterParams, selectedCasesSql } from './caseRows';
import { fromFlag, groupBy } from './rows';

export type CalcCaseRow = Pick<
  CaseRow,
  'code' | 'wijk' | 'is_signaal' | 'status' | 'registered_on' | 'reference_date' | 'horizon_weeks' | 'attribution_pct' | 'calculation_status'
>;
type CalcLineRow = Omit<CostLine, 'setting'> & { case_code: string; scenario: Scenario; amountCents: number; setting: CostLine['setting'] | null };
type CalcInterventionRow = Omit<InterventionCalc, 'voorliggendVeld' | 'doorbraak' | 'referralArrived'> & {
  case_code: string;
  voorliggend_veld: number;
  doorbraak: number;
  referral_arrived: InterventionRow['referral_arrived'];
  costCents: number;
};
type CalcEscalationRow = Pick<
  EscalationRow,
  'case_code' | 'id' | 'target' | 'status' | 'submitted_on' | 'deadline_on' | 'arrangement_id' | 'requested_weekly_cents' | 'requested_weeks' | 'outcome' | 'instruments' | 'maatwerkbudget_cents' | 'payer' | 'decided_on' | 'approved_weekly_cents' | 'review_on'
>;

/** A case's own columns and the small parts every §3 figure needs (no lines, interventions or scores). */
export type CaseHead = Omit<CaseCalc, 'reference' | 'actual' | 'interventions' | 'scores'>;

/** The case columns every §3 figure reads (the cases table as `c`). */
export const CALC_CASE_COLUMNS =
  'c.code, c.wijk, c.is_signaal, c.status, c.registered_on, c.reference_date, c.horizon_weeks, c.attribution_pct, c.calculation_status';

/** What a case head holds beyond the case row, however it was read (here, or from a stored summary). */
type CaseHeadParts = Pick<CaseHead, 'planOn' | 'stuckOn' | 'sporen' | 'tafels' | 'discussedOn' | 'escalations' | 'arrangements'>;

/** A case head from its row and its parts, keys in the order they always had (a CaseCalc is serialised in places). */
export function caseHeadOf(c: CalcCaseRow, parts: CaseHeadParts): CaseHead {
  return {
    code: c.code,
    wijk: c.wijk,
    isSignaal: c.is_signaal === 1,
    status: c.status,
    registeredOn: c.registered_on,
    referenceDate: c.reference_date,
    planOn: parts.planOn,
    stuckOn: parts.stuckOn,
    horizonWeeks: c.horizon_weeks,
    attributionPct: c.attribution_pct,
    sporen: parts.sporen,
    calculationStatus: c.calculation_status,
    tafels: parts.tafels,
    discussedOn: parts.discussedOn,
    escalations: parts.escalations,
    arrangements: parts.arrangements,
  };
}

/** The selected cases' heads, by code, with one query per part. */
export function readCaseHeads(db: Db, filter: CaseFilter): CaseHead[] {
  const p = caseFilterParams(filter);
  const all = <R>(sql: string): R[] => db.prepare(sql).all(p) as R[];
  const selected = selectedCasesSql(filter);
  const inSelection = `case_code IN (${selected})`;
  const cases = all<CalcCaseRow>(`SELECT ${CALC_CASE_COLUMNS} FROM cases c WHERE code IN (${selected}) ORDER BY code`);
  const sporen = groupBy(all<{ case_code: string; spoor: CaseCalc['sporen'][number] }>(`SELECT case_code, spoor FROM case_sporen WHERE ${inSelection} ORDER BY case_code, position`), (r) => r.case_code);
  // The aanmelding → plan lead time (§3.6) runs to the first time the plan was fixed; issue #14
  // item 6 wants the first time the case got stuck. One query for both (ORDER BY … DESC: a Map keeps
  // the last entry set, which is the first step).
  const firstSteps = all<{ case_code: string; to_status: 'plan_vastgesteld' | 'vastgelopen'; at: string }>(
    `SELECT case_code, to_status, at FROM case_status_history WHERE to_status IN ('plan_vastgesteld', 'vastgelopen') AND ${inSelection} ORDER BY case_code, position DESC`,
  );
  const firstStep = (status: 'plan_vastgesteld' | 'vastgelopen') =>
    new Map(firstSteps.filter((r) => r.to_status === status).map((r) => [r.case_code, r.at.slice(0, 10)]));
  const planOn = firstStep('plan_vastgesteld');
  const stuckOn = firstStep('vastgelopen');
  const escalations = groupBy(
    all<CalcEscalationRow>(
      `SELECT e.case_code, e.id, e.target, e.status, e.submitted_on, e.deadline_on, e.arrangement_id, e.requested_weekly_cents,
              e.requested_weeks, b.outcome, b.instruments,
              b.maatwerkbudget_cents, b.payer, b.decided_on, b.approved_weekly_cents, b.review_on
         FROM escalations e LEFT JOIN besluiten b ON b.escalation_seq = e.seq
        WHERE e.${inSelection} ORDER BY e.case_code, e.position`,
    ),
    (r) => r.case_code,
  );
  const arrangements = groupBy(all<ArrangementRow>(`SELECT * FROM arrangements WHERE ${inSelection} ORDER BY case_code, position`), (r) => r.case_code);
  const discussions = groupBy(
    all<{ case_code: string; tafel_id: string; date: string }>(
      `SELECT DISTINCT a.case_code, m.tafel_id, m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.${inSelection} ORDER BY a.case_code, m.date, m.tafel_id`,
    ),
    (r) => r.case_code,
  );
  return cases.map((c): CaseHead => {
    const discussed = discussions.get(c.code) ?? [];
    return caseHeadOf(c, {
      planOn: planOn.get(c.code) ?? null,
      stuckOn: stuckOn.get(c.code) ?? null,
      sporen: (sporen.get(c.code) ?? []).map((s) => s.spoor),
      tafels: [...new Set(discussed.map((d) => d.tafel_id))].sort(),
      discussedOn: [...new Set(discussed.map((d) => d.date))].sort(),
      escalations: (escalations.get(c.code) ?? []).map(toEscalationCalc),
      arrangements: (arrangements.get(c.code) ?? []).map(toArrangementCalc),
    });
  });
}

export function readCaseCalcs(db: Db, filter: CaseFilter = {}): CaseCalc[] {
  const p = caseFilterParams(filter);
  const all = <R>(sql: string): R[] => db.prepare(sql).all(p) as R[];
  const inSelection = `case_code IN (${selectedCasesSql(filter)})`;
  const heads = readCaseHeads(db, filter);
  const lines = groupBy(
    all<CalcLineRow>(
      `SELECT case_code, scenario, label, payer, unit, unit_cost_cents AS unitCostCents, quantity, probability_pct AS probabilityPct, evidence,
              amount_cents AS amountCents, setting
         FROM cost_lines WHERE ${inSelection} ORDER BY case_code, scenario, position`,
    ),
    (r) => r.case_code,
  );
  const interventions = groupBy(
    all<CalcInterventionRow>(
      `SELECT case_code, spoor, type, status, one_off_cents AS oneOffCents, rate_cents AS rateCents, quantity, payer,
              voorliggend_veld, doorbraak, started_on AS startedOn, referral_arrived, cost_cents AS costCents
         FROM interventions WHERE ${inSelection} ORDER BY case_code, position`,
    ),
    (r) => r.case_code,
  );
  const scores = groupBy(all<ScoreRow>(`SELECT * FROM case_scores WHERE ${inSelection} ORDER BY case_code, position`), (r) => r.case_code);

  // The keys in the order they always had (a CaseCalc is serialised in places).
  return heads.map(({ escalations, arrangements, ...head }): CaseCalc => {
    const caseLines = lines.get(head.code) ?? [];
    return {
      ...head,
      reference: caseLines.filter((l) => l.scenario === 'reference').map(toCostLine),
      actual: caseLines.filter((l) => l.scenario === 'actual').map(toCostLine),
      interventions: (interventions.get(head.code) ?? []).map(toInterventionCalc),
      escalations,
      arrangements,
      scores: (scores.get(head.code) ?? []).map((s): LeefgebiedScore => ({ leefgebied: s.leefgebied, intake: s.intake, followUp: s.follow_up })),
    };
  });
}

function toCostLine(l: CalcLineRow): CostLine {
  return {
    label: l.label,
    payer: l.payer,
    unit: l.unit,
    unitCostCents: l.unitCostCents,
    quantity: l.quantity,
    probabilityPct: l.probabilityPct,
    evidence: l.evidence,
    amountCents: l.amountCents,
    ...(l.setting !== null ? { setting: l.setting } : {}),
  };
}

function toInterventionCalc(v: CalcInterventionRow): InterventionCalc {
  return {
    spoor: v.spoor,
    type: v.type,
    status: v.status,
    oneOffCents: v.oneOffCents,
    rateCents: v.rateCents,
    quantity: v.quantity,
    payer: v.payer,
    voorliggendVeld: fromFlag(v.voorliggend_veld),
    doorbraak: fromFlag(v.doorbraak),
    startedOn: v.startedOn ?? null,
    ...(v.referral_arrived !== null ? { referralArrived: v.referral_arrived } : {}),
    costCents: v.costCents,
  };
}

function toArrangementCalc(a: ArrangementRow): CaseCalc['arrangements'][number] {
  const out: CaseCalc['arrangements'][number] = {
    id: a.id,
    domain: a.domain,
    setting: a.setting,
    provider: a.provider,
    weeklyCents: a.weekly_cents,
    from: a.from_date,
    weeks: a.weeks,
  };
  if (a.subcontractor_surcharge_pct !== null) out.subcontractorSurchargePct = a.subcontractor_surcharge_pct;
  if (a.four_weekly_cents !== null) out.fourWeeklyCents = a.four_weekly_cents;
  return out;
}

/** Optional fields are left out rather than set to undefined, so results compare exactly. */
function toEscalationCalc(e: CalcEscalationRow): EscalationCalc {
  const out: EscalationCalc = { target: e.target, status: e.status };
  if (e.id !== null) out.id = e.id;
  if (e.submitted_on !== null) out.submittedOn = e.submitted_on;
  if (e.deadline_on !== null) out.deadlineOn = e.deadline_on;
  if (e.arrangement_id !== null) out.arrangementId = e.arrangement_id;
  if (e.requested_weekly_cents !== null) out.requestedWeeklyCents = e.requested_weekly_cents;
  if (e.requested_weeks !== null) out.requestedWeeks = e.requested_weeks;
  if (e.outcome !== null && e.decided_on !== null) {
    const besluit: BesluitCalc = {
      outcome: e.outcome,
      instruments: e.instruments === null ? [] : (JSON.parse(e.instruments) as BesluitCalc['instruments']),
      decidedOn: e.decided_on,
    };
    if (e.maatwerkbudget_cents !== null) besluit.maatwerkbudgetCents = e.maatwerkbudget_cents;
    if (e.payer !== null) besluit.payer = e.payer;
    if (e.approved_weekly_cents !== null) besluit.approvedWeeklyCents = e.approved_weekly_cents;
    if (e.review_on !== null) besluit.reviewOn = e.review_on;
    out.besluit = besluit;
  }
  return out;
}
