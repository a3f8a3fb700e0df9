/**
 * A euro amount as a Dutch person types it ("1.234,56", "€ 1.250", "1250,-") to integer cents,
 * by string parsing only: no float ever holds the amount, so 0,29 is 29 cents, not 28.999….
 * The one parser for every euro field; the caller shows the refusal through i18n by its reason.
 */
import { MAX_CENTS } from '../interchange/primitives';

type EuroRefusal = 'format' | 'decimals' | 'negative' | 'tooLarge' | 'decimalPoint';

export type EuroParse = { ok: true; cents: number | null } | { ok: false; reason: EuroRefusal };

/** Whole euros: plain digits, or groups of three separated by dots (1.234.567). */
const WHOLE = /^(?:\d+|\d{1,3}(?:\.\d{3})+)$/;


/**
 * Empty (or only "€") is `cents: null`: the field was left blank. A comma separates the cents (at
 * most two digits; ",-" means whole euros); dots only group thousands. "12.50" is refused rather
 * than guessed, because in Dutch "12.500" is twelve thousand five hundred.
 */
export function parseEuroInput(text: string): EuroParse {
  let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s.startsWith('€')) s = s.slice(1).trim();
  if (s.endsWith('€')) s = s.slice(0, -1).trim();
  if (s === '') return { ok: true, cents: null };
  if (s.startsWith('-') || s.startsWith('−')) return { ok: false, reason: 'negative' };
  if (s.startsWith('+')) s = s.slice(1).trim();

  const parts = s.split(',');
  if (parts.length > 2) return { ok: false, reason: 'format' };
  const whole = parts[0] ?? '';
  let fraction = parts[1] ?? '';
  if (fraction === '-' || fraction === '--') fraction = '';
  else if (parts.length === 2 && !/^\d+$/.test(fraction)) return { ok: false, reason: 'format' };
  if (fraction.length > 2) return { ok: false, reason: 'decimals' };

  if (whole === '' && fraction === '') return { ok: false, reason: 'format' };
  if (whole !== '' && !WHOLE.test(whole)) {
    // "12.5" or "12.50" with no comma: an English decimal point, refused with its own advice.
    return parts.length === 1 && /^\d+\.\d{1,2}$/.test(whole) ? { ok: false, reason: 'decimalPoint' } : { ok: false, reason: 'format' };
  }

  const euroDigits = whole.replaceAll('.', '').replace(/^0+(?=\d)/, '');
  if (euroDigits.length > 12) return { ok: false, reason: 'tooLarge' };
  const cents = Number(euroDigits === '' ? '0' : euroDigits) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, reason: 'tooLarge' };
  return { ok: true, cents };
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
