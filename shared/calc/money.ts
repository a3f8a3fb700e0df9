/** Money is integer cents in a plain number; these guards keep it exact (no silent float drift). */

export function assertCents(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} moet een geheel aantal centen zijn (kreeg ${String(value)}).`);
  return value;
}

/**
 * a + b for safe-integer cents. When the true sum leaves the safe range the double result does
 * too (it is ≥ 2^53), so the check after the addition catches every inexact sum.
 */
export function addCents(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError(`Bedrag buiten het veilige bereik: ${String(a)} + ${String(b)}`);
  return sum;
}

export function subCents(a: number, b: number): number {
  return addCents(a, -b);
}

