import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../electron/core/export/csv';
import { suppressCount, suppressCounts } from '../../../electron/core/export/smallCells';

describe('§5 CSV exports are protected against formula injection', () => {
  it.each(['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tcmd'])('defuses %j with a leading apostrophe', (v) => {
    expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvCell(-1250)).toBe('-1250');
    expect(csvCell('-1.234,56')).toBe("'-1.234,56"); // as text it could be a formula
  });

  it('quotes cells containing the separator, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(toCsv(['a', 'b'], [['1', null]])).toBe('\uFEFFa;b\r\n1;\r\n');
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
