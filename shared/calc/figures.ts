/** §3.3 aggregation of per-case rendementen into one figure set (totals and breakdowns). */
import {
  BESLUIT_OUTCOMES,
  ESCALATION_TARGETS,
  PAYERS,
  SPOREN,
  type BesluitOutcome,
  type EscalationTarget,
  type Payer,
  type Spoor,
} from '../domain/enums';
import { emptySporenRecord } from './allocate';
import { isCounted } from './interventionCost';
import { addCents } from './money';
import { addPayerFigures, emptyPerPayer, gemeenteFigures, totaalFigures, type PayerFigures } from './payers';
import { rendementPerEuro, type CaseRendement } from './rendement';
import { daysBetween } from './dates';
import { median } from './stats';
import type { CaseCalc } from './types';

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

export interface RenderedCase {
  calc: CaseCalc;
  rendement: CaseRendement;
}

function sumTotals(rendementen: readonly CaseRendement[]): RendementTotals {
  const sum = (pick: (r: CaseRendement) => number): number => rendementen.reduce((acc, r) => addCents(acc, pick(r)), 0);
  const vermedenGecorrigeerd = sum((r) => r.vermedenGecorrigeerd);
  const investering = sum((r) => r.investering);
  return {
    referenceCents: sum((r) => r.referenceCents),
    actualCents: sum((r) => r.actualCents),
    vermedenKosten: sum((r) => r.vermedenKosten),
    vermedenGecorrigeerd,
    vermedenZeker: sum((r) => r.vermedenZeker),
    investering,
    nettoRendement: sum((r) => r.nettoRendement),
    rendementPerEuro: rendementPerEuro(vermedenGecorrigeerd, investering),
    begrensdDoorBeleid: sum((r) => r.begrensdDoorBeleid),
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
 * besluit counts by target but under no outcome.
 */
function countCases(cases: readonly CaseCalc[]): BusinesscaseCounts {
  const escalationsByTarget = emptyTargetCounts();
  const escalationsByOutcome = emptyOutcomeCounts();
  let interventions = 0;
  let doorbraken = 0;
  let voorliggendVeld = 0;
  const daysToPlan: number[] = [];
  for (const c of cases) {
    for (const i of c.interventions.filter(isCounted)) {
      interventions += 1;
      if (i.doorbraak) doorbraken += 1;
      if (i.voorliggendVeld) voorliggendVeld += 1;
    }
    for (const e of c.escalations) {
      if (e.status === 'concept') continue;
      escalationsByTarget[e.target] += 1;
      if (e.besluit !== undefined) escalationsByOutcome[e.besluit.outcome] += 1;
      else if (e.status !== 'ingetrokken') escalationsByOutcome.open += 1;
    }
    if (!c.isSignaal && c.planOn !== null) daysToPlan.push(daysBetween(c.registeredOn, c.planOn));
  }
  return {
    cases: cases.length,
    signalen: cases.filter((c) => c.isSignaal).length,
    interventions,
    doorbraken,
    voorliggendVeld,
    escalationsByTarget,
    escalationsByOutcome,
    medianDaysToPlan: median(daysToPlan),
  };
}

export function buildFigureSet(rendered: readonly RenderedCase[]): FigureSet {
  const rendementen = rendered.map((r) => r.rendement);
  const perPayer = emptyPerPayer();
  const perSpoor = emptySporenRecord();
  let nietToegerekend = 0;
  for (const r of rendementen) {
    for (const payer of PAYERS) perPayer[payer] = addPayerFigures(perPayer[payer], r.perPayer[payer]);
    for (const spoor of SPOREN) perSpoor[spoor] = addCents(perSpoor[spoor], r.perSpoor[spoor]);
    nietToegerekend = addCents(nietToegerekend, r.nietToegerekend);
  }
  const wijken = [...new Set(rendered.map((r) => r.calc.wijk))].sort();
  const perWijk = Object.fromEntries(
    wijken.map((wijk) => [wijk, sumTotals(rendered.filter((r) => r.calc.wijk === wijk).map((r) => r.rendement))]),
  );
  return {
    ...sumTotals(rendementen),
    gemeente: gemeenteFigures(perPayer),
    totaal: totaalFigures(perPayer),
    perPayer,
    perSpoor,
    nietToegerekend,
    perWijk,
    counts: countCases(rendered.map((r) => r.calc)),
  };
}
