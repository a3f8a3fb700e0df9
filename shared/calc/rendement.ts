/** §3.2 rendementsberekening per casus. */
import { GRANTING_OUTCOMES, type Payer, type Spoor } from '../domain/enums';
import { attributeToSporen } from './attribution';
import { begrensdDoorBeleid } from './beleidBegrensd';
import type { Rule } from './beleidsregels';
import { costLineAmount } from './costLine';
import { interventionCost, isCounted } from './interventionCost';
import { addCents, assertCents, subCents } from './money';
import { emptyPerPayer, type PayerFigures } from './payers';
import { mulDivRound, roundRatio } from './rounding';
import type { CaseCalc, CostLine, EscalationCalc } from './types';

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

function sumLines(lines: readonly CostLine[], perPayer: Record<Payer, PayerFigures>, sign: 1 | -1): number {
  let total = 0;
  for (const line of lines) {
    const amount = costLineAmount(line);
    total = addCents(total, amount);
    const payer = perPayer[line.payer];
    payer.vermedenKosten = addCents(payer.vermedenKosten, sign * amount);
  }
  return total;
}

function sumEvidenceA(lines: readonly CostLine[]): number {
  return lines.filter((l) => l.evidence === 'A').reduce((acc, l) => addCents(acc, costLineAmount(l)), 0);
}

/** `rules`: the beleidsregels for "waarvan al begrensd door beleid"; without them that figure is 0. */
export function computeCaseRendement(c: CaseCalc, rules: readonly Rule[] = []): CaseRendement {
  const perPayer = emptyPerPayer();
  const referenceCents = sumLines(c.reference, perPayer, 1);
  const actualCents = sumLines(c.actual, perPayer, -1);
  const vermedenKosten = subCents(referenceCents, actualCents);
  const vermedenGecorrigeerd = applyAttribution(vermedenKosten, c.attributionPct);
  const vermedenZeker = applyAttribution(subCents(sumEvidenceA(c.reference), sumEvidenceA(c.actual)), c.attributionPct);

  let investering = 0;
  for (const i of c.interventions) {
    if (!isCounted(i)) continue;
    const cost = interventionCost(i);
    investering = addCents(investering, cost);
    perPayer[i.payer].investering = addCents(perPayer[i.payer].investering, cost);
  }
  for (const e of c.escalations) {
    const budget = grantedMaatwerkbudget(e);
    if (budget === null) continue;
    investering = addCents(investering, budget.cents);
    perPayer[budget.payer].investering = addCents(perPayer[budget.payer].investering, budget.cents);
  }

  const { perSpoor, nietToegerekend } = attributeToSporen(vermedenGecorrigeerd, c);
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
    begrensdDoorBeleid: begrensdDoorBeleid(c, rules),
  };
}
