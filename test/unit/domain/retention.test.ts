import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../shared/domain/enums';
import { addYears, closedOn, isClosedStatus, isRetentionDue, withRetention } from '../../../shared/domain/retention';

// The closing day is a Rotterdam calendar day; pin the zone so the day boundary is known.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('§5 which cases have a retention period: the final statuses of the whitelist', () => {
  it('afgesloten and ingetrokken are closed; every other status is not', () => {
    expect(CASE_STATUSES.filter(isClosedStatus)).toEqual(['afgesloten', 'ingetrokken']);
  });
});

describe('§5 the retention date is N calendar years after the closing day', () => {
  it('adds whole years to the day', () => {
    expect(addYears('2024-09-30', 2)).toBe('2026-09-30');
    expect(addYears('2025-01-01', 1)).toBe('2026-01-01');
    expect(addYears('2024-12-31', 30)).toBe('2054-12-31');
  });

  it('a case closed on a leap day is kept until 28 February of a year without one, and until 29 February of a leap year', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    // 2100 is not a leap year (century rule); 2000 was.
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYears('1996-02-29', 4)).toBe('2000-02-29');
  });

  it('28 February stays 28 February, also into a leap year', () => {
    expect(addYears('2023-02-28', 1)).toBe('2024-02-28');
  });
});

const history = [
  { from: null, to: 'aangemeld' as const, at: '2024-02-26T09:12:00Z' },
  { from: 'aangemeld' as const, to: 'in_uitvoering' as const, at: '2024-03-13T09:00:00Z' },
  { from: 'in_uitvoering' as const, to: 'afgesloten' as const, at: '2024-09-30T11:00:00Z' },
];

describe('§5 the closing day is the last step into the current status, on the local calendar', () => {
  it('reads the day of the step into afgesloten', () => {
    expect(closedOn({ status: 'afgesloten', statusHistory: history })).toBe('2024-09-30');
  });

  it('a step late in the evening UTC is the next day in Rotterdam', () => {
    const late = [{ to: 'ingetrokken' as const, at: '2024-06-30T22:30:00Z' }];
    expect(closedOn({ status: 'ingetrokken', statusHistory: late })).toBe('2024-07-01');
  });

  it('is unknown without such a step', () => {
    expect(closedOn({ status: 'afgesloten' })).toBeNull();
    expect(closedOn({ status: 'afgesloten', statusHistory: history.slice(0, 2) })).toBeNull();
  });
});

/** A case as the rule reads it (typed, so an absent retentionUntil can be asked for). */
type Retained = Parameters<typeof closedOn>[0];
const retained = (c: Retained): Retained => c;

describe('§5 withRetention: a closed case has a date, an open one has none', () => {
  it('a closed case without a date gets the years after its closing day', () => {
    expect(withRetention(retained({ status: 'afgesloten', statusHistory: history }), 2, '2026-12-02').retentionUntil).toBe('2026-09-30');
    expect(withRetention(retained({ status: 'afgesloten', statusHistory: history }), 5, '2026-12-02').retentionUntil).toBe('2029-09-30');
  });

  it('without the closing day in its history the period runs from today', () => {
    expect(withRetention(retained({ status: 'ingetrokken' }), 2, '2026-12-02').retentionUntil).toBe('2028-12-02');
  });

  it('a closed case keeps the date it has (a changed number of years does not move it)', () => {
    expect(withRetention({ status: 'afgesloten', statusHistory: history, retentionUntil: '2027-01-15' }, 5, '2026-12-02').retentionUntil).toBe('2027-01-15');
  });

  it('a case that is not closed has no date: an absent one stays absent, a given one is cleared', () => {
    expect(withRetention({ status: 'in_uitvoering' }, 2, '2026-12-02')).toEqual({ status: 'in_uitvoering' });
    expect(withRetention({ status: 'in_uitvoering', retentionUntil: '2027-01-15' }, 2, '2026-12-02')).toEqual({ status: 'in_uitvoering' });
  });
});

describe('§5 a case is due for review from its retention date on', () => {
  it('on the day itself and after, not before', () => {
    expect(isRetentionDue('2026-09-30', '2026-09-29')).toBe(false);
    expect(isRetentionDue('2026-09-30', '2026-09-30')).toBe(true);
    expect(isRetentionDue('2026-09-30', '2027-01-01')).toBe(true);
  });
});
