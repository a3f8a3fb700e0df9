/**
 * §3.7 maatschappelijk rendement (indicatief): cost × published multiplier per intervention type,
 * with its source. Reported on its own and never added to the §3.2–3.3 savings (double counting).
 */
import type { Spoor } from '../domain/enums';
import { interventionCost, isCounted } from './interventionCost';
import { addCents } from './money';
import { mulDivRound } from './rounding';
import type { InterventionCalc } from './types';

export interface InterventionTypeCalc {
  id: string;
  spoor: Spoor;
  name: string;
  multiplier: number | null;
  multiplierSource: string | null;
}

interface MaatschappelijkRow {
  typeId: string;
  name: string;
  spoor: Spoor;
  costCents: number;
  multiplier: number;
  /** round(cost × multiplier), exact decimal arithmetic, half away from zero. */
  indicativeReturnCents: number;
  source: string | null;
}

export interface MaatschappelijkRendement {
  rows: MaatschappelijkRow[];
  /** Sum of the indicative returns only; deliberately not combined with any saving. */
  totalIndicativeReturnCents: number;
}

/** Only types with a multiplier appear; cost counts the interventions that happened (§3.2). */
export function computeMaatschappelijkRendement(
  interventions: readonly InterventionCalc[],
  types: readonly InterventionTypeCalc[],
): MaatschappelijkRendement {
  const costPerType = new Map<string, number>();
  for (const i of interventions) {
    if (isCounted(i)) costPerType.set(i.type, addCents(costPerType.get(i.type) ?? 0, interventionCost(i)));
  }
  return maatschappelijkFromCosts(costPerType, types);
}

/**
 * The same from the counted interventions' cost per type, summed already (the store sums the
 * stored amounts in SQL, issue #13); a type without an entry cost nothing.
 */
export function maatschappelijkFromCosts(costPerType: ReadonlyMap<string, number>, types: readonly InterventionTypeCalc[]): MaatschappelijkRendement {
  const rows: MaatschappelijkRow[] = [];
  for (const type of types) {
    if (type.multiplier === null) continue;
    const costCents = costPerType.get(type.id) ?? 0;
    rows.push({
      typeId: type.id,
      name: type.name,
      spoor: type.spoor,
      costCents,
      multiplier: type.multiplier,
      indicativeReturnCents: mulDivRound([costCents, type.multiplier]),
      source: type.multiplierSource,
    });
  }
  return { rows, totalIndicativeReturnCents: rows.reduce((acc, r) => addCents(acc, r.indicativeReturnCents), 0) };
}
