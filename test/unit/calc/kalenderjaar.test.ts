import { describe, expect, it } from 'vitest';
import { computeKalenderjaar, periodShare, splitByDays, type Segment } from '../../../shared/calc/kalenderjaar';
import { parsePeriod, type Period } from '../../../shared/calc/period';
import { escalation, intervention, line, makeCase } from './fixtures';

function period(text: string): Period {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.message);
  return r.period;
}

/** A case saving `cents` (one wmo reference line, nothing actual). */
function saving(cents: number, referenceDate: string, horizonWeeks: number, code = 'BLO-2024-001') {
  return makeCase({ code, referenceDate, horizonWeeks, reference: [line({ unitCostCents: cents })] });
}

describe('§3.8 the horizon is split over calendar years pro rata to days, largest remainder', () => {
  /*
   * Reference 2024-12-01, 8 weeks = 56 days: 2024-12-01..2025-01-25 → 31 days in 2024, 25 in 2025.
   * Lines: wmo 60 000 (evidence A) and zvw 40 000 (B); attribution 50.
   *   vermedenKosten 100 000: 100 000×31/56 = 55 357.14, ×25/56 = 44 642.86 → floors 55 357 + 44 642,
   *     1 cent left to the larger remainder (.86, 2025) → 55 357 | 44 643
   *   vermedenGecorrigeerd 50 000: 27 678.57 | 22 321.43 → the cent to 2024 → 27 679 | 22 321
   *   vermedenZeker 30 000 (wmo only, × 50 %): 16 607.14 | 13 392.86 → 16 607 | 13 393
   *   wmo 60 000: 33 214.29 | 26 785.71 → 33 214 | 26 786; zvw 40 000: 22 142.86 | 17 857.14 → 22 143 | 17 857
   *   gemeente = wmo; totaal = wmo + zvw: 55 357 | 44 643
   */
  const acrossNewYear = makeCase({
    referenceDate: '2024-12-01',
    horizonWeeks: 8,
    attributionPct: 50,
    reference: [line({ payer: 'wmo', unitCostCents: 60000, evidence: 'A' }), line({ payer: 'zvw', unitCostCents: 40000 })],
  });

  it('a horizon across New Year puts each year its days, and the years add up to the case', () => {
    const y24 = computeKalenderjaar([acrossNewYear], period('2024'));
    const y25 = computeKalenderjaar([acrossNewYear], period('2025'));
    expect([y24.vermedenKosten, y25.vermedenKosten]).toEqual([55357, 44643]);
    expect([y24.vermedenGecorrigeerd, y25.vermedenGecorrigeerd]).toEqual([27679, 22321]);
    expect([y24.vermedenZeker, y25.vermedenZeker]).toEqual([16607, 13393]);
    expect([y24.perPayer.wmo.vermedenKosten, y25.perPayer.wmo.vermedenKosten]).toEqual([33214, 26786]);
    expect([y24.perPayer.zvw.vermedenKosten, y25.perPayer.zvw.vermedenKosten]).toEqual([22143, 17857]);
    expect([y24.gemeente.vermedenKosten, y25.gemeente.vermedenKosten]).toEqual([33214, 26786]);
    expect([y24.totaal.vermedenKosten, y25.totaal.vermedenKosten]).toEqual([55357, 44643]);
    expect(y25.cases.map((c) => [c.code, c.horizonFrom, c.horizonTo, c.daysInPeriod, c.horizonDays])).toEqual([
      ['BLO-2024-001', '2024-12-01', '2025-01-25', 25, 56],
    ]);
  });

  it('the leap day of 2024 counts: 52 weeks from 1 February 2024 are 335 days in 2024 and 29 in 2025', () => {
    // 2024-02-01..2025-01-29 = 364 days; 2024 from 1 Feb: 366 − 31 = 335; 2025: 29. 364 000 → 1 000 a day.
    const c = saving(364000, '2024-02-01', 52);
    expect(computeKalenderjaar([c], period('2024')).vermedenKosten).toBe(335000);
    expect(computeKalenderjaar([c], period('2025')).vermedenKosten).toBe(29000);
  });

  it('a negative saving is split as its absolute value and negated (not floored towards minus)', () => {
    // −100 000 over 31 | 25 days: |−100 000| splits 55 357 | 44 643 (as above), negated.
    const c = makeCase({ referenceDate: '2024-12-01', horizonWeeks: 8, actual: [line({ unitCostCents: 100000 })] });
    expect(computeKalenderjaar([c], period('2024')).vermedenKosten).toBe(-55357);
    expect(computeKalenderjaar([c], period('2025')).vermedenKosten).toBe(-44643);
    expect(splitByDays(-100000, [31, 25])).toEqual([-55357, -44643]);
  });

  it('a tie between two years gives the cent to the earlier year', () => {
    // 2024-12-25 + 14 days: 7 days in 2024 (25–31 Dec), 7 in 2025. 1 001 → 500.5 | 500.5 → 501 | 500.
    const c = saving(1001, '2024-12-25', 2);
    expect(computeKalenderjaar([c], period('2024')).vermedenKosten).toBe(501);
    expect(computeKalenderjaar([c], period('2025')).vermedenKosten).toBe(500);
    expect(splitByDays(-1001, [7, 7])).toEqual([-501, -500]);
  });

  it('every split is the largest-remainder split in exact integers, also for amounts beyond 2^53 ÷ days', () => {
    // The rule in BigInt, as the engine's comment states it: floor each share, one cent each to the
    // largest remainders, ties to the earlier part, a negative amount split as |amount| and negated.
    const reference = (total: number, days: number[]): number[] => {
      const sum = BigInt(days.reduce((a, d) => a + d, 0));
      const m = BigInt(Math.abs(total));
      const parts = days.map((d) => (m * BigInt(d)) / sum);
      let left = m - parts.reduce((a, p) => a + p, 0n);
      const order = days.map((d, i) => ({ i, r: (m * BigInt(d)) % sum })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
      for (const { i } of order) if (left > 0n) { parts[i] = parts[i]! + 1n; left -= 1n; }
      return parts.map((p) => (total < 0 && p !== 0n ? -Number(p) : Number(p)));
    };
    let seed = 7;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const totals = [0, 1, -1, 999_999_999_99, -123_456_789_01, Number.MAX_SAFE_INTEGER, -(2 ** 52) + 3];
    for (let k = 0; k < 300; k += 1) totals.push((next(2) === 0 ? -1 : 1) * next(2_000_000_000) * (next(3) + 1));
    for (const total of totals) {
      const days = Array.from({ length: next(4) + 1 }, () => next(400) + 1);
      expect(splitByDays(total, days), `${String(total)} over ${days.join('|')}`).toEqual(reference(total, days));
    }
  });
});

describe('§3.8 the period\'s share is the sum of the split\'s parts in the period', () => {
  it('periodShare equals the in-period parts of splitByDays, for 400 random horizons cut into 1–6 segments, any of them in the period', () => {
    let seed = 11;
    // The high bits of the generator: its lowest bit only alternates.
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 12) % n; };
    const totals = [0, 1, -1, 7, -7, 999_999_999_99, -123_456_789_01, Number.MAX_SAFE_INTEGER, -(2 ** 52) + 3];
    for (let k = 0; k < 400; k += 1) totals.push((next(2) === 0 ? -1 : 1) * next(2_000_000_000) * (next(3) + 1));
    let mixed = 0;
    for (const total of totals) {
      let first = 20_000;
      const segments: Segment[] = Array.from({ length: next(6) + 1 }, () => {
        const days = next(400) + 1;
        const s = { first, last: first + days - 1, inPeriod: next(2) === 0 };
        first += days;
        return s;
      });
      const parts = splitByDays(total, segments.map((s) => s.last - s.first + 1));
      const expected = parts.reduce((acc, part, i) => (segments[i]!.inPeriod ? acc + part : acc), 0);
      expect(periodShare(total, segments), `${String(total)} over ${segments.map((s) => `${String(s.last - s.first + 1)}${s.inPeriod ? '*' : ''}`).join('|')}`).toBe(expected);
      if (segments.some((s) => s.inPeriod) && segments.some((s) => !s.inPeriod)) mixed += 1;
    }
    expect(mixed).toBeGreaterThan(100);
  });
});

describe('§3.8 investering is booked in the year its cost fell', () => {
  /*
   * Reference 2024-11-01. Intervention A ingezet, no startedOn: 5 000 → on the reference date, 2024.
   * Intervention B ingezet, started 2025-01-15: 20 000 → 2025. B voorgesteld 2025 costs nothing.
   * Maatwerkbudget toegekend on 2025-02-01: 3 000 gemeente_overig → 2025.
   * Saving 56 000 over 56 days (8 weeks: 2024-11-01..2024-12-26) → all in 2024.
   * 2024: vermedenGecorrigeerd 56 000, investering 5 000, netto 51 000, per euro 11.20
   * 2025: vermedenGecorrigeerd 0, investering 23 000, netto −23 000, per euro 0
   */
  const c = makeCase({
    referenceDate: '2024-11-01',
    horizonWeeks: 8,
    reference: [line({ unitCostCents: 56000 })],
    interventions: [
      intervention({ oneOffCents: 5000 }),
      intervention({ oneOffCents: 20000, startedOn: '2025-01-15', payer: 'jeugd' }),
      intervention({ oneOffCents: 9999, startedOn: '2025-01-15', status: 'voorgesteld' }),
    ],
    escalations: [escalation({ status: 'besluit', besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 3000, decidedOn: '2025-02-01' } })],
  });

  it('an intervention started in the next year is that year\'s investering, and the case shows there without a day of horizon', () => {
    const y24 = computeKalenderjaar([c], period('2024'));
    const y25 = computeKalenderjaar([c], period('2025'));
    expect([y24.vermedenGecorrigeerd, y24.investering, y24.nettoRendement, y24.rendementPerEuro]).toEqual([56000, 5000, 51000, 11.2]);
    expect([y25.vermedenGecorrigeerd, y25.investering, y25.nettoRendement, y25.rendementPerEuro]).toEqual([0, 23000, -23000, 0]);
    expect([y25.perPayer.jeugd.investering, y25.perPayer.gemeente_overig.investering, y25.perPayer.wmo.investering]).toEqual([20000, 3000, 0]);
    expect(y25.cases.map((x) => [x.code, x.daysInPeriod])).toEqual([['BLO-2024-001', 0]]);
  });

  it('a case whose horizon and costs lie outside the period is not in it', () => {
    expect(computeKalenderjaar([c], period('2026')).cases).toEqual([]);
  });
});

describe('§3.8 for a shorter period the split is made over the days of the period', () => {
  /*
   * Reference 2025-03-01, 52 weeks: 2025-03-01..2026-02-27 (364 days).
   * T2 (1 May–31 Aug): segments 1 Mar–30 Apr 61 | T2 123 | 1 Sep–31 Dec 122 | 2026 58 days.
   *   100 000: 16 758.24 | 33 791.21 | 33 516.48 | 15 934.07 → floors sum 99 999, the cent to the
   *   largest remainder (.48, Sep–Dec) → T2's share 33 791.
   */
  it('a tertiaal gets the days of its four months', () => {
    const r = computeKalenderjaar([saving(100000, '2025-03-01', 52)], period('2025-T2'));
    expect([r.vermedenKosten, r.cases[0]?.daysInPeriod]).toEqual([33791, 123]);
  });

  it('a quarter gets the days of its three months', () => {
    // Q3 (1 Jul–30 Sep): 122 | 92 | 92 | 58 days; 364 000 → 1 000 a day → 92 000.
    const r = computeKalenderjaar([saving(364000, '2025-03-01', 52)], period('2025-Q3'));
    expect([r.vermedenKosten, r.cases[0]?.daysInPeriod]).toEqual([92000, 92]);
  });

  it('a range takes the tail of a case of an earlier year', () => {
    // Reference 2024-10-01 + 364 days = ..2025-09-29: 92 days in 2024 | 181 (Jan–Jun 2025) | 91 → 181 000.
    const r = computeKalenderjaar([saving(364000, '2024-10-01', 52)], period('2025-01-01..2025-06-30'));
    expect([r.vermedenKosten, r.cases[0]?.daysInPeriod]).toEqual([181000, 181]);
  });

  it('a year is the whole year: the case\'s years add up to the case cent for cent', () => {
    const c = saving(100000, '2025-03-01', 52);
    const y25 = computeKalenderjaar([c], period('2025')).vermedenKosten;
    const y26 = computeKalenderjaar([c], period('2026')).vermedenKosten;
    // 306 | 58 days: 84 065.93 | 15 934.07 → 84 066 | 15 934
    expect([y25, y26, y25 + y26]).toEqual([84066, 15934, 100000]);
  });

  it('sums over cases and wijken; rendementPerEuro from the sums, n.v.t. without investering', () => {
    const a = saving(364000, '2025-03-01', 52, 'BLO-2025-001');
    const b = makeCase({ ...saving(364000, '2025-03-01', 52, 'SCH-2025-001'), wijk: 'Schiebroek' });
    const r = computeKalenderjaar([b, a], period('2025-Q3'));
    expect(r.cases.map((x) => x.code)).toEqual(['BLO-2025-001', 'SCH-2025-001']);
    expect(r.perWijk).toEqual({
      Bloemhof: { vermedenKosten: 92000, vermedenGecorrigeerd: 92000, vermedenZeker: 0, investering: 0, nettoRendement: 92000, rendementPerEuro: null },
      Schiebroek: { vermedenKosten: 92000, vermedenGecorrigeerd: 92000, vermedenZeker: 0, investering: 0, nettoRendement: 92000, rendementPerEuro: null },
    });
    expect([r.vermedenKosten, r.rendementPerEuro]).toEqual([184000, null]);
  });
});
