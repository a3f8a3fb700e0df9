/**
 * §3.3 largest-remainder split of an amount over sporen, so that the parts add up to the whole
 * cent for cent. All arithmetic is BigInt on exact decimal weights.
 */
import { SPOREN, type Spoor } from '../domain/enums';
import { decimalToRational } from './decimal';
import { assertCents } from './money';
import { toSafeNumber } from './rounding';

export interface AllocationWeight {
  key: Spoor;
  weight: number | bigint;
}

export interface AllocationPart {
  key: Spoor;
  cents: number;
}

/**
 * Splits `totalCents` in proportion to the weights: floor every exact share, then hand the
 * remaining cents one by one to the largest fractional parts, ties broken in SPOREN order.
 * A negative total is split as its absolute value and the parts negated, so rounding never
 * favours a spoor differently for savings and for losses. Parts come back in input order.
 */
export function allocate(totalCents: number, weights: readonly AllocationWeight[]): AllocationPart[] {
  assertCents(totalCents, 'Te verdelen bedrag');
  const seen = new Set<Spoor>();
  for (const { key } of weights) {
    if (seen.has(key)) throw new RangeError(`Spoor '${key}' komt twee keer voor in de verdeling.`);
    seen.add(key);
  }

  // Bring every weight onto one common denominator so they become plain BigInt integers.
  const rationals = weights.map((w) => decimalToRational(w.weight));
  const commonDen = rationals.reduce((acc, r) => acc * r.den, 1n);
  const scaled = rationals.map((r) => (r.num * commonDen) / r.den);
  if (scaled.some((w) => w < 0n)) throw new RangeError('Gewichten mogen niet negatief zijn.');
  const weightSum = scaled.reduce((acc, w) => acc + w, 0n);

  const negative = totalCents < 0;
  const magnitude = BigInt(Math.abs(totalCents));
  if (weightSum === 0n) {
    if (magnitude === 0n) return weights.map(({ key }) => ({ key, cents: 0 }));
    throw new RangeError('Kan een bedrag niet verdelen zonder gewichten.');
  }

  const floors = scaled.map((w) => (magnitude * w) / weightSum);
  const remainders = scaled.map((w) => (magnitude * w) % weightSum);
  let leftover = magnitude - floors.reduce((acc, f) => acc + f, 0n);

  // Leftover < number of non-zero remainders, so zero-weight keys never receive a cent.
  const order = weights
    .map((w, index) => ({ index, remainder: remainders[index] ?? 0n, rank: SPOREN.indexOf(w.key) }))
    .sort((a, b) => (a.remainder === b.remainder ? a.rank - b.rank : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of order) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }

  return weights.map(({ key }, index) => {
    const cents = toSafeNumber(parts[index] ?? 0n);
    return { key, cents: negative && cents !== 0 ? -cents : cents };
  });
}

/** Equal split over the given sporen (duplicates collapse), ties in SPOREN order. */
export function allocateEqually(totalCents: number, keys: readonly Spoor[]): AllocationPart[] {
  const unique = [...new Set(keys)];
  return allocate(
    totalCents,
    unique.map((key) => ({ key, weight: 1n })),
  );
}

/** Parts as a full Record over all sporen (absent ones 0), the shape the figures use. */
export function partsToRecord(parts: readonly AllocationPart[]): Record<Spoor, number> {
  const record = emptySporenRecord();
  for (const { key, cents } of parts) record[key] += cents;
  return record;
}

export function emptySporenRecord(): Record<Spoor, number> {
  return { samenredzaamheid: 0, wonen: 0, werk_dagbesteding: 0, financiele_zekerheid: 0 };
}
