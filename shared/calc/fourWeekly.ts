/**
 * Issue #14 item 9: the Wmo-kader pays an arrangement "per vier weken" (seed [004]), the weekbedrag
 * rules of §3.5 speak per week. One conversion, exact in integer cents:
 *  - weekbedrag = fourWeekly / 4, rounded half away from zero to whole cents (one rounding; the
 *    stored weeklyCents of a four-weekly arrangement is always this value);
 *  - a cap per week is compared with the four-weekly amount as 4 × cap, so no rounding can move
 *    an arrangement across the cap (€ 16.000,01 per four weeks is above € 4.000 per week);
 *  - the amount above the cap over the arrangement is (fourWeekly − 4 × cap) × weeks / 4, rounded once.
 */
import { mulDivRound } from './rounding';

export function weeklyFromFourWeekly(fourWeeklyCents: number): number {
  return mulDivRound([fourWeeklyCents], 4);
}

/** What an arrangement's amount is measured in: cents per week, or per four weeks when it has a four-weekly amount. */
interface Amount {
  weeklyCents: number;
  fourWeeklyCents?: number | undefined;
}

/** Whether the arrangement's amount lies above a cap per week, compared exactly (see above). */
export function isAboveWeeklyCap(a: Amount, capCents: number): boolean {
  return a.fourWeeklyCents === undefined ? a.weeklyCents > capCents : a.fourWeeklyCents > 4 * capCents;
}

/** (amount − cap) × weeks in cents, one rounding; from the four-weekly amount when there is one. */
export function costAboveCap(a: Amount, capCents: number, weeks: number): number {
  return a.fourWeeklyCents === undefined ? mulDivRound([a.weeklyCents - capCents, weeks]) : mulDivRound([a.fourWeeklyCents - 4 * capCents, weeks], 4);
}

/**
 * The subcontractor surcharge's amount over the whole arrangement (seed [003] measure 7: "6 tot 8%
 * administratiekosten" on top of the arrangement): weekbedrag × weeks × pct / 100, from the
 * four-weekly amount (÷ 4) when there is one, one rounding half away from zero. 0 without a surcharge.
 */
export function surchargeCents(a: Amount & { weeks: number; subcontractorSurchargePct?: number | undefined }): number {
  const pct = a.subcontractorSurchargePct ?? 0;
  if (pct === 0) return 0;
  return a.fourWeeklyCents === undefined ? mulDivRound([a.weeklyCents, a.weeks, pct], 100) : mulDivRound([a.fourWeeklyCents, a.weeks, pct], 400);
}
