/** §3.2 rendementsberekening per casus. */
import { GRANTING_OUTCOMES, PAYERS, type Payer, type Spoor } from '../domain/enums';
import { attributeSums } from './attribution';
import { begrensdDoorBeleid } from './beleidBegrensd';
import type { Rule } from './beleidsregels';
import { sumsOf } from './caseSums';
import { addCents, assertCents, subCents } from './money';
import type { PayerFigures } from './payers';
import { mulDivRound, roundRatio } from './rounding';
import type { BusinesscaseCase, CaseSums, EscalationCalc } from './types';

export interface CaseRendement {
  referenceCents: number;
  actualCents: number;
  vermedenKosten: number;
  vermedenGecorrigeerd: number;
  vermedenZeker: number;
  investering: number;
  nettoRendement: number;
  /** Rounded to 2 decimals; null when investering is 0 (the UI shows "n.v.t."). */
  rendementPerEuro: number | null;
  perPayer: Record<Payer, PayerFigures>;
  perSpoor: Record<Spoor, number>;
  nietToegerekend: number;
  /**
   * Issue #14 item 4: the part of the reference that an active beleidsregel already caps (cents,
   * before attribution); shown beside vermedenKosten, never taken off it (./beleidBegrensd.ts).
   */
  begrensdDoorBeleid: number;
}

/** vermedenGecorrigeerd / investering, 2 decimals, half away from zero; null when not defined. */
export function rendementPerEuro(vermedenGecorrigeerd: number, investering: number): number | null {
  if (investering === 0) return null;
  return roundRatio(BigInt(vermedenGecorrigeerd), BigInt(investering), 2);
}

/** One exact rounding: roundHalfAwayFromZero(amount × attributionPct / 100). */
function applyAttribution(amountCents: number, attributionPct: number): number {
  return mulDivRound([amountCents, attributionPct], 100);
}

/** The maatwerkbudget a besluit grants, or null when it grants none (§2.3: it becomes a cost). */
export function grantedMaatwerkbudget(e: EscalationCalc): { cents: number; payer: Payer } | null {
  const besluit = e.besluit;
  if (besluit === undefined || !GRANTING_OUTCOMES.includes(besluit.outcome)) return null;
  const cents = besluit.maatwerkbudgetCents ?? 0;
  if (cents === 0) return null;
  return { cents: assertCents(cents, 'Maatwerkbudget'), payer: besluit.payer ?? 'gemeente_overig' };
}

/** The §3.2 avoided costs: reference minus actual, after attribution, and on evidence A only. */
export interface Vermeden {
  vermedenKosten: number;
  vermedenGecorrigeerd: number;
  vermedenZeker: number;
}

/**
 * §3.2's avoided costs of a case, from its sums. No investering, maatwerkbudget, attribution per
 * spoor or beleidsregel enters them, so the §3.8 view spreads these without the rest of §3.2.
 */
export function vermedenOf(c: Pick<BusinesscaseCase, 'attributionPct'>, sums: CaseSums): Vermeden {
  const vermedenKosten = subCents(sums.referenceCents, sums.actualCents);
  return {
    vermedenKosten,
    vermedenGecorrigeerd: applyAttribution(vermedenKosten, c.attributionPct),
    vermedenZeker: applyAttribution(subCents(sums.referenceEvidenceACents, sums.actualEvidenceACents), c.attributionPct),
  };
}

/**
 * §3.2 for one case. Its lines and interventions are read through their sums (caseSums.ts): a case
 * the store summed in SQL gives the same figures as the same case with every row. `rules`: the
 * beleidsregels for "waarvan al begrensd door beleid"; without them that figure is 0.
 */
export function computeCaseRendement(c: BusinesscaseCase, rules: readonly Rule[] = []): CaseRendement {
  const sums = sumsOf(c);
  const perPayer = {} as Record<Payer, PayerFigures>;
  for (const payer of PAYERS) perPayer[payer] = { vermedenKosten: sums.perPayer[payer].vermedenKosten, investering: sums.perPayer[payer].investering };
  const referenceCents = sums.referenceCents;
  const actualCents = sums.actualCents;
  const { vermedenKosten, vermedenGecorrigeerd, vermedenZeker } = vermedenOf(c, sums);

  let investering = 0;
  for (const payer of PAYERS) investering = addCents(investering, sums.perPayer[payer].investering);
  for (const e of c.escalations) {
    const budget = grantedMaatwerkbudget(e);
    if (budget === null) continue;
    investering = addCents(investering, budget.cents);
    perPayer[budget.payer].investering = addCents(perPayer[budget.payer].investering, budget.cents);
  }

  const { perSpoor, nietToegerekend } = attributeSums(vermedenGecorrigeerd, c.sporen, sums);
  return {
    referenceCents,
    actualCents,
    vermedenKosten,
    vermedenGecorrigeerd,
    vermedenZeker,
    investering,
    nettoRendement: subCents(vermedenGecorrigeerd, investering),
    rendementPerEuro: rendementPerEuro(vermedenGecorrigeerd, investering),
    perPayer,
    perSpoor,
    nietToegerekend,
    begrensdDoorBeleid: begrensdDoorBeleid(c, sums.cappableReference, rules),
  };
}
