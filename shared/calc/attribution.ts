/** §3.3 attribution of a case's vermedenGecorrigeerd to sporen. */
import { SPOREN, type Spoor } from '../domain/enums';
import { allocate, allocateEqually, emptySporenRecord, partsToRecord } from './allocate';
import { interventionCost, isCounted } from './interventionCost';
import { addCents } from './money';
import type { CaseCalc } from './types';

export interface SporenAttribution {
  perSpoor: Record<Spoor, number>;
  /** What could not be attributed because the case has no sporen at all; keeps totals whole. */
  nietToegerekend: number;
}

/**
 * In proportion to the cost of the counted interventions per spoor (maatwerkbudget has no spoor
 * and no weight); with no such cost, equally over the sporen of the counted interventions; with
 * none of those, equally over the case's own sporen; otherwise nothing is attributed.
 */
export function attributeToSporen(amountCents: number, c: Pick<CaseCalc, 'sporen' | 'interventions'>): SporenAttribution {
  const counted = c.interventions.filter(isCounted);
  const costPerSpoor = emptySporenRecord();
  for (const i of counted) costPerSpoor[i.spoor] = addCents(costPerSpoor[i.spoor], interventionCost(i));
  const interventionSporen = SPOREN.filter((s) => counted.some((i) => i.spoor === s));

  const weights = interventionSporen.map((key) => ({ key, weight: costPerSpoor[key] }));
  const totalWeight = weights.reduce((acc, w) => acc + w.weight, 0);
  // A negative per-spoor cost (a correction booking) cannot be a proportion; fall back to equal.
  const proportional = totalWeight > 0 && weights.every((w) => w.weight >= 0);

  if (proportional) return { perSpoor: partsToRecord(allocate(amountCents, weights)), nietToegerekend: 0 };
  if (interventionSporen.length > 0) {
    return { perSpoor: partsToRecord(allocateEqually(amountCents, interventionSporen)), nietToegerekend: 0 };
  }
  if (c.sporen.length > 0) return { perSpoor: partsToRecord(allocateEqually(amountCents, c.sporen)), nietToegerekend: 0 };
  return { perSpoor: emptySporenRecord(), nietToegerekend: amountCents };
}
