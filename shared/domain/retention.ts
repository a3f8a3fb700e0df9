/**
 * PRODUCT.md §5 the retention period (bewaartermijn): a case that is closed — afgesloten or
 * ingetrokken — is kept a number of years (default 2, set in Beheer) after the day it closed, and
 * then comes up for review and erasure.
 *
 * Which statuses count as closed is decided by the status whitelist, not by a list of its own: the
 * final statuses are those without a way out (caseStatus.ts). A final status never reopens there,
 * so a retention date, once set, stays; a case whose status is not final (a received dossier case
 * whose origin sends an earlier step, a file) has none, and the date is cleared.
 */
import { localIsoDate } from '../format/date';
import { FINAL_CASE_STATUSES } from './caseStatus';
import type { CaseStatus } from './enums';

export const DEFAULT_RETENTION_YEARS = 2;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 30;

/** The part of a case the rule reads (a CaseFile has it; kept structural so the domain needs no file schema). */
interface RetainedCase {
  status: CaseStatus;
  statusHistory?: readonly { to: CaseStatus; at: string }[] | undefined;
  retentionUntil?: string | undefined;
}

export function isClosedStatus(status: CaseStatus): boolean {
  return FINAL_CASE_STATUSES.includes(status);
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `years` calendar years after an ISO day. A case closed on 29 February is kept until 28 February
 * of a year without that day — never into March: the period ends no later than the years promise.
 */
export function addYears(isoDay: string, years: number): string {
  const [y = 0, m = 0, d = 0] = isoDay.split('-').map(Number);
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
}

/**
 * The local calendar day (a Rotterdam tafel's, like every "today" of the app) of the last step of
 * the history into the case's current status, or null when the history does not record it.
 */
export function closedOn(c: RetainedCase): string | null {
  const step = [...(c.statusHistory ?? [])].reverse().find((h) => h.to === c.status);
  return step === undefined ? null : localIsoDate(new Date(step.at));
}

/**
 * The case with its retention date as the rule says: a closed case keeps the date it has, or gets
 * `years` after the day it closed. Without that day in its history (a case imported closed, a
 * received dossier case) the period runs from `today`, the first day this store knows the case is
 * closed: counting from an earlier guess could propose an erasure before the real period is over.
 * A case that is not closed has no date.
 */
export function withRetention<C extends RetainedCase>(c: C, years: number, today: string): C {
  if (!isClosedStatus(c.status)) {
    if (c.retentionUntil === undefined) return c;
    const { retentionUntil: _cleared, ...open } = c;
    return open as C;
  }
  if (c.retentionUntil !== undefined) return c;
  return { ...c, retentionUntil: addYears(closedOn(c) ?? today, years) };
}

/** A case is due for review from its retention date on (the day itself included), like a follow-up date. */
export function isRetentionDue(retentionUntil: string, today: string): boolean {
  return retentionUntil <= today;
}
