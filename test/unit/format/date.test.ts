import { describe, expect, it } from 'vitest';
import { formatDate, localIsoDate } from '../../../shared/format/date';

describe('Dutch dates on screen (dd-mm-jjjj)', () => {
  it('shows an ISO date the Dutch way and a missing one as a dash', () => {
    expect(formatDate('2026-11-23')).toBe('23-11-2026');
    expect(formatDate(null)).toBe('—');
  });
});

describe("'today' is the local calendar date, not UTC's", () => {
  it('just after local midnight it is already the new day', () => {
    expect(localIsoDate(new Date(2026, 10, 23, 0, 30))).toBe('2026-11-23');
    expect(localIsoDate(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
  });
});
