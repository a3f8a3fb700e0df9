import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPOREN, type Spoor } from '../../../shared/domain/enums';
import { allocate, allocateEqually, partsToRecord } from '../../../shared/calc/allocate';
import { decimalToRational } from '../../../shared/calc/decimal';

const cents = (parts: { key: Spoor; cents: number }[]): Record<string, number> =>
  Object.fromEntries(parts.map((p) => [p.key, p.cents]));

describe('§3.3 largest-remainder split', () => {
  it('floors every exact share and gives the rest to the largest fractional parts', () => {
    // 100 over weights 150000 : 21250 (= 120 : 17, sum 137):
    //   fin: 100 × 120/137 = 87.591…  → 87, remainder .591
    //   wonen: 100 × 17/137 = 12.408… → 12, remainder .408 ; 1 cent left → fin.
    const parts = allocate(100, [
      { key: 'financiele_zekerheid', weight: 150000 },
      { key: 'wonen', weight: 21250 },
    ]);
    expect(cents(parts)).toEqual({ financiele_zekerheid: 88, wonen: 12 });
  });

  it('breaks ties in spoor order (samenredzaamheid, wonen, werk_dagbesteding, financiele_zekerheid), not input order', () => {
    // 1 cent over two equal weights: both shares 0.5, tie → samenredzaamheid first although listed second.
    expect(cents(allocate(1, [{ key: 'wonen', weight: 1 }, { key: 'samenredzaamheid', weight: 1 }]))).toEqual({
      wonen: 0,
      samenredzaamheid: 1,
    });
    // 2 cents over three equal weights: 0.666… each, floors 0, two cents to the first two in spoor order.
    expect(
      cents(
        allocate(2, [
          { key: 'financiele_zekerheid', weight: 5 },
          { key: 'werk_dagbesteding', weight: 5 },
          { key: 'wonen', weight: 5 },
        ]),
      ),
    ).toEqual({ financiele_zekerheid: 0, werk_dagbesteding: 1, wonen: 1 });
  });

  it('splits a negative amount as its absolute value and negates the parts', () => {
    // −1 over two equal weights → the tie-winner gets −1, not the other one.
    expect(cents(allocate(-1, [{ key: 'wonen', weight: 1 }, { key: 'samenredzaamheid', weight: 1 }]))).toEqual({
      wonen: 0,
      samenredzaamheid: -1,
    });
    // −25001 equally over wonen and samenredzaamheid: 12500.5 each → −12501 / −12500.
    expect(cents(allocateEqually(-25001, ['wonen', 'samenredzaamheid']))).toEqual({ wonen: -12500, samenredzaamheid: -12501 });
  });

  it('splits 100 equally over three sporen as 34/33/33 with the extra cent in spoor order', () => {
    expect(partsToRecord(allocateEqually(100, ['werk_dagbesteding', 'wonen', 'samenredzaamheid']))).toEqual({
      samenredzaamheid: 34,
      wonen: 33,
      werk_dagbesteding: 33,
      financiele_zekerheid: 0,
    });
  });

  it('gives a zero weight nothing and accepts fractional and bigint weights exactly', () => {
    expect(cents(allocate(10, [{ key: 'wonen', weight: 0 }, { key: 'werk_dagbesteding', weight: 0.1 }]))).toEqual({
      wonen: 0,
      werk_dagbesteding: 10,
    });
    // 0.1 : 0.2 is exactly 1 : 2 → 3 cents split 1 / 2 (doubles would make it 0.30000000000000004).
    expect(cents(allocate(3, [{ key: 'wonen', weight: 0.1 }, { key: 'werk_dagbesteding', weight: 0.2 }]))).toEqual({
      wonen: 1,
      werk_dagbesteding: 2,
    });
    expect(cents(allocate(3, [{ key: 'wonen', weight: 1n }, { key: 'werk_dagbesteding', weight: 2n }]))).toEqual({
      wonen: 1,
      werk_dagbesteding: 2,
    });
  });

  it('refuses weights that cannot define a split', () => {
    expect(() => allocate(5, [{ key: 'wonen', weight: 0 }])).toThrow(RangeError);
    expect(() => allocate(5, [{ key: 'wonen', weight: -1 }, { key: 'werk_dagbesteding', weight: 2 }])).toThrow(RangeError);
    expect(() => allocate(5, [{ key: 'wonen', weight: 1 }, { key: 'wonen', weight: 2 }])).toThrow(RangeError);
    expect(allocate(0, [{ key: 'wonen', weight: 0 }])).toEqual([{ key: 'wonen', cents: 0 }]);
  });

  const weightArb = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
  );
  const weightsArb = fc
    .subarray([...SPOREN], { minLength: 1 })
    .chain((keys) => fc.tuple(...keys.map((key) => weightArb.map((weight) => ({ key, weight })))))
    .filter((ws) => ws.some((w) => w.weight > 0));
  const totalArb = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

  it('property: the parts always add up to the total, cent for cent (positive and negative)', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const sum = allocate(total, weights).reduce((acc, p) => acc + p.cents, 0);
        expect(sum).toBe(total);
      }),
      { numRuns: 500 },
    );
  });

  it('property: each part is within one cent of its exact share (and zero weights get nothing)', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const rationals = weights.map((w) => decimalToRational(w.weight));
        const den = rationals.reduce((acc, r) => acc * r.den, 1n);
        const scaled = rationals.map((r) => (r.num * den) / r.den);
        const weightSum = scaled.reduce((a, b) => a + b, 0n);
        allocate(total, weights).forEach((part, index) => {
          const w = scaled[index] ?? 0n;
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W
          const diff = BigInt(part.cents) * weightSum - BigInt(total) * w;
          expect(diff < 0n ? -diff : diff).toBeLessThan(weightSum);
          if (w === 0n) expect(part.cents).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });
});
