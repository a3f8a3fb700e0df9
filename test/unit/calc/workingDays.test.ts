import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  deadlineFor,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  koningsdag,
} from '../../../shared/calc/workingDays';
import { addDays, daysBetween, isoWeekday, toDayNumber } from '../../../shared/calc/dates';

describe('date helpers (pure UTC)', () => {
  it('does day arithmetic across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(isoWeekday('2024-03-31')).toBe(7); // Easter Sunday
    expect(isoWeekday('2025-04-21')).toBe(1);
  });

  it('refuses dates that do not exist or are not ISO', () => {
    expect(() => toDayNumber('2024-02-30')).toThrow(RangeError);
    expect(() => toDayNumber('01-02-2024')).toThrow(RangeError);
  });
});

describe('§2.3 Dutch public holidays', () => {
  it('computes Easter with the anonymous Gregorian algorithm', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2000)).toBe('2000-04-23');
  });

  it('moves Koningsdag to 26 april when 27 april is a Sunday', () => {
    expect(koningsdag(2025)).toBe('2025-04-26'); // 27-4-2025 is a Sunday
    expect(koningsdag(2014)).toBe('2014-04-26');
    expect(koningsdag(2024)).toBe('2024-04-27'); // a Saturday: not moved
  });

  it('lists the ten holidays of 2025 (Goede Vrijdag not included)', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-20', name: 'Eerste Paasdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-08', name: 'Eerste Pinksterdag' },
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
    expect(isWorkingDay('2025-04-18')).toBe(true); // Goede Vrijdag
    expect(isWorkingDay('2025-04-18', ['2025-04-18'])).toBe(false);
  });
});

describe('§2.3 escalation deadlines in working days', () => {
  it('skips weekends and holidays: 10 working days from Friday 20-12-2024 is Wednesday 8-1-2025', () => {
    // 23, 24, (25, 26 Kerst), 27, 30, 31, (1-1 Nieuwjaar), 2, 3, 6, 7, 8 → the 10th is 8 January.
    expect(addWorkingDays('2024-12-20', 10)).toBe('2025-01-08');
  });

  it('gives prio 10 working days: submitted Wednesday 20-3-2024 → Thursday 4-4-2024 (Tweede Paasdag skipped)', () => {
    // 21, 22, 25, 26, 27, 28, 29 (Goede Vrijdag works), (1-4 Tweede Paasdag), 2, 3, 4.
    expect(deadlineFor('prio', '2024-03-20')).toBe('2024-04-04');
  });

  it('gives jeugd_weekbedrag 15 working days, and extra holidays push it further', () => {
    // From Thu 17-4-2025: 18, (21 Tweede Paasdag), 22, 23, 24, 25, 28, 29, 30, 1-5, 2-5,
    // (5-5 Bevrijdingsdag), 6, 7, 8, 9, 12 → the 15th is Monday 12 May 2025.
    expect(deadlineFor('jeugd_weekbedrag', '2025-04-17')).toBe('2025-05-12');
    expect(deadlineFor('jeugd_weekbedrag', '2025-04-17', undefined, ['2025-04-18'])).toBe('2025-05-13');
  });

  it('uses configured deadlines per target', () => {
    const deadlines = { netwerk: 1, prio: 10, jeugd_weekbedrag: 15, wijk_mt: 2, overig: 10 };
    expect(deadlineFor('netwerk', '2024-03-22', deadlines)).toBe('2024-03-25'); // Fri → Mon
    expect(deadlineFor('wijk_mt', '2024-03-22', deadlines)).toBe('2024-03-26');
  });

  it('returns the start for 0 days and counts back for a negative number', () => {
    expect(addWorkingDays('2024-03-23', 0)).toBe('2024-03-23');
    expect(addWorkingDays('2024-04-02', -1)).toBe('2024-03-29'); // over the weekend and Tweede Paasdag
    expect(() => addWorkingDays('2024-04-02', 1.5)).toThrow(RangeError);
  });
});
