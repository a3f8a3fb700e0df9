/**
 * toDayNumber counts days by arithmetic, not through Date (issue #13: the §3.8 view converts many
 * dates). These tests hold it to Date's own count of the proleptic Gregorian calendar, and to the
 * same refusals of dates that do not exist.
 */
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, firstDayOfYear, toDayNumber } from '../../../shared/calc/dates';

const MS_PER_DAY = 86_400_000;

/** The day as Date counts it (setUTCFullYear: Date.UTC would map years 0–99 to 1900–1999). */
function dateCount(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('toDayNumber and addDays: days since 1970-01-01 and back, equal to Date for every day', () => {
  test.each([
    [0, 199],
    [1599, 1601],
    [1890, 2110],
    [9990, 9999],
  ])('every day of the years %i–%i', (fromYear, toYear) => {
    let checked = 0;
    for (let day = dateCount(fromYear, 1, 1); day <= dateCount(toYear, 12, 31); day += 1) {
      const d = new Date(day * MS_PER_DAY);
      const text = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      if (toDayNumber(text) !== day) throw new Error(`${text}: ${String(toDayNumber(text))} ≠ ${String(day)}`);
      // …and back: the day after, as Date names it.
      const next = new Date((day + 1) * MS_PER_DAY);
      const nextText = iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
      if (addDays(text, 1) !== nextText) throw new Error(`${text} + 1: ${addDays(text, 1)} ≠ ${nextText}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(700);
  });

  test('known days: the epoch, a leap day, the day after, and the first day of the era', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2024-02-29')).toBe(19_782);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(toDayNumber('0000-03-01')).toBe(-719_468);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(firstDayOfYear(2025)).toBe(toDayNumber('2025-01-01'));
  });

  test.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '24-01-01', '2024-01-01T00:00', ''])(
    'a day that does not exist or is not JJJJ-MM-DD is refused: %s',
    (text) => {
      expect(() => toDayNumber(text)).toThrow(RangeError);
    },
  );

  test('2000-02-29 exists (divisible by 400), 2100-02-29 does not', () => {
    expect(toDayNumber('2000-02-29')).toBe(dateCount(2000, 2, 29));
    expect(() => toDayNumber('2100-02-29')).toThrow(RangeError);
  });
});
