/**
 * Issue #14 item 4, no double counting with other measures: a reference line ("zonder aanpak") for
 * care that an active beleidsregel already caps would book, as a saving of the approach, money that
 * measure 4 (jeugd weekbedrag above € 4.000 without approval of the hoog-weekbedragtafel) or
 * measure 17 (Wmo extramural above € 800 per week) already takes away. Such a line is flagged, and
 * the part above the cap is reported as "waarvan al begrensd door beleid": a figure beside the
 * saving, not taken off it, so the tafel sees both (DOMAIN.md §1.9 item 4, §4 open question 6).
 *
 * Decisions:
 *  - Only lines priced per week, day or night have a weekbedrag (a day or night is 1/7 of a week);
 *    a line per hour, month, year or one-off is never flagged (no exact weekbedrag).
 *  - Jeugd: every line paid by `jeugd`, whatever its setting. Wmo: only a line paid by `wmo` whose
 *    setting is `extramuraal` (beschermd wonen is intramural and not capped).
 *  - The cap is the rule in force on the case's reference date (else its registration date). A
 *    granted hoog-weekbedrag besluit of the case raises the jeugd cap to its approved maximum:
 *    above the cap *with* approval is allowed care, not care the measure takes away.
 *  - The amount: (weekbedrag − cap) × weeks × probabilityPct / 100 with weeks = quantity × days / 7,
 *    one rounding half away from zero, exact in integers: (unitCost × 7 − cap × days) × quantity ×
 *    probabilityPct / 700.
 */
import { GRANTING_OUTCOMES, type Unit } from '../domain/enums';
import { capInForce, type Rule, type RuleKind } from './beleidsregels';
import { addCents } from './money';
import { mulDivRound } from './rounding';
import type { CaseCalc, EscalationCalc, PolicyCapCandidate } from './types';

type PolicyCapKind = Extract<RuleKind, 'jeugd_weekbedrag_plafond' | 'wmo_extramuraal_weekbedrag_plafond'>;

/** Days in one unit of a line that has a weekbedrag. */
const DAYS_PER_UNIT: Partial<Record<Unit, number>> = { week: 7, dag: 1, nacht: 1 };

export interface PolicyCappedLine {
  rule: PolicyCapKind;
  /** The cap per week that applies (the approved maximum when a besluit raised it). */
  capCents: number;
  /** The line's unit cost as a weekbedrag, rounded to whole cents for display only. */
  weeklyCents: number;
  /** "waarvan al begrensd door beleid" of this line, in cents. */
  begrensdCents: number;
}

/** The highest weekly maximum a granted hoog-weekbedrag besluit of the case allows, or null. */
export function approvedJeugdMaximum(escalations: readonly EscalationCalc[]): number | null {
  let max: number | null = null;
  for (const e of escalations) {
    const b = e.besluit;
    if (e.target !== 'jeugd_weekbedrag' || b === undefined || !GRANTING_OUTCOMES.includes(b.outcome) || b.approvedWeeklyCents === undefined) continue;
    if (max === null || b.approvedWeeklyCents > max) max = b.approvedWeeklyCents;
  }
  return max;
}

/** The cap kind that could apply to a line, whatever the rules say (null: no beleidsregel caps it). */
function capKindOf(line: PolicyCapCandidate): PolicyCapKind | null {
  if (DAYS_PER_UNIT[line.unit] === undefined) return null;
  if (line.payer === 'jeugd') return 'jeugd_weekbedrag_plafond';
  if (line.payer === 'wmo' && line.setting === 'extramuraal') return 'wmo_extramuraal_weekbedrag_plafond';
  return null;
}

/**
 * Whether a beleidsregel could cap this line at all (jeugd, or Wmo extramural, priced per week, day
 * or night). The store's summed cases keep exactly these reference lines (data/caseSums.ts says the
 * same in SQL; caseSums.test.ts proves both agree).
 */
export function mayBePolicyCapped(line: PolicyCapCandidate): boolean {
  return capKindOf(line) !== null;
}

/** Whether and how far an active beleidsregel already caps this reference line (null: not at all). */
export function policyCappedLine(line: PolicyCapCandidate, rules: readonly Rule[], onDate: string, approvedJeugdMax: number | null = null): PolicyCappedLine | null {
  const rule = capKindOf(line);
  const days = DAYS_PER_UNIT[line.unit];
  if (rule === null || days === undefined) return null;
  const inForce = capInForce(rules, rule, onDate);
  if (inForce === null) return null;
  const capCents = rule === 'jeugd_weekbedrag_plafond' && approvedJeugdMax !== null && approvedJeugdMax > inForce ? approvedJeugdMax : inForce;
  const aboveTimesSeven = line.unitCostCents * 7 - capCents * days;
  if (aboveTimesSeven <= 0) return null;
  return {
    rule,
    capCents,
    weeklyCents: mulDivRound([line.unitCostCents, 7], days),
    begrensdCents: mulDivRound([aboveTimesSeven, line.quantity, line.probabilityPct], 700),
  };
}

/** The day a case's caps are taken on: its reference date, else its registration. */
export function capDate(c: Pick<CaseCalc, 'referenceDate' | 'registeredOn'>): string {
  return c.referenceDate ?? c.registeredOn;
}

/**
 * Σ begrensdCents over the case's reference lines (`reference`: at least those mayBePolicyCapped
 * keeps, CaseSums.cappableReference): the case's "waarvan al begrensd door beleid".
 */
export function begrensdDoorBeleid(
  c: Pick<CaseCalc, 'escalations' | 'referenceDate' | 'registeredOn'>,
  reference: readonly PolicyCapCandidate[],
  rules: readonly Rule[],
): number {
  if (rules.length === 0) return 0;
  const approved = approvedJeugdMaximum(c.escalations);
  const onDate = capDate(c);
  return reference.reduce((acc, l) => addCents(acc, policyCappedLine(l, rules, onDate, approved)?.begrensdCents ?? 0), 0);
}
