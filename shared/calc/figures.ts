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

export interface RenderedCase {
  calc: BusinesscaseCase;
  rendement: CaseRendement;
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
 * besluit counts by target but under no outcome.
 */
function countCases(cases: readonly BusinesscaseCase[]): BusinesscaseCounts {
  const escalationsByTarget = emptyTargetCounts();
  const escalationsByOutcome = emptyOutcomeCounts();
  let interventions = 0;
  let doorbraken = 0;
  let voorliggendVeld = 0;
  const daysToPlan: number[] = [];
  for (const c of cases) {
    const sums = sumsOf(c);
    interventions += sums.counted;
    doorbraken += sums.doorbraken;
    voorliggendVeld += sums.voorliggendVeld;
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
  for (const r of rendered) {
    const list = byWijk.get(r.calc.wijk);
    if (list) list.push(r.rendement);
    else byWijk.set(r.calc.wijk, [r.rendement]);
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
    counts: countCases(rendered.map((r) => r.calc)),
  };
}
