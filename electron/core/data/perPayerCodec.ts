/**
 * The per-payer figures of a stored summary, year share or case figures (issue #13): only the
 * payers with a figure, as one flat run of numbers — the payer's place in PAYERS, its
 * vermedenKosten, its investering, the next payer's place, … — and back. One encoding for the
 * three, so a payer is written and read the same way wherever it is stored. Flat numbers, not a
 * [name, figures] pair per payer: parsing thousands per businesscase then makes one array per case
 * instead of one array and one string per payer, and that garbage was a large part of its time.
 * A payer's place is stored: PAYERS only grows at its end, and any other change to it raises
 * CASE_SUMMARY_VERSION and CASE_FIGURES_VERSION, so no row is read with another order.
 */
import type { PayerFigures } from '../../../shared/calc/payers';
import { PAYERS, type Payer } from '../../../shared/domain/enums';

export type EncodedPerPayer = number[];

export function encodePerPayer(perPayer: Readonly<Record<Payer, PayerFigures>>): EncodedPerPayer {
  const encoded: EncodedPerPayer = [];
  PAYERS.forEach((payer, place) => {
    const f = perPayer[payer];
    if (f.vermedenKosten !== 0 || f.investering !== 0) encoded.push(place, f.vermedenKosten, f.investering);
  });
  return encoded;
}

/**
 * The figures of a payer the case has none for: one frozen object shared by every stored row
 * decoded here. The businesscase decodes thousands of rows per read, and ten fresh objects a row
 * add up; nothing writes to a case's figures once read (a write to this one would throw, in a
 * test first).
 */
const NO_FIGURES: Readonly<PayerFigures> = Object.freeze({ vermedenKosten: 0, investering: 0 });

/** Every payer's figures from the encoded run, which starts at `from` in `encoded`: the absent payers NO_FIGURES. */
export function decodePerPayer(encoded: readonly (number | string | null)[], from = 0): Record<Payer, PayerFigures> {
  const Z = NO_FIGURES;
  const perPayer: Record<Payer, PayerFigures> = { wmo: Z, jeugd: Z, wlz: Z, zvw: Z, participatie: Z, schuldhulp: Z, woningcorporatie: Z, gemeente_overig: Z, overig: Z };
  // By index, not by destructuring: this runs for every case of every businesscase.
  for (let i = from; i + 2 < encoded.length; i += 3) {
    perPayer[PAYERS[encoded[i] as number] as Payer] = { vermedenKosten: encoded[i + 1] as number, investering: encoded[i + 2] as number };
  }
  return perPayer;
}
