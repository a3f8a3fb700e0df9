/**
 * Feeds the calc engine (§3): every selected case as a `CaseCalc`, read with one query per table
 * (readCaseRows), so a businesscase over 10.000 cases costs a handful of queries, not 10.000.
 */
import type { BesluitCalc, CaseCalc, CostLine, EscalationCalc } from '../../../shared/calc/types';
import type { CaseFilter, CaseRow, CaseRows, CostLineRow, EscalationRow } from './caseRows';
import { readCaseRows } from './caseRows';
import { defined, fromFlag, opt } from './rows';
import type { Db } from '../store/openDatabase';

export function loadCaseCalcs(db: Db, filter: CaseFilter = {}): CaseCalc[] {
  const rows = readCaseRows(db, filter);
  return rows.cases.map((c) => toCaseCalc(c, rows));
}

function toCaseCalc(c: CaseRow, rows: CaseRows): CaseCalc {
  const lines = rows.costLines.get(c.code) ?? [];
  const discussions = rows.discussions.get(c.code) ?? [];
  // The aanmelding → plan lead time (§3.6) runs to the first time the plan was fixed.
  const plan = (rows.history.get(c.code) ?? []).find((h) => h.to_status === 'plan_vastgesteld');
  return {
    code: c.code,
    wijk: c.wijk,
    isSignaal: c.is_signaal === 1,
    status: c.status,
    registeredOn: c.registered_on,
    referenceDate: c.reference_date,
    planOn: plan ? plan.at.slice(0, 10) : null,
    horizonWeeks: c.horizon_weeks,
    attributionPct: c.attribution_pct,
    sporen: (rows.sporen.get(c.code) ?? []).map((s) => s.spoor),
    calculationStatus: c.calculation_status,
    tafels: [...new Set(discussions.map((d) => d.tafel_id))].sort(),
    discussedOn: [...new Set(discussions.map((d) => d.date))].sort(),
    reference: lines.filter((l) => l.scenario === 'reference').map(toCostLine),
    actual: lines.filter((l) => l.scenario === 'actual').map(toCostLine),
    interventions: (rows.interventions.get(c.code) ?? []).map((v) => ({
      spoor: v.spoor,
      type: v.type,
      status: v.status,
      oneOffCents: v.one_off_cents,
      rateCents: v.rate_cents,
      quantity: v.quantity,
      payer: v.payer,
      voorliggendVeld: fromFlag(v.voorliggend_veld),
      doorbraak: fromFlag(v.doorbraak),
      startedOn: v.started_on,
    })),
    escalations: (rows.escalations.get(c.code) ?? []).map(toEscalationCalc),
    arrangements: (rows.arrangements.get(c.code) ?? []).map((a) =>
      defined({
        id: a.id,
        domain: a.domain,
        setting: a.setting,
        provider: a.provider,
        weeklyCents: a.weekly_cents,
        from: a.from_date,
        weeks: a.weeks,
        subcontractorSurchargePct: opt(a.subcontractor_surcharge_pct),
      }),
    ),
    scores: (rows.scores.get(c.code) ?? []).map((s) => ({ leefgebied: s.leefgebied, intake: s.intake, followUp: s.follow_up })),
  };
}

function toCostLine(l: CostLineRow): CostLine {
  return {
    label: l.label,
    payer: l.payer,
    unit: l.unit,
    unitCostCents: l.unit_cost_cents,
    quantity: l.quantity,
    probabilityPct: l.probability_pct,
    evidence: l.evidence,
  };
}

function toEscalationCalc(e: EscalationRow): EscalationCalc {
  const besluit: BesluitCalc | undefined =
    e.outcome === null || e.decided_on === null
      ? undefined
      : defined({
          outcome: e.outcome,
          instruments: e.instruments === null ? [] : (JSON.parse(e.instruments) as BesluitCalc['instruments']),
          maatwerkbudgetCents: opt(e.maatwerkbudget_cents),
          payer: opt(e.payer),
          decidedOn: e.decided_on,
          approvedWeeklyCents: opt(e.approved_weekly_cents),
          reviewOn: opt(e.review_on),
        });
  return defined({
    target: e.target,
    status: e.status,
    submittedOn: opt(e.submitted_on),
    deadlineOn: opt(e.deadline_on),
    arrangementId: opt(e.arrangement_id),
    besluit,
  });
}
