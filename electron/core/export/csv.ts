/**
 * CSV as Dutch spreadsheet programs read it: `;` between fields (the comma is the decimal sign),
 * CRLF line ends, a BOM so Excel takes UTF-8. Cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe (OWASP "CSV injection"), since exports leave the store.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
