/**
 * Field text → the contract's own value. A form's schema is the channel's input schema (or a
 * `.pick`/`.extend` of it) with these wrapped around the fields a person types, so the form refuses
 * exactly what the server refuses and hands the server's own shape (cents, ISO dates) to onValid.
 */
import { format, isValid, parse } from 'date-fns';
import i18next from 'i18next';
import { z } from 'zod';
import { parseDutchQuantity, parseEuroInput } from '../../../../shared/format/euroInput';

/** How the person types a day: day-month-year with hyphens (Chromium's native date input shows mm/dd/yyyy on Debian). */
const DUTCH_DATE = /^\d{1,2}-\d{1,2}-\d{4}$/;

/** "5-3-2026" or "05-03-2026" → "2026-03-05"; null for a day the calendar does not have (31-02-2026). */
export function parseDutchDate(text: string): string | null {
  const s = text.trim();
  if (!DUTCH_DATE.test(s)) return null;
  const day = parse(s, 'd-M-yyyy', new Date(2000, 0, 1));
  return isValid(day) ? format(day, 'yyyy-MM-dd') : null;
}

/** "2026-03-05" → "05-03-2026", to prefill a date field; '' for no date. */
export function isoToDutchDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(day) ? format(day, 'dd-MM-yyyy') : iso;
}

interface Blank {
  /**
   * The i18n key of what is said when the field is left blank (read when the form is checked, so a
   * schema can be built when its module loads); without it a blank field is "not given" (undefined).
   */
  required?: string;
}

const blankOr = (text: string, ctx: z.RefinementCtx, opts: Blank): boolean => {
  if (text.trim() !== '') return false;
  if (opts.required) ctx.addIssue({ code: 'custom', message: i18next.t(opts.required) });
  return true;
};

/** Free text: blank → undefined (left out), otherwise trimmed; then the contract's rule (length). */
export function optionalText<S extends z.ZodType<unknown, string | undefined>>(contract: S) {
  return z
    .string()
    .transform((text) => (text.trim() === '' ? undefined : text.trim()))
    .pipe(contract);
}

/** A select or radio group: '' (or nothing chosen) → undefined, or the required message; then the contract's enum. */
export function choice<S extends z.ZodType<unknown, string | undefined>>(contract: S, opts: Blank = {}) {
  return z
    .string()
    .nullable()
    .transform((value, ctx) => {
      if (value !== null && value !== '') return value;
      if (opts.required) {
        ctx.addIssue({ code: 'custom', message: i18next.t(opts.required) });
        return z.NEVER;
      }
      return undefined;
    })
    .pipe(contract);
}

/**
 * A checkbox that narrows a query ("only vastgesteld", "include closed"): ticked → true, unticked →
 * left out, so an unticked filter asks exactly what the unfiltered screen asks.
 */
export function flag<S extends z.ZodType<unknown, boolean | undefined>>(contract: S) {
  return z
    .boolean()
    .transform((ticked): boolean | undefined => (ticked ? true : undefined))
    .pipe(contract);
}

/** Text that clears a stored value when emptied: blank → null (the update channels' "clear"). */
export function clearableText<S extends z.ZodType<unknown, string | null>>(contract: S) {
  return z
    .string()
    .transform((text) => (text.trim() === '' ? null : text.trim()))
    .pipe(contract);
}

/** A Dutch amount ("1.234,56") → integer cents by the one parser; blank → undefined. */
export function euroText<S extends z.ZodType<unknown, number | undefined>>(contract: S, opts: Blank = {}) {
  return z
    .string()
    .transform((text, ctx) => {
      if (blankOr(text, ctx, opts)) return opts.required ? z.NEVER : undefined;
      const parsed = parseEuroInput(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: i18next.t(`form.euro.${parsed.reason}`) });
        return z.NEVER;
      }
      return parsed.cents ?? undefined;
    })
    .pipe(contract);
}

/** A day typed as dd-mm-jjjj → ISO yyyy-mm-dd, checked with date-fns; blank → undefined. */
export function dateText<S extends z.ZodType<unknown, string | undefined>>(contract: S, opts: Blank = {}) {
  return z
    .string()
    .transform((text, ctx) => {
      if (blankOr(text, ctx, opts)) return opts.required ? z.NEVER : undefined;
      const iso = parseDutchDate(text);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: i18next.t('form.date.invalid') });
        return z.NEVER;
      }
      return iso;
    })
    .pipe(contract);
}

/**
 * A quantity or percentage as typed ("2,5", "37.25", "80") → a number; then the contract's bounds.
 * Blank → `blank` when given (an empty "Aantal" means 0 on some forms), else undefined or required.
 */
export function quantityText<S extends z.ZodType<unknown, number | undefined>>(
  contract: S,
  opts: Blank & { blank?: number; invalid?: string } = {},
) {
  return z
    .string()
    .transform((text, ctx) => {
      if (text.trim() === '' && opts.blank !== undefined) return opts.blank;
      if (blankOr(text, ctx, opts)) return opts.required ? z.NEVER : undefined;
      const value = parseDutchQuantity(text);
      if (value === null) {
        ctx.addIssue({ code: 'custom', message: i18next.t(opts.invalid ?? 'form.quantity.invalid') });
        return z.NEVER;
      }
      return value;
    })
    .pipe(contract);
}

/**
 * For a rule across fields (`.refine(…, { when: whenValid('a', 'b') })`): zod skips such a rule once
 * any field is wrong; this runs it as long as the fields it reads are fine, so one submit says
 * everything that is missing.
 */
export function whenValid(...names: string[]) {
  return ({ issues }: { issues: readonly { path?: readonly PropertyKey[] }[] }): boolean =>
    !issues.some((issue) => names.includes(String(issue.path?.[0])));
}
