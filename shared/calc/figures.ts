/** §3.3 aggregation of per-case rendementen into one figure set (totals and breakdowns). */
import {
  BESLUIT_OUTCOMES,
  ESCALATION_TARGETS,
  PAYERS,
  SPOREN,
  type BesluitOutcome,
  type CalculationStatus,
  type EscalationTarget,
  type Payer,
  type Spoor,
} from '../domain/enums';
import { emptySporenRecord } from './allocate';
import { sumsOf } from './caseSums';
import { addCents } from './money';
import { emptyPerPayer, gemeenteFigures, totaalFigures, type PayerFigures } from './payers';
import { rendementPerEuro, type CaseRendement } from './rendement';
import { daysBetween } from './dates';
import { median } from './stats';
import type { BusinesscaseCase } from './types';

/** Every §3.2 figure summed over cases; rendementPerEuro recomputed from the sums, never averaged. */
export interface RendementTotals {
  referenceCents: number;
  actualCents: number;
  vermedenKosten: number;
  vermedenGecorrigeerd: number;
  vermedenZeker: number;
  investering: number;
  nettoRendement: number;
  rendementPerEuro: number | null;
  /** Issue #14 item 4: "waarvan al begrensd door beleid", the part of vermedenKosten other measures already cap. */
  begrensdDoorBeleid: number;
}

export type OutcomeOrOpen = BesluitOutcome | 'open';

interface BusinesscaseCounts {
  cases: number;
  signalen: number;
  interventions: number;
  doorbraken: number;
  voorliggendVeld: number;
  escalationsByTarget: Record<EscalationTarget, number>;
  escalationsByOutcome: Record<OutcomeOrOpen, number>;
  medianDaysToPlan: number | null;
}

export interface FigureSet extends RendementTotals {
  gemeente: PayerFigures;
  totaal: PayerFigures;
  perPayer: Record<Payer, PayerFigures>;
  perSpoor: Record<Spoor, number>;
  nietToegerekend: number;
  perWijk: Record<string, RendementTotals>;
  counts: BusinesscaseCounts;
}

/**
 * A submitted escalation as §3.3 counts it: its target, and its besluit's outcome — 'open' while
 * undecided, null when withdrawn before any besluit (counted by target, under no outcome).
 */
export type EscalationFact = readonly [target: EscalationTarget, outcome: OutcomeOrOpen | null];

/**
 * What §3.3 sums of one case: its §3.2 rendement and the few facts its counts need. The engine
 * makes it from the case (figuredCaseOf); the store keeps it per case (data/caseFigures.ts), so a
 * businesscase can sum thousands without computing each case again (issue #13).
 */
export interface FiguredCase {
  code: string;
  wijk: string;
  calculationStatus: CalculationStatus;
  /** The §3.2 rendement as the businesscase lists the case: its code, wijk and calculation status first. */
  rendement: BusinesscaseCaseRow;
  isSignaal: boolean;
  /** The counted interventions (counted statuses), those that are a doorbraak, and the referrals to voorliggend veld. */
  counted: number;
  doorbraken: number;
  voorliggendVeld: number;
  escalations: readonly EscalationFact[];
  /** Days from aanmelding to plan; null for a signaal or a case without a plan. */
  daysToPlan: number | null;
}

/** One case as the businesscase lists it (`Businesscase.cases`). */
export type BusinesscaseCaseRow = { code: string; wijk: string; calculationStatus: CalculationStatus } & CaseRendement;

/** The escalations §3.3 counts: once submitted (not `concept`). */
function escalationFactsOf(escalations: BusinesscaseCase['escalations']): EscalationFact[] {
  const facts: EscalationFact[] = [];
  for (const e of escalations) {
    if (e.status === 'concept') continue;
    facts.push([e.target, e.besluit !== undefined ? e.besluit.outcome : e.status !== 'ingetrokken' ? 'open' : null]);
  }
  return facts;
}

/** The aanmelding → plan lead time of §3.3's median: none for a signaal or without a plan. */
function daysToPlanOf(c: Pick<BusinesscaseCase, 'isSignaal' | 'planOn' | 'registeredOn'>): number | null {
  return !c.isSignaal && c.planOn !== null ? daysBetween(c.registeredOn, c.planOn) : null;
}

export function figuredCaseOf(calc: BusinesscaseCase, rendement: CaseRendement): FiguredCase {
  const sums = sumsOf(calc);
  return {
    code: calc.code,
    wijk: calc.wijk,
    calculationStatus: calc.calculationStatus,
    rendement: { code: calc.code, wijk: calc.wijk, calculationStatus: calc.calculationStatus, ...rendement },
    isSignaal: calc.isSignaal,
    counted: sums.counted,
    doorbraken: sums.doorbraken,
    voorliggendVeld: sums.voorliggendVeld,
    escalations: escalationFactsOf(calc.escalations),
    daysToPlan: daysToPlanOf(calc),
  };
}

function sumTotals(rendementen: readonly CaseRendement[]): RendementTotals {
  // One pass with eight running sums (a businesscase sums thousands of cases, §7).
  let referenceCents = 0;
  let actualCents = 0;
  let vermedenKosten = 0;
  let vermedenGecorrigeerd = 0;
  let vermedenZeker = 0;
  let investering = 0;
  let nettoRendement = 0;
  let begrensdDoorBeleid = 0;
  for (const r of rendementen) {
    referenceCents = addCents(referenceCents, r.referenceCents);
    actualCents = addCents(actualCents, r.actualCents);
    vermedenKosten = addCents(vermedenKosten, r.vermedenKosten);
    vermedenGecorrigeerd = addCents(vermedenGecorrigeerd, r.vermedenGecorrigeerd);
    vermedenZeker = addCents(vermedenZeker, r.vermedenZeker);
    investering = addCents(investering, r.investering);
    nettoRendement = addCents(nettoRendement, r.nettoRendement);
    begrensdDoorBeleid = addCents(begrensdDoorBeleid, r.begrensdDoorBeleid);
  }
  return {
    referenceCents,
    actualCents,
    vermedenKosten,
    vermedenGecorrigeerd,
    vermedenZeker,
    investering,
    nettoRendement,
    rendementPerEuro: rendementPerEuro(vermedenGecorrigeerd, investering),
    begrensdDoorBeleid,
  };
}

export function emptyTargetCounts(): Record<EscalationTarget, number> {
  return Object.fromEntries(ESCALATION_TARGETS.map((t) => [t, 0])) as Record<EscalationTarget, number>;
}

export function emptyOutcomeCounts(): Record<OutcomeOrOpen, number> {
  return Object.fromEntries([...BESLUIT_OUTCOMES, 'open'].map((o) => [o, 0])) as Record<OutcomeOrOpen, number>;
}

/**
 * Counts. Interventions, doorbraken and referrals count only interventions that happened (the
 * counted statuses, as for investering). Escalations count once submitted (not `concept`); by
 * outcome they are the besluit's outcome, or 'open' while undecided; one withdrawn before any
 * besluit counts by target but under no outcome (escalationFactsOf).
 */
function countCases(cases: readonly FiguredCase[]): BusinesscaseCounts {
  const escalationsByTarget = emptyTargetCounts();
  const escalationsByOutcome = emptyOutcomeCounts();
  let signalen = 0;
  let interventions = 0;
  let doorbraken = 0;
  let voorliggendVeld = 0;
  const daysToPlan: number[] = [];
  for (const c of cases) {
    if (c.isSignaal) signalen += 1;
    interventions += c.counted;
    doorbraken += c.doorbraken;
    voorliggendVeld += c.voorliggendVeld;
    for (const [target, outcome] of c.escalations) {
      escalationsByTarget[target] += 1;
      if (outcome !== null) escalationsByOutcome[outcome] += 1;
    }
    if (c.daysToPlan !== null) daysToPlan.push(c.daysToPlan);
  }
  return {
    cases: cases.length,
    signalen,
    interventions,
    doorbraken,
    voorliggendVeld,
    escalationsByTarget,
    escalationsByOutcome,
    medianDaysToPlan: median(daysToPlan),
  };
}

export function buildFigureSet(figured: readonly FiguredCase[]): FigureSet {
  const rendementen = figured.map((r) => r.rendement);
  const perPayer = emptyPerPayer();
  const perSpoor = emptySporenRecord();
  let nietToegerekend = 0;
  for (const r of rendementen) {
    for (const payer of PAYERS) {
      // Running sums in place: no new object per case and payer.
      const sum = perPayer[payer];
      const add = r.perPayer[payer];
      sum.vermedenKosten = addCents(sum.vermedenKosten, add.vermedenKosten);
      sum.investering = addCents(sum.investering, add.investering);
    }
    for (const spoor of SPOREN) perSpoor[spoor] = addCents(perSpoor[spoor], r.perSpoor[spoor]);
    nietToegerekend = addCents(nietToegerekend, r.nietToegerekend);
  }
  // One pass over the cases, not one per wijk (a city has tens of wijken, §7).
  const byWijk = new Map<string, CaseRendement[]>();
  for (const r of figured) {
    const list = byWijk.get(r.wijk);
    if (list) list.push(r.rendement);
    else byWijk.set(r.wijk, [r.rendement]);
  }
  const wijken = [...byWijk.keys()].sort();
  const perWijk = Object.fromEntries(wijken.map((wijk) => [wijk, sumTotals(byWijk.get(wijk) ?? [])]));
  return {
    ...sumTotals(rendementen),
    gemeente: gemeenteFigures(perPayer),
    totaal: totaalFigures(perPayer),
    perPayer,
    perSpoor,
    nietToegerekend,
    perWijk,
    counts: countCases(figured),
  };
}
