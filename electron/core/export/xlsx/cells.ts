/**
 * The cells of every XLSX export. Amounts are real numbers (cents / 100, exactly the division the
 * screens format) under a euro number format, so a spreadsheet sums them; dates are dates. Text
 * is always written as a string cell, never as a formula, so a case code or a wijk name that
 * starts with "=" cannot run in Excel (PRODUCT.md §5, formula injection).
 */
import type { Cell, CellObject } from 'write-excel-file/node';
import { formatRatio } from '../../../../shared/format/money';

/** Excel's own Dutch euro format (locale 413 = nl-NL): "€ 1.234,56", a negative as "€ -1.234,56". */
const EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00';
const DATE_FORMAT = 'dd-mm-yyyy';
const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm';

export const text = (value: string): CellObject => ({ type: String, value });

export const heading = (value: string): CellObject => ({ type: String, value, fontWeight: 'bold', wrap: true });

export function euro(cents: number): CellObject {
  if (!Number.isSafeInteger(cents)) throw new Error(`not an integer amount of cents: ${cents}`);
  return { type: Number, value: cents / 100, format: EURO_FORMAT };
}

/** A count, or "<5" when small-cell suppression hid it (smallCells.ts decides). */
export function count(value: number | string): CellObject {
  return typeof value === 'number' ? { type: Number, value } : { type: String, value, align: 'right' };
}

/** A median or an average: a number with decimals as they are, or empty when there is none. */
export function decimal(value: number | null): Cell {
  return value === null ? null : { type: Number, value, format: '0.##' };
}

/** rendementPerEuro as a number with 2 decimals, or the text "n.v.t." without investment (§3.2). */
export function ratio(value: number | null): CellObject {
  return value === null ? { type: String, value: formatRatio(null), align: 'right' } : { type: Number, value, format: '0.00' };
}

/** An ISO calendar day as a date cell (midnight UTC: the day itself, in every time zone). */
export function date(iso: string | null): Cell {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { type: Date, value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), format: DATE_FORMAT };
}

/**
 * A moment as a date-time cell showing the machine's local wall-clock time (the time the person
 * saw when they made the export): the spreadsheet has no time zones, so the local time is written.
 */
export function moment(d: Date): CellObject {
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()));
  return { type: Date, value: local, format: DATE_TIME_FORMAT };
}
