/**
 * The per-payer figures of a stored summary, year share or case figures (issue #13): only the
 * payers with a figure, as [payer, vermedenKosten, investering] tuples, and back. One encoding for
 * the three, so a payer is written and read the same way wherever it is stored.
 */
import type { PayerFigures } from '../../../shared/calc/payers';
import type { Payer } from '../../../shared/domain/enums';

export type EncodedPerPayer = [payer: Payer, vermedenKosten: number, investering: number][];

export function encodePerPayer(perPayer: Readonly<Record<Payer, PayerFigures>>): EncodedPerPayer {
  const encoded: EncodedPerPayer = [];
  for (const [payer, f] of Object.entries(perPayer) as [Payer, PayerFigures][]) {
    if (f.vermedenKosten !== 0 || f.investering !== 0) encoded.push([payer, f.vermedenKosten, f.investering]);
  }
  return encoded;
}

/**
 * The figures of a payer the case has none for: one frozen object shared by every stored row
 * decoded here. The businesscase decodes thousands of rows per read (issue #13), and ten fresh
 * objects a row add up; nothing writes to a case's figures once read (a write to this one would
 * throw, in a test first).
 */
const NO_FIGURES: Readonly<PayerFigures> = Object.freeze({ vermedenKosten: 0, investering: 0 });

/** Every payer's figures from the encoded tuples: the absent ones NO_FIGURES. */
export function decodePerPayer(encoded: EncodedPerPayer): Record<Payer, PayerFigures> {
  const Z = NO_FIGURES;
  const perPayer: Record<Payer, PayerFigures> = { wmo: Z, jeugd: Z, wlz: Z, zvw: Z, participatie: Z, schuldhulp: Z, woningcorporatie: Z, gemeente_overig: Z, overig: Z };
  // By index, not by destructuring: this runs for every case of every businesscase.
  for (let i = 0; i < encoded.length; i += 1) {
    const p = encoded[i] as EncodedPerPayer[number];
    perPayer[p[0]] = { vermedenKosten: p[1], investering: p[2] };
  }
  return perPayer;
}
