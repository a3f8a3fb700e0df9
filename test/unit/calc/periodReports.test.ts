/**
 * §3.3 every period kind through the businesscase engine, and §3.8 the kalenderjaar view of a
 * tertiaal and the comparison with measure 19 — on a small dataset computed by hand below.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOKED_EFFECT_MEASURE_19 } from '../../../shared/calc/bookedEffect';
import { computeBusinesscase } from '../../../shared/calc/businesscase';
import { computeKalenderjaar } from '../../../shared/calc/kalenderjaar';
import { compareWithMeasure19 } from '../../../shared/calc/measure19';
import { parsePeriod, periodText, wholeYearOf, type Period } from '../../../shared/calc/period';
import { intervention, line, makeCase } from './fixtures';

function period(text: string): Period {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.message);
  return r.period;
}

/** A case saving `cents` for the wmo (one reference line, nothing actual). */
const saving = (code: string, referenceDate: string, cents: number, extra: Parameters<typeof makeCase>[0] = {}) =>
  makeCase({ code, referenceDate, reference: [line({ unitCostCents: cents })], ...extra });

/*
 * Reference dates on the edges of the tertialen and quarters of 2025:
 *   A 10-02 (T1, Q1) € 100 · B 31-05 (T2, Q2) € 200 · C 31-08 (T2's last day, Q3) € 300
 *   D 01-09 (T3's first day, Q3) € 400 · E 30-04 (T1, Q2) € 500 but ingetrokken: never counted.
 */
const cases = [
  saving('BLO-2025-001', '2025-02-10', 10000),
  saving('BLO-2025-002', '2025-05-31', 20000),
  saving('BLO-2025-003', '2025-08-31', 30000),
  saving('BLO-2025-004', '2025-09-01', 40000),
  saving('BLO-2025-005', '2025-04-30', 50000, { status: 'ingetrokken' }),
];
const bc = (text: string) => computeBusinesscase(cases, { period: period(text), bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19 });

describe('§3.3 a case belongs to the period its reference date lies in (both ends inclusive), ingetrokken never', () => {
  it.each([
    ['2025', ['BLO-2025-001', 'BLO-2025-002', 'BLO-2025-003', 'BLO-2025-004'], 100000],
    ['2025-T1', ['BLO-2025-001'], 10000],
    ['2025-T2', ['BLO-2025-002', 'BLO-2025-003'], 50000],
    ['2025-T3', ['BLO-2025-004'], 40000],
    ['2025-Q2', ['BLO-2025-002'], 20000],
    ['2025-Q3', ['BLO-2025-003', 'BLO-2025-004'], 70000],
    ['2025-05-31..2025-08-31', ['BLO-2025-002', 'BLO-2025-003'], 50000],
    ['2025-06-01..2025-08-30', [], 0],
  ] as const)('%s: %j, vermeden € %d cents', (text, codes, vermeden) => {
    const b = bc(text);
    expect(b.cases.map((c) => c.code)).toEqual(codes);
    expect(b.vermedenKosten).toBe(vermeden);
    expect(b.period).toEqual(period(text));
  });

  it('the tertialen of a year add up to the year, and so do its quarters (the cohort view cuts nothing)', () => {
    const sum = (texts: string[]) => texts.reduce((acc, t) => acc + bc(t).vermedenKosten, 0);
    expect(sum(['2025-T1', '2025-T2', '2025-T3'])).toBe(bc('2025').vermedenKosten);
    expect(sum(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'])).toBe(bc('2025').vermedenKosten);
  });

  it('measure 19 is booked per calendar year: a year (or a range of exactly that year) has it, a tertiaal or quarter not', () => {
    expect(bc('2025').bookedEffect).toBe(80_000_000);
    expect(bc('2025-01-01..2025-12-31').bookedEffect).toBe(80_000_000);
    expect(bc('2025-T2').bookedEffect).toBeNull();
    expect(bc('2025-Q3').bookedEffect).toBeNull();
  });

  it('a period written as text reads back as the same period (the recompute command and the channels carry it so)', () => {
    for (const text of ['2025', '2025-T1', '2025-T3', '2025-Q1', '2025-Q4', '2025-01-01..2025-06-30']) {
      expect(periodText(period(text))).toBe(text);
      expect(parsePeriod(periodText(period(text)))).toEqual({ ok: true, period: period(text) });
    }
    expect(wholeYearOf(period('2025-T2'))).toBeNull();
  });
});

describe('§3.8 the kalenderjaar view of a tertiaal: the days of the horizon in it, the investering on its day', () => {
  /*
   * Reference 2025-04-01, 8 weeks = 56 days: 01-04..26-05 → 30 days in T1 (April), 26 in T2 (May).
   * € 100,00 saved: 10 000 × 30/56 = 5 357.14 and × 26/56 = 4 642.86 → floors 5 357 + 4 642, the
   * last cent to the larger remainder (T2) → T1 5 357, T2 4 643. An intervention of € 20 started
   * 10-05 falls in T2. The cohort view books the whole case in T1 (its reference date).
   */
  const c = makeCase({
    code: 'BLO-2025-010',
    referenceDate: '2025-04-01',
    horizonWeeks: 8,
    reference: [line({ unitCostCents: 10000 })],
    interventions: [intervention({ oneOffCents: 2000, startedOn: '2025-05-10' })],
  });

  it('T1 5 357 saved, no investering; T2 4 643 saved and 2 000 invested; together the case', () => {
    const t1 = computeKalenderjaar([c], period('2025-T1'));
    const t2 = computeKalenderjaar([c], period('2025-T2'));
    expect([t1.vermedenKosten, t1.investering, t1.nettoRendement]).toEqual([5357, 0, 5357]);
    expect([t2.vermedenKosten, t2.investering, t2.nettoRendement, t2.rendementPerEuro]).toEqual([4643, 2000, 2643, 2.32]);
    expect(t1.vermedenKosten + t2.vermedenKosten).toBe(10000);
    expect(t2.cases.map((x) => [x.code, x.daysInPeriod, x.horizonDays])).toEqual([['BLO-2025-010', 26, 56]]);
  });

  it('the cohort view of the same case: everything in T1, nothing in T2', () => {
    const cohort = (text: string) => computeBusinesscase([c], { period: period(text), bookedEffectCents: {} });
    expect([cohort('2025-T1').vermedenKosten, cohort('2025-T1').investering]).toEqual([10000, 2000]);
    expect(cohort('2025-T2').cases).toEqual([]);
  });
});

describe('§3.8 the comparison with measure 19 is made in the kalenderjaar view on the gemeente figure, the cohort beside it', () => {
  /*
   * 2024 case: reference 2024-12-01, 8 weeks (31 days in 2024, 25 in 2025), wmo € 1.000 → 2025's
   *   share 100 000 × 25/56 = 44 642.86 → 44 643 (the larger remainder).
   * 2025 case: reference 2025-03-01, 4 weeks, wmo € 100 and zvw € 50 (not the gemeente's), an
   *   intervention of € 20 (wmo) started 05-03.
   * kalenderjaar gemeente 2025: 44 643 + 10 000 = 54 643 saved, 2 000 invested, netto 52 643;
   * cohort gemeente 2025: 10 000 saved, 2 000 invested, netto 8 000; booked € 0,8 mln = 80 000 000
   * cents; difference 54 643 − 80 000 000 = −79 945 357.
   */
  const old = makeCase({ code: 'BLO-2024-001', referenceDate: '2024-12-01', horizonWeeks: 8, reference: [line({ unitCostCents: 100000 })] });
  const fresh = makeCase({
    code: 'BLO-2025-001',
    referenceDate: '2025-03-01',
    horizonWeeks: 4,
    reference: [line({ unitCostCents: 10000 }), line({ payer: 'zvw', unitCostCents: 5000 })],
    interventions: [intervention({ oneOffCents: 2000, startedOn: '2025-03-05' })],
  });

  it('2025: € 546,43 gemeente saved in the kalenderjaar view against the booked € 800.000, the cohort € 100,00 beside it', () => {
    const p = period('2025');
    const cohort = computeBusinesscase([old, fresh], { period: p, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19 });
    const m = compareWithMeasure19(cohort, computeKalenderjaar([old, fresh], p));
    expect(m).toEqual({
      year: 2025,
      bookedEffect: 80_000_000,
      kalenderjaar: { vermedenKosten: 54643, investering: 2000, netto: 52643 },
      cohort: { vermedenKosten: 10000, investering: 2000, netto: 8000 },
      difference: -79_945_357,
    });
  });

  it('no comparison for a tertiaal (measure 19 has no booked effect per tertiaal)', () => {
    const p = period('2025-T1');
    const cohort = computeBusinesscase([old, fresh], { period: p, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19 });
    expect(compareWithMeasure19(cohort, computeKalenderjaar([old, fresh], p))).toBeNull();
  });
});
