/** §3.3 attribution of a case's vermedenGecorrigeerd to sporen. */
import type { Spoor } from '../domain/enums';
import { allocate, allocateEqually, emptySporenRecord, partsToRecord } from './allocate';
import type { CaseSums } from './types';

export interface SporenAttribution {
  perSpoor: Record<Spoor, number>;
  /** What could not be attributed because the case has no sporen at all; keeps totals whole. */
  nietToegerekend: number;
}

/**
 * In proportion to the cost of the counted interventions per spoor (maatwerkbudget has no spoor
 * and no weight); with no such cost, equally over the sporen of the counted interventions; with
 * none of those, equally over the case's own sporen; otherwise nothing is attributed. Read from the
 * case's sums (caseSums.ts): the counted interventions' cost per spoor and the sporen that have one.
 */
export function attributeSums(amountCents: number, sporen: readonly Spoor[], sums: Pick<CaseSums, 'costPerSpoor' | 'countedSporen'>): SporenAttribution {
  const interventionSporen = sums.countedSporen;
  const weights = interventionSporen.map((key) => ({ key, weight: sums.costPerSpoor[key] }));
  const totalWeight = weights.reduce((acc, w) => acc + w.weight, 0);
  // A negative per-spoor cost (a correction booking) cannot be a proportion; fall back to equal.
  const proportional = totalWeight > 0 && weights.every((w) => w.weight >= 0);

  if (proportional) return { perSpoor: partsToRecord(allocate(amountCents, weights)), nietToegerekend: 0 };
  if (interventionSporen.length > 0) {
    return { perSpoor: partsToRecord(allocateEqually(amountCents, interventionSporen)), nietToegerekend: 0 };
  }
  if (sporen.length > 0) return { perSpoor: partsToRecord(allocateEqually(amountCents, sporen)), nietToegerekend: 0 };
  return { perSpoor: emptySporenRecord(), nietToegerekend: amountCents };
}
