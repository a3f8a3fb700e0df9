import { formatLocalMoment } from '../../../shared/format/date';
import { formatEuroPlain, formatRatio } from '../../../shared/format/money';
import { contextLines, type ExportContext } from './exportContext';

/**
 * CSV as Dutch spreadsheet programs read it: `;` between fields (the comma is the decimal sign),
 * CRLF line ends, a BOM so Excel takes UTF-8. Text cells that a spreadsheet would run as a formula
 * are defused with a leading apostrophe (OWASP "CSV injection"), since exports leave the store.
 * Numbers are never defused: `'-1.234,56` would be text that no spreadsheet can sum, so a negative
 * saving must reach the file as a number (PRODUCT.md §5).
 */
export type CsvCell = string | number | CsvNumber | null | undefined;

/** A number already written in Dutch notation ("-1.234,56"): a spreadsheet reads it as a number. */
export class CsvNumber {
  private constructor(readonly text: string) {}

  /** An amount of cents in euros, as every screen shows it under a "(€)" heading. */
  static euro(cents: number): CsvNumber {
    return new CsvNumber(formatEuroPlain(cents));
  }

  static ratio(value: number): CsvNumber {
    return new CsvNumber(formatRatio(value));
  }

  /** Any other number (a count, a median, an average): Dutch decimal comma, no grouping. */
  static of(value: number): CsvNumber {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return new CsvNumber(DECIMAL.format(value));
  }
}

/** rendementPerEuro as the screens show it ("1,53"), or the text "n.v.t." without investment (§3.2). */
export function csvRatio(value: number | null): CsvCell {
  return value === null ? formatRatio(null) : CsvNumber.ratio(value);
}

const DECIMAL = new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 20 });
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof CsvNumber || typeof value === 'number') {
    // A number cannot start a formula; only quote it (its decimal comma is not the separator).
    return value instanceof CsvNumber ? value.text : CsvNumber.of(value).text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table, and under it (after one empty row) what the file is: "Toelichting", then the subject,
 * the moment, the filters, the kengetallen versions and the pseudonymisation, one `label;value`
 * row each (exportContext.ts, the same lines as the XLSX sheet Toelichting). Under the table, not
 * above it: the header stays the first row, so a spreadsheet's import, a filter or a pivot takes
 * row 1 as the column names and every row that parses the file by header keeps working; the empty
 * row ends the table for a spreadsheet ("current region"), so the notes are never summed with it.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], context?: ExportContext): string {
  const notes: CsvCell[][] = context === undefined ? [] : [[], ['Toelichting'], ...contextLines(context, (d) => formatLocalMoment(d)).map(([k, v]) => [k, v])];
  const lines = [header, ...rows, ...notes].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
