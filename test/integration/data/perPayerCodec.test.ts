/**
 * Issue #13: summaries, year shares and case figures store a case's per-payer figures as one flat
 * run of numbers (data/perPayerCodec.ts). The run gives back exactly the figures it was made of:
 * every payer with a figure, at its own name, the others zero; from any starting place.
 */
import { describe, expect, test } from 'vitest';
import { decodePerPayer, encodePerPayer } from '../../../electron/core/data/perPayerCodec';
import { emptyPerPayer } from '../../../shared/calc/payers';
import { PAYERS } from '../../../shared/domain/enums';

describe('per-payer figures as a flat run of numbers', () => {
  test('decode(encode(p)) equals p: payers with a figure by their place in PAYERS, the others zero', () => {
    const p = emptyPerPayer();
    p.jeugd = { vermedenKosten: 5_788_720, investering: 0 };
    p.wlz = { vermedenKosten: -512_000, investering: 0 };
    p.participatie = { vermedenKosten: -680_000, investering: 690_600 };
    p.overig = { vermedenKosten: 0, investering: 1 };
    const run = encodePerPayer(p);
    expect(run).toEqual([1, 5_788_720, 0, 2, -512_000, 0, 4, -680_000, 690_600, 8, 0, 1]);
    expect(decodePerPayer(run)).toEqual(p);
    expect(Object.keys(decodePerPayer(run))).toEqual([...PAYERS]);
  });

  test('a run at the end of a longer array is read from its starting place; an empty run is every payer zero', () => {
    const p = emptyPerPayer();
    p.wmo = { vermedenKosten: 198_210, investering: 0 };
    expect(decodePerPayer(['2025-12-31', 41, ...encodePerPayer(p)], 2)).toEqual(p);
    expect(decodePerPayer(encodePerPayer(emptyPerPayer()))).toEqual(emptyPerPayer());
  });

  test('an absent payer is a shared frozen zero: a write to it throws instead of changing every case', () => {
    const decoded = decodePerPayer([]);
    expect(() => {
      (decoded.wmo as { investering: number }).investering = 5;
    }).toThrow(TypeError);
  });
});
