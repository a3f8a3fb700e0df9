/** §3.4 per-payer figures: who saves and who invests. */
import { GEMEENTE_PAYERS, PAYERS, type Payer } from '../domain/enums';
import { addCents } from './money';

/** Before attribution (§3.2): reference minus actual per payer, and the investment per payer. */
export interface PayerFigures {
  vermedenKosten: number;
  investering: number;
}

export function emptyPerPayer(): Record<Payer, PayerFigures> {
  const perPayer = {} as Record<Payer, PayerFigures>;
  for (const payer of PAYERS) perPayer[payer] = { vermedenKosten: 0, investering: 0 };
  return perPayer;
}

export function addPayerFigures(a: PayerFigures, b: PayerFigures): PayerFigures {
  return {
    vermedenKosten: addCents(a.vermedenKosten, b.vermedenKosten),
    investering: addCents(a.investering, b.investering),
  };
}

/** Sum over the given payers; §3.4 gemeente = GEMEENTE_PAYERS only, totaal = every payer. */
function sumPayers(perPayer: Record<Payer, PayerFigures>, payers: readonly Payer[]): PayerFigures {
  return payers.reduce((acc, payer) => addPayerFigures(acc, perPayer[payer]), { vermedenKosten: 0, investering: 0 });
}

export function gemeenteFigures(perPayer: Record<Payer, PayerFigures>): PayerFigures {
  return sumPayers(perPayer, GEMEENTE_PAYERS);
}

export function totaalFigures(perPayer: Record<Payer, PayerFigures>): PayerFigures {
  return sumPayers(perPayer, PAYERS);
}
