/**
 * The building blocks every interchange schema (PRODUCT.md §4) shares. Dutch messages: they reach
 * the person who chose the file, so they say what is wrong and what is expected.
 */
import { z } from 'zod';
import '../ipc/zodLocale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day: '2024-02-29' yes, '2023-02-29' and '2024-13-01' no. */
function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, y = '', m = '', d = ''] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** A calendar day as ISO 'YYYY-MM-DD' (dates are days, never instants). */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'Datum moet de vorm JJJJ-MM-DD hebben, bijvoorbeeld 2024-03-05.')
  .refine(isRealIsoDate, 'Deze datum bestaat niet in de kalender; controleer dag en maand.');

/** A moment (status changes, export time): ISO 8601 with a zone, e.g. 2024-03-05T10:15:00Z. */
export const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'Tijdstip moet ISO 8601 zijn met tijdzone, bijvoorbeeld 2024-03-05T10:15:00Z.',
});

/**
 * The largest amount anywhere (a price, a weekbedrag, a maatwerkbudget): € 1.000.000.000,00 — the
 * amount fields refuse more as a typing error (shared/format/euroInput.ts).
 */
export const MAX_CENTS = 100_000_000_000;
/**
 * The largest quantity of a line. With MAX_CENTS it keeps every line's exact product (amount ×
 * quantity × percentage) below 2^53, so the engine can always compute it to the cent; a larger
 * pair was accepted by the schema and then failed in the engine (found by the fuzzing of #12).
 */
const MAX_QUANTITY = 50_000;

/** Money is always an exact whole number of euro cents (never a float, never negative as input). */
export const cents = z
  .number()
  .int('Bedrag moet een geheel aantal centen zijn (bijvoorbeeld 150000 voor € 1.500,00).')
  .min(0, 'Bedrag mag niet negatief zijn.')
  .max(MAX_CENTS, 'Bedrag mag hoogstens € 1.000.000.000,00 zijn.');

/** Quantities may be fractional (2.5 weken) but never negative; zod 4 already refuses Infinity/NaN. */
export const quantity = z.number().min(0, 'Aantal mag niet negatief zijn.').max(MAX_QUANTITY, 'Aantal mag hoogstens 50.000 zijn.');

/** A percentage 0–100 (kans, toerekening, opslag). */
export const percentage = z
  .number()
  .min(0, 'Percentage moet tussen 0 en 100 liggen.')
  .max(100, 'Percentage moet tussen 0 en 100 liggen.');

/** Stable identifiers: short, no spaces, safe in file names, URLs and CSV cells. */
export const identifier = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/,
    'Id mag alleen letters, cijfers en . _ : - bevatten (maximaal 64 tekens, geen spaties).',
  );

/**
 * Case codes are pseudonyms (§5: a pseudonymised export carries the code only), so the format is
 * strict: a name can never be smuggled in as a code. E.g. BLO-2024-017.
 */
export const CASE_CODE = /^([A-Z]{2,6})-(\d{4})-(\d{3,6})$/;
export const caseCode = z
  .string()
  .regex(CASE_CODE, 'Casuscode moet de vorm WIJK-JAAR-NUMMER hebben, bijvoorbeeld BLO-2024-017.');

/** A short label or name (one line). */
export const shortText = z.string().trim().min(1, 'Vul een waarde in.').max(200, 'Maximaal 200 tekens.');

/** Free text (notes, motivation): bounded so a broken file cannot fill the store. */
export const longText = z.string().max(10_000, 'Maximaal 10.000 tekens.');

/**
 * The source of a figure (a price, a multiplier, a beleidsregel): never empty, because the app
 * never shows a figure without saying where it comes from (PRODUCT.md §2.4, §3.7).
 */
export const sourceText = z
  .string()
  .trim()
  .min(1, 'Vul de bron in: publicatie of contract, jaar en, waar het kan, het letterlijke citaat.')
  .max(10_000, 'Maximaal 10.000 tekens.');
