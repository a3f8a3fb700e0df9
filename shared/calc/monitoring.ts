/** §3.6 monitoring indicators per wijk and period (inclusive dates). */
import { LEEFGEBIEDEN, type EscalationTarget, type Leefgebied, type Spoor } from '../domain/enums';
import { emptySporenRecord } from './allocate';
import { daysBetween, isWithin } from './dates';
import { emptyOutcomeCounts, emptyTargetCounts, type OutcomeOrOpen } from './figures';
import { isCounted } from './interventionCost';
import { roundRatio } from './rounding';
import { median } from './stats';
import type { CaseCalc, EscalationCalc } from './types';

export interface Knelpunt {
  wijk: string;
  rule: string;
  raisedOn: string;
}

export interface IndicatorOptions {
  from: string;
  to: string;
  today: string;
}

interface ScoreChange {
  /** Mean of followUp − intake, 2 decimals (half away from zero); null when n is 0. */
  averageChange: number | null;
  n: number;
}

export interface WijkIndicators {
  aanmeldingen: number;
  signalen: number;
  casesDiscussed: number;
  interventionsPerSpoor: Record<Spoor, number>;
  doorbraken: number;
  voorliggendVeld: number;
  /** Issue #14 item 8: of those referrals, how many landed (followed up: aangekomen). */
  voorliggendVeldArrived: number;
  /**
   * Issue #14 item 7: cases whose counted interventions in the period lie on more than one spoor
   * (the sources ask for an approach on the sporen "in samenhang met elkaar").
   */
  multiSpoor: number;
  /**
   * Issue #14 item 6 (PRIO's term: from 2025 professionals solve stuck cases themselves): cases
   * that got stuck — vastgelopen, or escalated to the netwerk — and broke through at the tafel or
   * with the netwerk without PRIO: a counted doorbraak in the period and no escalation ever
   * submitted to PRIO (a concept that never went is no escalation).
   */
  doorbraakZonderPrio: number;
  escalations: {
    byTarget: Record<EscalationTarget, number>;
    byOutcome: Record<OutcomeOrOpen, number>;
    /** Open now (ingediend / in behandeling) with a deadline before today; not period-bound. */
    overdue: number;
  };
  medianDaysToPlan: number | null;
  medianDaysToBesluit: number | null;
  scoreChange: Record<Leefgebied, ScoreChange>;
  knelpuntenPerRule: Record<string, number>;
}

export interface Indicators {
  from: string;
  to: string;
  perWijk: Record<string, WijkIndicators>;
  /** All wijken together (medians are recomputed, not combined). */
  totaal: WijkIndicators;
}

/** Escalations that wait on the target: only these can be overdue. */
const WAITING_ON_TARGET = new Set<EscalationCalc['status']>(['ingediend', 'in_behandeling']);

/**
 * Stuck (it became vastgelopen, or the tafel put it to the netwerk as klankbord) and never submitted
 * to PRIO. A submitted escalation has a submittedOn (an ingetrokken one too, if it ever went).
 */
function brokeThroughWithoutPrio(c: CaseCalc): boolean {
  const submitted = c.escalations.filter((e) => e.submittedOn !== undefined);
  const stuck = (c.stuckOn ?? null) !== null || submitted.some((e) => e.target === 'netwerk');
  return stuck && !submitted.some((e) => e.target === 'prio');
}

function scoreChanges(cases: readonly CaseCalc[]): Record<Leefgebied, ScoreChange> {
  const entries = LEEFGEBIEDEN.map((leefgebied): [Leefgebied, ScoreChange] => {
    const diffs: number[] = [];
    for (const c of cases) {
      for (const s of c.scores) {
        if (s.leefgebied === leefgebied && s.intake !== null && s.followUp !== null) diffs.push(s.followUp - s.intake);
      }
    }
    const sum = diffs.reduce((acc, d) => acc + d, 0);
    const averageChange = diffs.length === 0 ? null : roundRatio(BigInt(sum), BigInt(diffs.length), 2);
    return [leefgebied, { averageChange, n: diffs.length }];
  });
  return Object.fromEntries(entries) as Record<Leefgebied, ScoreChange>;
}

/**
 * Period rules: aanmeldingen/signalen by registeredOn; discussed when a discussedOn date falls in
 * the period; interventions by startedOn (else the case's reference date, else registeredOn) and
 * only when they happened (counted statuses); escalations by submittedOn; lead time to plan for
 * plans reached in the period; lead time to besluit for besluiten in the period. Score changes
 * use every case registered by the end of the period, because a follow-up score usually comes
 * long after the aanmelding.
 */
function indicatorsFor(cases: readonly CaseCalc[], knelpunten: readonly Knelpunt[], opts: IndicatorOptions): WijkIndicators {
  const inPeriod = (iso: string | null | undefined): boolean => iso !== null && iso !== undefined && isWithin(iso, opts.from, opts.to);
  const interventionsPerSpoor = emptySporenRecord();
  let doorbraken = 0;
  let voorliggendVeld = 0;
  let voorliggendVeldArrived = 0;
  let multiSpoor = 0;
  let doorbraakZonderPrio = 0;
  const byTarget = emptyTargetCounts();
  const byOutcome = emptyOutcomeCounts();
  let overdue = 0;
  const daysToBesluit: number[] = [];

  for (const c of cases) {
    const sporen = new Set<Spoor>();
    let doorbraakInPeriod = false;
    for (const i of c.interventions) {
      if (!isCounted(i) || !inPeriod(i.startedOn ?? c.referenceDate ?? c.registeredOn)) continue;
      interventionsPerSpoor[i.spoor] += 1;
      sporen.add(i.spoor);
      if (i.doorbraak) {
        doorbraken += 1;
        doorbraakInPeriod = true;
      }
      if (i.voorliggendVeld) voorliggendVeld += 1;
      if (i.voorliggendVeld && i.referralArrived === 'aangekomen') voorliggendVeldArrived += 1;
    }
    if (sporen.size > 1) multiSpoor += 1;
    if (doorbraakInPeriod && brokeThroughWithoutPrio(c)) doorbraakZonderPrio += 1;
    for (const e of c.escalations) {
      if (inPeriod(e.submittedOn)) {
        byTarget[e.target] += 1;
        if (e.besluit !== undefined) byOutcome[e.besluit.outcome] += 1;
        else if (e.status !== 'ingetrokken') byOutcome.open += 1;
      }
      if (WAITING_ON_TARGET.has(e.status) && e.deadlineOn !== undefined && e.deadlineOn < opts.today) overdue += 1;
      if (e.besluit !== undefined && e.submittedOn !== undefined && inPeriod(e.besluit.decidedOn)) {
        daysToBesluit.push(daysBetween(e.submittedOn, e.besluit.decidedOn));
      }
    }
  }

  const raised = knelpunten.filter((k) => inPeriod(k.raisedOn));
  const rules = [...new Set(raised.map((k) => k.rule))].sort();
  // fromEntries defines own properties, so a rule text such as '__proto__' stays a plain key.
  const knelpuntenPerRule: Record<string, number> = Object.fromEntries(
    rules.map((rule) => [rule, raised.filter((k) => k.rule === rule).length]),
  );

  return {
    aanmeldingen: cases.filter((c) => !c.isSignaal && inPeriod(c.registeredOn)).length,
    signalen: cases.filter((c) => c.isSignaal && inPeriod(c.registeredOn)).length,
    casesDiscussed: cases.filter((c) => c.discussedOn.some(inPeriod)).length,
    interventionsPerSpoor,
    doorbraken,
    voorliggendVeld,
    voorliggendVeldArrived,
    multiSpoor,
    doorbraakZonderPrio,
    escalations: { byTarget, byOutcome, overdue },
    medianDaysToPlan: median(
      cases.filter((c) => !c.isSignaal && c.planOn !== null && inPeriod(c.planOn)).map((c) => daysBetween(c.registeredOn, c.planOn ?? c.registeredOn)),
    ),
    medianDaysToBesluit: median(daysToBesluit),
    scoreChange: scoreChanges(cases.filter((c) => c.registeredOn <= opts.to)),
    knelpuntenPerRule,
  };
}

export function computeIndicators(cases: readonly CaseCalc[], knelpunten: readonly Knelpunt[], opts: IndicatorOptions): Indicators {
  if (opts.from > opts.to) throw new RangeError(`Periode begint (${opts.from}) na het einde (${opts.to}).`);
  const wijken = [...new Set([...cases.map((c) => c.wijk), ...knelpunten.map((k) => k.wijk)])].sort();
  const perWijk = Object.fromEntries(
    wijken.map((wijk) => [
      wijk,
      indicatorsFor(
        cases.filter((c) => c.wijk === wijk),
        knelpunten.filter((k) => k.wijk === wijk),
        opts,
      ),
    ]),
  );
  return { from: opts.from, to: opts.to, perWijk, totaal: indicatorsFor(cases, knelpunten, opts) };
}
