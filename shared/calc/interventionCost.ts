/** §3.2 the cost of one intervention, and whether it counts as investering. */
import { COUNTED_INTERVENTION_STATUSES } from '../domain/enums';
import type { InterventionCalc } from './types';
import { addCents, assertCents } from './money';
import { mulDivRound } from './rounding';

/** oneOffCents + roundHalfAwayFromZero(rateCents × quantity). */
export function interventionCost(i: Pick<InterventionCalc, 'oneOffCents' | 'rateCents' | 'quantity' | 'costCents'>): number {
  // The store's cost was computed by this very function when the intervention was written.
  if (i.costCents !== undefined) return i.costCents;
  assertCents(i.oneOffCents, 'Eenmalige kosten');
  assertCents(i.rateCents, 'Tarief');
  return addCents(i.oneOffCents, mulDivRound([i.rateCents, i.quantity]));
}

/** A `voorgesteld` intervention has cost nothing yet; the other statuses count. */
export function isCounted(i: Pick<InterventionCalc, 'status'>): boolean {
  return COUNTED_INTERVENTION_STATUSES.includes(i.status);
}
