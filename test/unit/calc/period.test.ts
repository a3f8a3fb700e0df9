import { describe, expect, it } from 'vitest';
import { parsePeriod, periodDays, yearPeriod } from '../../../shared/calc/period';

function ok(text: string) {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.message);
  return r.period;
}

function message(text: string): string {
  const r = parsePeriod(text);
  return r.ok ? 'geaccepteerd' : r.message;
}

describe('§3.3 a period is a calendar year, a tertiaal, a quarter or a date range, both ends inclusive', () => {
  it('a year runs 1 January to 31 December', () => {
    expect(ok('2025')).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31', label: '2025' });
    expect(yearPeriod(2024)).toEqual(ok('2024'));
  });

  it('the tertialen are January–April, May–August and September–December', () => {
    expect(ok('2025-T1')).toEqual({ kind: 'tertiaal', from: '2025-01-01', to: '2025-04-30', label: '2025 T1 (januari–april)' });
    expect(ok('2025-T2')).toEqual({ kind: 'tertiaal', from: '2025-05-01', to: '2025-08-31', label: '2025 T2 (mei–augustus)' });
    expect(ok('2025-t3')).toEqual({ kind: 'tertiaal', from: '2025-09-01', to: '2025-12-31', label: '2025 T3 (september–december)' });
  });

  it('a quarter is three months; Q1 of a leap year ends on 31 March and holds 29 February', () => {
    expect(ok('2025-Q3')).toEqual({ kind: 'quarter', from: '2025-07-01', to: '2025-09-30', label: '2025 Q3 (juli–september)' });
    expect(ok('2024-Q1')).toEqual({ kind: 'quarter', from: '2024-01-01', to: '2024-03-31', label: '2024 Q1 (januari–maart)' });
    // 31 + 29 + 31 = 91 days in 2024, 90 in 2025
    expect(periodDays(ok('2024-Q1'))).toBe(91);
    expect(periodDays(ok('2025-Q1'))).toBe(90);
  });

  it('a range names its two days in Dutch notation; one day is a range too', () => {
    expect(ok('2025-01-01..2025-06-30')).toEqual({ kind: 'range', from: '2025-01-01', to: '2025-06-30', label: '01-01-2025 t/m 30-06-2025' });
    expect(ok(' 2024-02-29..2024-02-29 ')).toEqual({ kind: 'range', from: '2024-02-29', to: '2024-02-29', label: '29-02-2024 t/m 29-02-2024' });
    expect(periodDays(ok('2024-02-29..2024-02-29'))).toBe(1);
  });
});

describe('§3.3 a period that cannot exist is refused with a Dutch message saying what to give', () => {
  it('a fourth tertiaal and a fifth quarter do not exist', () => {
    expect(message('2025-T4')).toBe("Periode '2025-T4': een tertiaal is T1 (januari–april), T2 (mei–augustus) of T3 (september–december).");
    expect(message('2025-Q5')).toBe("Periode '2025-Q5': een kwartaal is Q1, Q2, Q3 of Q4.");
    expect(message('2025-Q0')).toBe("Periode '2025-Q0': een kwartaal is Q1, Q2, Q3 of Q4.");
  });

  it('31 February and 29 February of a common year are no dates', () => {
    expect(message('2025-02-01..2025-02-31')).toBe("Periode '2025-02-01..2025-02-31': de einddatum 2025-02-31 bestaat niet; geef een echte datum als JJJJ-MM-DD.");
    expect(message('2025-02-29..2025-03-31')).toBe("Periode '2025-02-29..2025-03-31': de begindatum 2025-02-29 bestaat niet; geef een echte datum als JJJJ-MM-DD.");
  });

  it('a range that begins after it ends is refused', () => {
    expect(message('2025-07-01..2025-06-30')).toBe("Periode '2025-07-01..2025-06-30': de begindatum 01-07-2025 ligt na de einddatum 30-06-2025; zet de vroegste datum eerst.");
  });

  it('years outside 2000–2100 and unreadable text are refused', () => {
    expect(message('1999')).toBe("Periode '1999': het jaar moet tussen 2000 en 2100 liggen.");
    expect(message('2101-T1')).toBe("Periode '2101-T1': het jaar moet tussen 2000 en 2100 liggen.");
    expect(message('2025-H1')).toBe("Periode '2025-H1' is niet te lezen; geef een jaar, tertiaal, kwartaal of datumbereik, bijvoorbeeld 2025, 2025-T2, 2025-Q3 of 2025-01-01..2025-06-30.");
  });
});
