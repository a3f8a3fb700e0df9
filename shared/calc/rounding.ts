/**
 * §3.1/§3.2 rounding: every amount is rounded once, half away from zero, to whole cents. Doing
 * that on exact rationals (BigInt) is what makes exports reproducible to the cent.
 */
import { decimalToRational, pow10 } from './decimal';

/** Rounds num/den to the nearest integer; exact halves go away from zero (0.5 → 1, −0.5 → −1). */
export function roundHalfAwayFromZero(num: bigint, den: bigint = 1n): bigint {
  if (den === 0n) throw new RangeError('Deling door nul');
  const sign = num < 0n !== den < 0n ? -1n : 1n;
  const a = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const quotient = a / d;
  const remainder = a % d;
  // 2r ≥ d is "at least half": compared in integers, so no half is ever lost to float error.
  const rounded = 2n * remainder >= d ? quotient + 1n : quotient;
  return sign * rounded;
}

/** A BigInt result as a number, refusing anything that a double could not hold exactly. */
export function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Bedrag buiten het veilige bereik: ${value.toString()}`);
  return n;
}

/**
 * round(f₁ × f₂ × … / divisor), computed exactly from the decimal value of each factor.
 * E.g. mulDivRound([18000, 2.5, 33], 100) = 14850 (unit cost × quantity × probabilityPct / 100).
 */
export function mulDivRound(factors: readonly (number | bigint)[], divisor: number | bigint = 1): number {
  const exact = integerMulDivRound(factors, divisor);
  if (exact !== null) return exact;
  let num = 1n;
  let den = 1n;
  for (const factor of factors) {
    const r = decimalToRational(factor);
    num *= r.num;
    den *= r.den;
  }
  const d = decimalToRational(divisor);
  if (d.num === 0n) throw new RangeError('Deling door nul');
  return toSafeNumber(roundHalfAwayFromZero(num * d.den, den * d.num));
}

/**
 * The same rounding in doubles, for the common case (whole cents × a whole percentage / 100):
 * integer factors whose product stays a safe integer are exact in doubles, and so are the
 * remainder and the quotient below. Null when that does not hold; the caller then computes in
 * BigInt. test/unit/calc/rounding.test.ts holds both to the same results.
 */
function integerMulDivRound(factors: readonly (number | bigint)[], divisor: number | bigint): number | null {
  if (typeof divisor !== 'number' || !Number.isSafeInteger(divisor) || divisor === 0) return null;
  let product = 1;
  // By index: no iterator per call (the businesscase rounds twice per case, issue #13).
  for (let i = 0; i < factors.length; i += 1) {
    const f = factors[i];
    if (typeof f !== 'number' || !Number.isSafeInteger(f)) return null;
    product *= f;
    // A true product beyond 2^53 rounds to a double ≥ 2^53, which is not a safe integer.
    if (!Number.isSafeInteger(product)) return null;
  }
  const a = Math.abs(product);
  const d = Math.abs(divisor);
  const remainder = a % d;
  const quotient = (a - remainder) / d;
  const rounded = 2 * remainder >= d ? quotient + 1 : quotient;
  // + 0: never −0, as the BigInt path never gives it.
  return (product < 0 !== divisor < 0 ? -rounded : rounded) + 0;
}

/**
 * num/den rounded half away from zero to `decimals` places, as a number (for ratios such as
 * rendementPerEuro and average score changes that are shown with 2 decimals).
 */
export function roundRatio(num: bigint, den: bigint, decimals: number): number {
  const scale = pow10(decimals);
  // Dividing the exact scaled integer by 10^d is one correctly rounded IEEE division, so 123n → 1.23.
  return toSafeNumber(roundHalfAwayFromZero(num * scale, den)) / Number(scale);
}
