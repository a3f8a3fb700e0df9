/** §2.4 beleidsregels with effective dates (the weekbedrag caps and the surcharge ban). */

export const BELEIDSREGEL_KINDS = [
  'jeugd_weekbedrag_plafond',
  'wmo_extramuraal_weekbedrag_plafond',
  'onderaannemer_opslag_verboden',
] as const;
export type BeleidsRegelKind = (typeof BELEIDSREGEL_KINDS)[number];

export interface BeleidsRegel {
  id: string;
  kind: BeleidsRegelKind;
  /** The cap in cents per week; null for rules without an amount (the surcharge ban). */
  valueCents: number | null;
  effectiveFrom: string;
  /** Last day in force (inclusive); null = open-ended. */
  effectiveTo: string | null;
  source: string;
}

/**
 * The rule of this kind in force on the date (effectiveFrom ≤ date ≤ effectiveTo). When periods
 * overlap, the one that started latest wins: a newer rule supersedes an older one not yet closed.
 */
export function ruleInForce(rules: readonly BeleidsRegel[], kind: BeleidsRegelKind, onDate: string): BeleidsRegel | null {
  let best: BeleidsRegel | null = null;
  for (const rule of rules) {
    if (rule.kind !== kind || rule.effectiveFrom > onDate) continue;
    if (rule.effectiveTo !== null && rule.effectiveTo < onDate) continue;
    if (best === null || rule.effectiveFrom > best.effectiveFrom || (rule.effectiveFrom === best.effectiveFrom && rule.id > best.id)) {
      best = rule;
    }
  }
  return best;
}

/** The cap in force on the date, in cents per week, or null when there is none. */
export function capInForce(rules: readonly BeleidsRegel[], kind: BeleidsRegelKind, onDate: string): number | null {
  return ruleInForce(rules, kind, onDate)?.valueCents ?? null;
}
