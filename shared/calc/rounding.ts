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
 * num/den rounded half away from zero to `decimals` places, as a number (for ratios such as
 * rendementPerEuro and average score changes that are shown with 2 decimals).
 */
export function roundRatio(num: bigint, den: bigint, decimals: number): number {
  const scale = pow10(decimals);
  // Dividing the exact scaled integer by 10^d is one correctly rounded IEEE division, so 123n → 1.23.
  return toSafeNumber(roundHalfAwayFromZero(num * scale, den)) / Number(scale);
}
