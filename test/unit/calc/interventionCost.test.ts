import { describe, expect, it } from 'vitest';
import { interventionCost, isCounted } from '../../../shared/calc/interventionCost';
import { intervention } from './fixtures';

describe('§3.2 intervention cost', () => {
  it('is oneOffCents + roundHalfAwayFromZero(rateCents × quantity)', () => {
    // 0 + 25000 × 6 = 150 000.
    expect(interventionCost(intervention({ rateCents: 25000, quantity: 6 }))).toBe(150_000);
    // 10000 + 4500 × 2.5 = 10000 + 11250 = 21 250.
    expect(interventionCost(intervention({ oneOffCents: 10000, rateCents: 4500, quantity: 2.5 }))).toBe(21_250);
    // 0 + 333 × 1.5 = 499.5 → 500.
    expect(interventionCost(intervention({ rateCents: 333, quantity: 1.5 }))).toBe(500);
  });

  it('refuses fractional cents in its inputs', () => {
    expect(() => interventionCost(intervention({ oneOffCents: 0.5 }))).toThrow(RangeError);
  });
});

describe('§3.2 which interventions count as investering', () => {
  it('counts ingezet, afgerond and afgebroken, but not voorgesteld (it has cost nothing yet)', () => {
    expect(isCounted(intervention({ status: 'ingezet' }))).toBe(true);
    expect(isCounted(intervention({ status: 'afgerond' }))).toBe(true);
    expect(isCounted(intervention({ status: 'afgebroken' }))).toBe(true);
    expect(isCounted(intervention({ status: 'voorgesteld' }))).toBe(false);
  });
});
