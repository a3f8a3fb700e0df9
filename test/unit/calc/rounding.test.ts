import { describe, expect, it } from 'vitest';
import { decimalToRational } from '../../../shared/calc/decimal';
import { mulDivRound, roundHalfAwayFromZero, roundRatio, toSafeNumber } from '../../../shared/calc/rounding';
import { addCents, assertCents } from '../../../shared/calc/money';

describe('exact decimals: a number means the decimal it was written as', () => {
  it('reads the shortest representation, including exponent notation', () => {
    expect(decimalToRational(2.5)).toEqual({ num: 25n, den: 10n });
    expect(decimalToRational(0.1)).toEqual({ num: 1n, den: 10n });
    expect(decimalToRational(-0.5)).toEqual({ num: -5n, den: 10n });
    expect(decimalToRational(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(decimalToRational(1.5e-7)).toEqual({ num: 15n, den: 100_000_000n });
    expect(decimalToRational(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(decimalToRational(42)).toEqual({ num: 42n, den: 1n });
    expect(decimalToRational(7n)).toEqual({ num: 7n, den: 1n });
  });

  it('refuses NaN and infinities', () => {
    expect(() => decimalToRational(Number.NaN)).toThrow(RangeError);
    expect(() => decimalToRational(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('§3.1 roundHalfAwayFromZero on rationals', () => {
  it('rounds exact halves away from zero in both directions', () => {
    expect(roundHalfAwayFromZero(1n, 2n)).toBe(1n); // 0.5 → 1
    expect(roundHalfAwayFromZero(-1n, 2n)).toBe(-1n); // −0.5 → −1
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n); // 2.5 → 3 (not banker's 2)
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n); // −2.5 → −3
    expect(roundHalfAwayFromZero(5n, -2n)).toBe(-3n); // negative denominator
  });

  it('rounds below a half towards zero and above a half away from it', () => {
    expect(roundHalfAwayFromZero(1n, 3n)).toBe(0n); // 0.333…
    expect(roundHalfAwayFromZero(2n, 3n)).toBe(1n); // 0.666…
    expect(roundHalfAwayFromZero(-2n, 3n)).toBe(-1n);
    expect(roundHalfAwayFromZero(-1n, 3n)).toBe(0n);
    expect(roundHalfAwayFromZero(499_999n, 1_000_000n)).toBe(0n);
    expect(roundHalfAwayFromZero(7n)).toBe(7n);
  });

  it('refuses division by zero', () => {
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
    expect(() => mulDivRound([1], 0)).toThrow(RangeError);
  });
});

describe('§3.1 mulDivRound: one exact rounding of a product of decimals', () => {
  it('rounds 1 cent × 0.5 up to 1 cent and −1 cent × 0.5 down to −1 cent', () => {
    expect(mulDivRound([1, 0.5])).toBe(1);
    expect(mulDivRound([-1, 0.5])).toBe(-1);
    expect(mulDivRound([-0.5])).toBe(-1);
  });

  it('computes 18000 × 2.5 × 33 / 100 = 14850 exactly', () => {
    // 18000 × 2.5 = 45000; × 33 = 1 485 000; / 100 = 14 850.
    expect(mulDivRound([18000, 2.5, 33], 100)).toBe(14850);
  });

  it('gets halves right where naive float math lands on x.4999999', () => {
    // 1250 × 0.57 × 60 / 100 = 712.5 × 0.6 = 427.5 exactly → 428; in doubles it is 427.49999999999994.
    expect(1250 * 0.57 * 60 / 100).toBeLessThan(427.5);
    expect(mulDivRound([1250, 0.57, 60], 100)).toBe(428);
    expect(mulDivRound([-1250, 0.57, 60], 100)).toBe(-428);
    // 100 × 1.005 = 100.5 → 101; in doubles 100.49999999999999.
    expect(Math.round(100 * 1.005)).toBe(100);
    expect(mulDivRound([100, 1.005])).toBe(101);
    // 1250 × 0.086 × 60 / 100 = 64.5 → 65 (doubles: 64.49999999999999).
    expect(mulDivRound([1250, 0.086, 60], 100)).toBe(65);
  });

  it('handles fractional percentages and tiny exponents', () => {
    // 10000 × 0.333 × 33.3 / 100 = 3330 × 0.333 = 1108.89 → 1109.
    expect(mulDivRound([10000, 0.333, 33.3], 100)).toBe(1109);
    // 5 000 000 × 1e-7 = 0.5 → 1.
    expect(mulDivRound([5_000_000, 1e-7])).toBe(1);
  });

  it('whole factors are rounded in doubles where that is exact: 3.000 random products give what the BigInt rule gives, −0 never', () => {
    // The rule in BigInt: round(f₁ × f₂ × … / d), half away from zero.
    const rule = (factors: number[], d: number) => Number(roundHalfAwayFromZero(factors.reduce((p, f) => p * BigInt(f), 1n), BigInt(d)));
    let seed = 3;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 12) % n; };
    const cases: [number[], number][] = [[[0, -5], 100], [[-50, 1], 100], [[50, 1], -100], [[-150, 1], 100], [[2 ** 26, 2 ** 26], 3], [[Number.MAX_SAFE_INTEGER], 2]];
    for (let k = 0; k < 3000; k += 1) {
      const sign = next(2) === 0 ? -1 : 1;
      cases.push([[sign * next(2_000_000_000), next(101)], [100, 7, 3, 1][next(4)]!]);
    }
    for (const [factors, d] of cases) {
      const got = mulDivRound(factors, d);
      expect(Object.is(got, -0), `${factors.join(' × ')} / ${String(d)}`).toBe(false);
      expect(got, `${factors.join(' × ')} / ${String(d)}`).toBe(rule(factors, d));
    }
  });

  it('refuses results a double cannot hold exactly', () => {
    expect(() => mulDivRound([Number.MAX_SAFE_INTEGER, 2])).toThrow(RangeError);
    expect(() => toSafeNumber(2n ** 53n)).toThrow(RangeError);
  });
});

describe('ratios with 2 decimals (rendementPerEuro, averages)', () => {
  it('rounds the third decimal half away from zero', () => {
    expect(roundRatio(1n, 8n, 2)).toBe(0.13); // 0.125 → 0.13
    expect(roundRatio(-1n, 8n, 2)).toBe(-0.13);
    expect(roundRatio(1_902_676n, 571_250n, 2)).toBe(3.33);
  });
});

describe('money guards', () => {
  it('accepts safe integer cents and refuses fractions or overflow', () => {
    expect(assertCents(12, 'x')).toBe(12);
    expect(() => assertCents(1.5, 'Bedrag')).toThrow(/geheel aantal centen/);
    expect(() => addCents(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(addCents(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
