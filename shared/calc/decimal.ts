/**
 * Exact decimal view of JS numbers. Quantities (2.5 weeks, 0.333 month) and percentages (33.3 %)
 * arrive as doubles; multiplying doubles would turn 18000 × 2.5 × 0.333 into x.4999999 and flip a
 * half-cent rounding. We instead read each number as the decimal it was written as — its shortest
 * round-trip string, which is what a person typed or a JSON file held — and compute with BigInt.
 */

/** A rational number num/den with den > 0. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** The exact decimal value of a finite number's shortest representation (handles `1e-7`, `1.5e+21`). */
export function decimalToRational(value: number | bigint): Rational {
  if (typeof value === 'bigint') return { num: value, den: 1n };
  // Whole cents and whole percentages, by far the most common factors: their decimal is their digits.
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (!Number.isFinite(value)) throw new RangeError(`Geen eindig getal: ${String(value)}`);
  const match = DECIMAL.exec(String(value));
  if (match === null) throw new RangeError(`Onleesbaar getal: ${String(value)}`);
  const [, sign = '', intPart = '0', fracPart = '', expPart = '0'] = match;
  let num = BigInt(intPart + fracPart);
  if (sign === '-') num = -num;
  // value = digits × 10^(exp − number of fraction digits)
  const exponent = Number(expPart) - fracPart.length;
  return exponent >= 0 ? { num: num * pow10(exponent), den: 1n } : { num, den: pow10(-exponent) };
}
