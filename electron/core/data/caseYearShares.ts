/**
 * A case's §3.8 share of each calendar year (migration 020, issue #13): what
 * kalenderjaarCaseOf(case, year) gives, stored beside the case's summary so the kalenderjaar view
 * of a whole year reads one small row per case instead of spreading every case again. Stored as a
 * positional JSON array like the summary (caseSummaryCodec.ts); the case row's own columns (code,
 * wijk, calculation status, reference date, horizon) are read live. yearSharesOf and
 * decodeYearShare together give exactly kalenderjaarCaseOf (caseYearShares.test.ts).
 */
import { kalenderjaarCaseOf, type KalenderjaarCase, type SummedCaseCalc } from '../../../shared/calc';
import { firstDayOfYear, toDayNumber } from '../../../shared/calc/dates';
import { gemeenteFigures, type PayerFigures } from '../../../shared/calc/payers';
import { yearPeriod } from '../../../shared/calc/period';
import type { CalculationStatus } from '../../../shared/domain/enums';
import { decodePerPayer, encodePerPayer, type EncodedPerPayer } from './perPayerCodec';

type EncodedShare = [
  horizonTo: string,
  daysInPeriod: number,
  vermedenKosten: number,
  vermedenGecorrigeerd: number,
  vermedenZeker: number,
  investering: number,
  nettoRendement: number,
  rendementPerEuro: number | null,
  // The per-payer run (perPayerCodec.ts) at the end of the same array: one array per share.
  ...perPayer: EncodedPerPayer,
];

/**
 * A stored share as read (raw, by position): the case row's code, wijk, calculation status,
 * reference date and horizon, then the share. SHARE_ROW_COLUMNS selects them in this order.
 */
export type ShareRow = [code: string, wijk: string, calculationStatus: CalculationStatus, referenceDate: string, horizonWeeks: number, share: string];
export const SHARE_ROW_COLUMNS = 'c.code, c.wijk, c.calculation_status, c.reference_date, c.horizon_weeks, y.share';

/**
 * The first and last calendar year a case can have a share in: from its reference date or
 * earliest cost to the end of its horizon or its latest cost (an intervention can start, a
 * maatwerkbudget be granted, outside the horizon). Null without a reference date: no share at all.
 */
function yearRangeOf(c: SummedCaseCalc): [first: number, last: number] | null {
  if (c.referenceDate === null) return null;
  const start = toDayNumber(c.referenceDate);
  let minDay = start;
  let maxDay = start + c.horizonWeeks * 7 - 1;
  const costDays = c.sums.countedCostByStart.map((d) => d[1] ?? start);
  for (const e of c.escalations) if (e.besluit?.decidedOn !== undefined) costDays.push(toDayNumber(e.besluit.decidedOn));
  for (const d of costDays) {
    minDay = Math.min(minDay, d);
    maxDay = Math.max(maxDay, d);
  }
  let first = Number(c.referenceDate.slice(0, 4));
  while (firstDayOfYear(first) > minDay) first -= 1;
  let last = first;
  while (firstDayOfYear(last + 1) <= maxDay) last += 1;
  return [first, last];
}

/** One year's share as stored: encoded, with its gemeente figure beside it (migration 022). */
interface StoredShare {
  year: number;
  share: string;
  gemeente: PayerFigures;
}

/** The case's share of every calendar year it touches, encoded. */
export function yearSharesOf(c: SummedCaseCalc): StoredShare[] {
  const range = yearRangeOf(c);
  if (range === null) return [];
  const shares: StoredShare[] = [];
  for (let year = range[0]; year <= range[1]; year += 1) {
    const row = kalenderjaarCaseOf(c, yearPeriod(year));
    if (row !== null) shares.push({ year, share: encodeShare(row), gemeente: gemeenteFigures(row.perPayer) });
  }
  return shares;
}

function encodeShare(r: KalenderjaarCase): string {
  const encoded: EncodedShare = [r.horizonTo, r.daysInPeriod, r.vermedenKosten, r.vermedenGecorrigeerd, r.vermedenZeker, r.investering, r.nettoRendement, r.rendementPerEuro, ...encodePerPayer(r.perPayer)];
  return JSON.stringify(encoded);
}

/** The stored share back as the engine's KalenderjaarCase (same keys, same order, same cents). */
export function decodeYearShare(row: ShareRow): KalenderjaarCase {
  const e = JSON.parse(row[5]) as EncodedShare;
  const perPayer = decodePerPayer(e, 8);
  return {
    code: row[0],
    wijk: row[1],
    calculationStatus: row[2],
    horizonFrom: row[3],
    horizonTo: e[0],
    daysInPeriod: e[1],
    horizonDays: row[4] * 7,
    // Stored as the engine computed them, nettoRendement and rendementPerEuro too (no division per read).
    vermedenKosten: e[2],
    vermedenGecorrigeerd: e[3],
    vermedenZeker: e[4],
    investering: e[5],
    nettoRendement: e[6],
    rendementPerEuro: e[7],
    perPayer,
  };
}
