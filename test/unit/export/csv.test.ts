import { describe, expect, it } from 'vitest';
import { csvCell, CsvNumber, csvRatio, toCsv } from '../../../electron/core/export/csv';
import { businesscaseCsv } from '../../../electron/core/export/businesscaseCsv';
import type { ExportContext } from '../../../electron/core/export/exportContext';
import { suppressCount, suppressCounts } from '../../../electron/core/export/smallCells';
import type { Businesscase } from '../../../shared/calc';

/** A context as exportContext.ts makes it; the moment in local time, so the test reads the same in any time zone. */
const CONTEXT: ExportContext = {
  subject: 'Businesscase',
  madeAt: new Date(2025, 5, 2, 9, 5),
  filters: [['Filter jaar', '2024'], ['Filter wijk', '=HYPERLINK("x")']],
  priceListVersions: ['Kengetallenversies', 'test-2025'],
  pseudonymised: ['Gepseudonimiseerd', 'nee: volledige export met alle aantallen'],
  provenance: { datasetSha256: 'ab'.repeat(32), recompute: ['werkbank', 'export'] },
  provenanceLines: [],
};

describe('§5 CSV text cells are protected against formula injection', () => {
  it.each(['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '-1.234,56', '@SUM(A1)', '\tcmd'])('defuses the text %j with a leading apostrophe', (v) => {
    expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/);
  });

  it('quotes cells containing the separator, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(toCsv(['a', 'b'], [['1', null]])).toBe('\uFEFFa;b\r\n1;\r\n');
  });
});

describe('§5 CSV numbers stay numbers, negative ones too (a spreadsheet must be able to sum them)', () => {
  it('writes a negative amount of cents as a Dutch number without an apostrophe', () => {
    expect(csvCell(CsvNumber.euro(-123456))).toBe('-1.234,56');
    expect(csvCell(CsvNumber.euro(-5))).toBe('-0,05');
  });

  it('writes plain numbers with a decimal comma and never defuses them', () => {
    expect(csvCell(-1250)).toBe('-1250');
    expect(csvCell(1.5)).toBe('1,5');
    expect(csvCell(CsvNumber.of(-0.25))).toBe('-0,25');
  });

  it('writes rendementPerEuro with two decimals, and "n.v.t." as text without investment', () => {
    expect(csvCell(csvRatio(-0.5))).toBe('-0,50');
    expect(csvCell(csvRatio(null))).toBe('n.v.t.');
  });

  it('a businesscase with a negative saving reaches the file as numbers in every amount column', () => {
    const negative = {
      referenceCents: 10_000, actualCents: 133_456, vermedenKosten: -123_456, vermedenGecorrigeerd: -123_456,
      vermedenZeker: -123_456, investering: 5_000, nettoRendement: -128_456, rendementPerEuro: -24.69, begrensdDoorBeleid: 0,
    };
    const bc = { ...negative, cases: [{ code: 'BLO-2024-001', wijk: 'Bloemhof', calculationStatus: 'concept', ...negative }], vastgesteld: negative, perWijk: {} } as unknown as Businesscase;
    const caseRow = businesscaseCsv(bc, CONTEXT).split('\r\n')[1]!.split(';');
    expect(caseRow.slice(3)).toEqual(['100,00', '1.334,56', '-1.234,56', '-1.234,56', '-1.234,56', '50,00', '-1.284,56', '-24,69', '0,00']);
    expect(caseRow.join(';')).not.toContain("'");
  });
});

describe('§5 small-cell suppression in pseudonymised aggregates', () => {
  it('shows counts 1–4 as "<5" and keeps 0 and 5+', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressCount(n, true))).toEqual([0, '<5', '<5', 5, 12]);
  });

  it('changes nothing when the export is not pseudonymised', () => {
    expect(suppressCounts({ a: 3, b: { c: 2 } }, false)).toEqual({ a: 3, b: { c: 2 } });
    expect(suppressCounts({ a: 3, b: { c: 7 } }, true)).toEqual({ a: '<5', b: { c: 7 } });
  });
});

describe('§5 small-cell suppression leaves medians alone and hides averages over fewer than 5 cases', () => {
  it('does not turn a median of 3 days into "<5"', () => {
    expect(suppressCounts({ cases: 3, medianDaysToPlan: 3 }, true)).toEqual({ cases: '<5', medianDaysToPlan: 3 });
  });
  it('drops the average of a score change over 1–4 cases', () => {
    expect(suppressCounts({ averageChange: 1.5, n: 2 }, true)).toEqual({ averageChange: null, n: '<5' });
    expect(suppressCounts({ averageChange: 1.5, n: 6 }, true)).toEqual({ averageChange: 1.5, n: 6 });
  });
});

describe('Issue #10: a CSV names its context under the table, and the table stays a table', () => {
  it('keeps the header as row 1, then after one empty row writes Toelichting and one label;value row per line of the context', () => {
    expect(toCsv(['a', 'b'], [['1', CsvNumber.of(2)]], CONTEXT).split('\r\n')).toEqual([
      '\uFEFFa;b',
      '1;2',
      '',
      'Toelichting',
      'Export;Businesscase',
      'Gemaakt op;02-06-2025 09:05',
      'Filter jaar;2024',
      // A filter value is text from the store: defused like any cell.
      `Filter wijk;"'=HYPERLINK(""x"")"`,
      'Kengetallenversies;test-2025',
      'Gepseudonimiseerd;nee: volledige export met alle aantallen',
      '',
    ]);
  });

  it('names a case’s berekening as the screen does, not by its code', () => {
    const zero = { referenceCents: 0, actualCents: 0, vermedenKosten: 0, vermedenGecorrigeerd: 0, vermedenZeker: 0, investering: 0, nettoRendement: 0, rendementPerEuro: null, begrensdDoorBeleid: 0 };
    const bc = { ...zero, cases: [{ code: 'BLO-2024-001', wijk: 'Bloemhof', calculationStatus: 'vastgesteld', ...zero }], vastgesteld: zero, perWijk: {} } as unknown as Businesscase;
    const rows = businesscaseCsv(bc, CONTEXT).replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(';'));
    expect(rows.slice(0, 4).map((r) => [r[0], r[2]])).toEqual([
      ['casuscode', 'berekening'],
      ['BLO-2024-001', 'Vastgesteld'],
      ['Totaal (alle casussen)', ''],
      ['Totaal (alleen vastgesteld)', 'Vastgesteld'],
    ]);
  });
});
