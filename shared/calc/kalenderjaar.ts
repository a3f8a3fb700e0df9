/**
 * §3.8 the kalenderjaar view: each case's savings spread over the calendar years (or the days of a
 * shorter period) its horizon covers, pro rata to days, for a budget booked per calendar year
 * (measure 19). The cohort view (businesscase.ts) books the whole horizon in the period of the
 * reference date instead.
 *
 * The split: the horizon (horizonWeeks × 7 days from the reference date, that day included) is cut
 * into segments at every 1 January and at the period's first day and the day after its last. Each
 * amount (vermedenKosten, vermedenGecorrigeerd, vermedenZeker, and every payer's vermedenKosten) is
 * split over the segments in proportion to their days by the largest-remainder method — ties to the
 * earlier segment, a negative amount split as its absolute value and negated — so the segments add
 * up to the case cent for cent; the period's share is the sum of the segments inside it. For a year
 * the cuts are the year's own ends, so a year's share is exactly the case's split over its years.
 * Each period is split on its own: the shares of T1, T2 and T3 can differ from the year's share by
 * a cent per case (largest remainder over other segments), never more.
 *
 * investering is booked on the day its cost fell: a counted intervention's startedOn (the case's
 * reference date when absent), a granted maatwerkbudget's decidedOn. nettoRendement and
 * rendementPerEuro follow from the period's sums as in §3.2.
 */
import type { CalculationStatus, Payer } from '../domain/enums';
import { PAYERS } from '../domain/enums';
import { addDays, firstDayOfYear, toDayNumber } from './dates';
import { sumsOf } from './caseSums';
import { addCents, subCents } from './money';
import { emptyPerPayer, gemeenteFigures, totaalFigures, type PayerFigures } from './payers';
import type { Period } from './period';
import { grantedMaatwerkbudget, rendementPerEuro, vermedenOf } from './rendement';
import { toSafeNumber } from './rounding';
import type { BusinesscaseCase, CountedCostOnDay } from './types';

/** The §3.2 figures that §3.8 spreads or books, for one period. */
interface KalenderjaarTotals {
  vermedenKosten: number;
  vermedenGecorrigeerd: number;
  vermedenZeker: number;
  investering: number;
  nettoRendement: number;
  rendementPerEuro: number | null;
}

export interface KalenderjaarCase extends KalenderjaarTotals {
  code: string;
  wijk: string;
  calculationStatus: CalculationStatus;
  /** The horizon's first and last day (inclusive). */
  horizonFrom: string;
  horizonTo: string;
  /** Days of the horizon inside the period, of horizonDays. */
  daysInPeriod: number;
  horizonDays: number;
  perPayer: Record<Payer, PayerFigures>;
}

export interface Kalenderjaar extends KalenderjaarTotals {
  from: string;
  to: string;
  perPayer: Record<Payer, PayerFigures>;
  gemeente: PayerFigures;
  totaal: PayerFigures;
  perWijk: Record<string, KalenderjaarTotals>;
  /** Every case with a day of its horizon or a cost in the period, by code. */
  cases: KalenderjaarCase[];
}

export interface Segment {
  first: number;
  last: number;
  inPeriod: boolean;
}

/**
 * Largest remainder over integer weights: floor every exact share, then one cent each to the
 * largest remainders, ties to the earlier index. Negative totals: split |total|, negate the parts.
 */
export function splitByDays(totalCents: number, days: readonly number[]): number[] {
  const daySum = days.reduce((a, d) => a + d, 0);
  if (daySum === 0) throw new RangeError('Kan een bedrag niet verdelen over nul dagen.');
  const magnitude = Math.abs(totalCents);
  if (magnitude === 0) return days.map(() => 0);
  // Exact in doubles while magnitude × days stays below 2^53 (every real case: € 10 mln over
  // 728 days is 7·10^11); otherwise the same arithmetic in BigInt. Both give the same cents.
  const parts = Number.isSafeInteger(magnitude * daySum) ? splitExact(magnitude, days, daySum) : splitBig(magnitude, days);
  return totalCents < 0 ? parts.map((c) => (c !== 0 ? -c : c)) : parts;
}

/** Largest remainder in integer doubles (every product is a safe integer, checked by the caller). */
function splitExact(magnitude: number, days: readonly number[], daySum: number): number[] {
  // (a − a mod b) / b is exact in doubles; Math.floor(a / b) could round up near an integer.
  const parts = days.map((d) => (magnitude * d - ((magnitude * d) % daySum)) / daySum);
  let leftover = magnitude - parts.reduce((a, p) => a + p, 0);
  if (leftover === 0) return parts;
  const order = days.map((d, index) => ({ index, remainder: (magnitude * d) % daySum })).sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : b.remainder - a.remainder));
  for (const { index } of order) {
    if (leftover === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}

function splitBig(magnitudeCents: number, days: readonly number[]): number[] {
  const weights = days.map((d) => BigInt(d));
  const sum = weights.reduce((a, w) => a + w, 0n);
  const magnitude = BigInt(magnitudeCents);
  const parts = weights.map((w) => (magnitude * w) / sum);
  let leftover = magnitude - parts.reduce((a, p) => a + p, 0n);
  const order = weights
    .map((w, index) => ({ index, remainder: (magnitude * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map(toSafeNumber);
}

/** The period as ISO dates and as day numbers. */
interface PeriodDays {
  from: string;
  to: string;
  first: number;
  last: number;
}

/** The horizon (its first and last day, inclusive) cut at every 1 January and at the period's ends. */
function segmentsOf(first: number, last: number, firstYear: number, lastYear: number, period: PeriodDays): Segment[] {
  const segments: Segment[] = [];
  let start = first;
  // A cut on the horizon's first day, a second cut on one day, or one past its end cuts nothing.
  const cutAt = (at: number) => {
    if (at <= start || at > last) return;
    segments.push({ first: start, last: at - 1, inPeriod: start >= period.first && at - 1 <= period.last });
    start = at;
  };
  // The year starts ascend; the period's two cuts are merged in where they fall (no sort per case).
  const periodCuts = [period.first, period.last + 1];
  let next = 0;
  for (let y = firstYear + 1; y <= lastYear; y += 1) {
    const yearStart = firstDayOfYear(y);
    for (; next < periodCuts.length && (periodCuts[next] ?? 0) <= yearStart; next += 1) cutAt(periodCuts[next] ?? 0);
    cutAt(yearStart);
  }
  for (; next < periodCuts.length; next += 1) cutAt(periodCuts[next] ?? 0);
  segments.push({ first: start, last, inPeriod: start >= period.first && last <= period.last });
  return segments;
}

/**
 * The period's share of an amount spread over the segments by days: the sum of the parts
 * splitByDays gives the segments in the period. The parts add up to the total, so a horizon wholly
 * inside (or outside) the period needs no split. Otherwise the same largest remainder, summed as it
 * goes: the kalenderjaar view takes twelve shares of every case (issue #13), so no arrays per share.
 */
export function periodShare(totalCents: number, segments: readonly Segment[]): number {
  let inPeriod = 0;
  let daySum = 0;
  for (const s of segments) {
    daySum += s.last - s.first + 1;
    if (s.inPeriod) inPeriod += 1;
  }
  if (totalCents === 0 || inPeriod === 0) return 0;
  if (inPeriod === segments.length) return totalCents;
  const magnitude = Math.abs(totalCents);
  if (!Number.isSafeInteger(magnitude * daySum) || segments.length > 32) {
    const parts = splitByDays(
      totalCents,
      segments.map((s) => s.last - s.first + 1),
    );
    return parts.reduce((acc, part, i) => (segments[i]?.inPeriod ? addCents(acc, part) : acc), 0);
  }
  // Floors first; then one cent each to the largest remainders, ties to the earlier segment.
  let share = 0;
  let leftover = magnitude;
  for (const s of segments) {
    const product = magnitude * (s.last - s.first + 1);
    const floor = (product - (product % daySum)) / daySum;
    leftover -= floor;
    if (s.inPeriod) share += floor;
  }
  let taken = 0; // bit i: segment i has had its extra cent
  for (; leftover > 0; leftover -= 1) {
    let best = -1;
    let bestRemainder = -1;
    for (let i = 0; i < segments.length; i += 1) {
      const s = segments[i] as Segment;
      const remainder = (magnitude * (s.last - s.first + 1)) % daySum;
      if ((taken & (1 << i)) === 0 && remainder > bestRemainder) {
        best = i;
        bestRemainder = remainder;
      }
    }
    taken |= 1 << best;
    if (segments[best]?.inPeriod) share += 1;
  }
  return totalCents < 0 ? -share || 0 : share;
}

function totals(vermedenKosten: number, vermedenGecorrigeerd: number, vermedenZeker: number, investering: number): KalenderjaarTotals {
  return {
    vermedenKosten,
    vermedenGecorrigeerd,
    vermedenZeker,
    investering,
    nettoRendement: subCents(vermedenGecorrigeerd, investering),
    rendementPerEuro: rendementPerEuro(vermedenGecorrigeerd, investering),
  };
}

/** One case's share of the period, or null when neither its horizon nor any of its costs touch it. */
function caseInPeriod(c: BusinesscaseCase, period: PeriodDays): KalenderjaarCase | null {
  if (c.referenceDate === null) return null;
  const reference = c.referenceDate;
  const sums = sumsOf(c);
  const horizonDays = c.horizonWeeks * 7;
  const first = toDayNumber(reference);
  const last = first + horizonDays - 1;

  // investering on the day its cost fell: an intervention's start day (else the reference date), a
  // maatwerkbudget's besluit (ISO dates order as strings).
  const perPayer = emptyPerPayer();
  let investering = 0;
  let costInPeriod = false;
  const byStart = sums.countedCostByStart;
  for (let i = 0; i < byStart.length; i += 1) {
    // By index, not by destructuring (no iterator per entry: thousands of cases, issue #13).
    const day = byStart[i] as CountedCostOnDay;
    const on = day[1] ?? first;
    if (on < period.first || on > period.last) continue;
    costInPeriod = true;
    investering = addCents(investering, day[2]);
    perPayer[day[0]].investering = addCents(perPayer[day[0]].investering, day[2]);
  }
  for (const e of c.escalations) {
    const budget = grantedMaatwerkbudget(e);
    const on = e.besluit?.decidedOn;
    if (budget === null || on === undefined || on < period.from || on > period.to) continue;
    costInPeriod = true;
    investering = addCents(investering, budget.cents);
    perPayer[budget.payer].investering = addCents(perPayer[budget.payer].investering, budget.cents);
  }

  const overlaps = first <= period.last && last >= period.first;
  if (!overlaps && !costInPeriod) return null;
  const horizonTo = addDays(reference, horizonDays - 1);
  const segments = segmentsOf(first, last, Number(reference.slice(0, 4)), Number(horizonTo.slice(0, 4)), period);
  let daysInPeriod = 0;
  for (const s of segments) if (s.inPeriod) daysInPeriod += s.last - s.first + 1;
  // A horizon outside the period (a case with only a cost in it) has no share of the savings.
  const share = (cents: number) => (overlaps ? periodShare(cents, segments) : 0);
  // The payers' avoided costs are their sums as §3.2 has them (no maatwerkbudget enters them).
  for (const payer of PAYERS) perPayer[payer].vermedenKosten = share(sums.perPayer[payer].vermedenKosten);
  const v = vermedenOf(c, sums);
  return {
    code: c.code,
    wijk: c.wijk,
    calculationStatus: c.calculationStatus,
    horizonFrom: reference,
    horizonTo,
    daysInPeriod,
    horizonDays,
    ...totals(share(v.vermedenKosten), share(v.vermedenGecorrigeerd), share(v.vermedenZeker), investering),
    perPayer,
  };
}

function sum(rows: readonly KalenderjaarTotals[]): KalenderjaarTotals {
  const add = (pick: (t: KalenderjaarTotals) => number) => rows.reduce((acc, t) => addCents(acc, pick(t)), 0);
  return totals(
    add((t) => t.vermedenKosten),
    add((t) => t.vermedenGecorrigeerd),
    add((t) => t.vermedenZeker),
    add((t) => t.investering),
  );
}

/** Code-point order, as the cohort view sorts its cases. */
function byCode(a: KalenderjaarCase, b: KalenderjaarCase): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** The period as the engine counts it: ISO dates and day numbers. */
function periodDays(period: Pick<Period, 'from' | 'to'>): PeriodDays {
  return { from: period.from, to: period.to, first: toDayNumber(period.from), last: toDayNumber(period.to) };
}

/**
 * One case's share of the period (§3.8), or null when neither its horizon nor any of its costs
 * touch it. For a calendar year the store keeps this per case (data/caseYearShares.ts).
 */
export function kalenderjaarCaseOf(c: BusinesscaseCase, period: Pick<Period, 'from' | 'to'>): KalenderjaarCase | null {
  return caseInPeriod(c, periodDays(period));
}

/**
 * §3.8 over the given cases (already narrowed to the filters and without `ingetrokken`; NOT to
 * reference dates in the period: cases of earlier years add their tail).
 */
export function computeKalenderjaar(cases: readonly BusinesscaseCase[], period: Pick<Period, 'from' | 'to'>): Kalenderjaar {
  const days = periodDays(period);
  const rows: KalenderjaarCase[] = [];
  for (const c of cases) {
    const row = caseInPeriod(c, days);
    if (row !== null) rows.push(row);
  }
  return sumKalenderjaar(rows, period);
}

/** The view's totals over the cases' shares of the period (each case once, in any order). */
export function sumKalenderjaar(shares: readonly KalenderjaarCase[], period: Pick<Period, 'from' | 'to'>): Kalenderjaar {
  const rows = [...shares].sort(byCode);
  const perPayer = emptyPerPayer();
  for (const r of rows) {
    for (const payer of PAYERS) {
      // Running sums in place: no new object per case and payer.
      const sum = perPayer[payer];
      sum.vermedenKosten = addCents(sum.vermedenKosten, r.perPayer[payer].vermedenKosten);
      sum.investering = addCents(sum.investering, r.perPayer[payer].investering);
    }
  }
  const wijken = [...new Set(rows.map((r) => r.wijk))].sort();
  return {
    from: period.from,
    to: period.to,
    ...sum(rows),
    perPayer,
    gemeente: gemeenteFigures(perPayer),
    totaal: totaalFigures(perPayer),
    perWijk: Object.fromEntries(wijken.map((w) => [w, sum(rows.filter((r) => r.wijk === w))])),
    cases: rows,
  };
}
