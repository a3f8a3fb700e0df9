/**
 * §2.4 beleidsregels with effective dates (the weekbedrag caps and the surcharge ban). One concept,
 * one name: a beleidsregel is a `Rule` in code (glossary); its schema is RuleSchema in
 * shared/interchange/catalogues.ts.
 */

export const RULE_KINDS = [
  'jeugd_weekbedrag_plafond',
  'wmo_extramuraal_weekbedrag_plafond',
  'onderaannemer_opslag_verboden',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface Rule {
  id: string;
  kind: RuleKind;
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
export function ruleInForce(rules: readonly Rule[], kind: RuleKind, onDate: string): Rule | null {
  let best: Rule | null = null;
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
export function capInForce(rules: readonly Rule[], kind: RuleKind, onDate: string): number | null {
  return ruleInForce(rules, kind, onDate)?.valueCents ?? null;
}
