/**
 * What a person types into an amount or quantity field, read the Dutch way ("1.234,56"), turned
 * into exact values. Money is parsed as text into integer cents, never through a float
 * multiplication (0.29 × 100 is 28.999… in binary floating point).
 */

/** Up to 13 whole-euro digits stays far inside Number.MAX_SAFE_INTEGER cents. */
const MAX_EURO_DIGITS = 13;

const DIGITS = /^\d+$/;
/** 1.234.567 — a first group of 1–3 digits, then groups of exactly three. */
const GROUPED = /^\d{1,3}(\.\d{3})+$/;

/**
 * "1.234,56", "1234,5", "€ 12", "12.50" → cents (123456, 123450, 1200, 1250); null when the text
 * is not a non-negative amount with at most two decimals. Blank text is null too: the caller
 * decides whether blank means zero.
 *
 * A comma is the decimal separator and dots are thousands separators. Without a comma, dots that
 * group by three are thousands ("1.234" is € 1.234,00); a single dot followed by one or two
 * digits is read as a decimal point ("12.50"), as people paste amounts from English sources.
 */
export function parseEuroToCents(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/^€/, '').replace(/^eur(o)?/i, '');
  if (s === '') return null;

  let whole: string;
  let fraction: string;
  const comma = s.split(',');
  if (comma.length > 2) return null;
  if (comma.length === 2) {
    [whole = '', fraction = ''] = comma;
    if (fraction.length === 0 || !DIGITS.test(fraction)) return null; // "12," is unfinished
  } else if (DIGITS.test(s) || GROUPED.test(s)) {
    whole = s;
    fraction = '';
  } else {
    const dot = /^(\d+)\.(\d{1,2})$/.exec(s);
    if (dot === null) return null;
    whole = dot[1] ?? '';
    fraction = dot[2] ?? '';
  }

  if (whole === '') whole = '0'; // ",50" is fifty cents
  if (GROUPED.test(whole)) whole = whole.replace(/\./g, '');
  if (!DIGITS.test(whole) || fraction.length > 2) return null;
  whole = whole.replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_EURO_DIGITS) return null;

  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** An amount in cents as the person would type it back ("1234,56"), for prefilling a field. */
export function centsToEuroInput(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`not a non-negative amount of cents: ${String(cents)}`);
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${String(euros)},${String(rest).padStart(2, '0')}`;
}

/**
 * A quantity such as "2,5" (weeks) or "37.25" (hours) → 2.5 / 37.25; null when it is not a
 * non-negative number. Quantities may be fractional (§3.1); the server rounds the amounts.
 * Thousands separators are not accepted here: "1.500" would be ambiguous for a quantity.
 */
export function parseDutchQuantity(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d+([.,]\d+)?$/.test(s)) return null;
  const value = Number(s.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
