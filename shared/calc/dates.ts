/**
 * Tiny pure UTC helpers for ISO 'YYYY-MM-DD' dates. Dates are calendar days, never instants, so
 * everything runs in UTC where no day is ever 23 or 25 hours long.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date; throws on anything else (e.g. '2024-02-30'). */
export function toDayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`Ongeldige datum: '${iso}' (verwacht JJJJ-MM-DD).`);
  const [, y = '', m = '', d = ''] = match;
  const date = new Date(0);
  // setUTCFullYear instead of Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  if (fromDate(date) !== iso) throw new RangeError(`Ongeldige datum: '${iso}'.`);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function fromDayNumber(day: number): string {
  return fromDate(new Date(day * MS_PER_DAY));
}

/** The ISO date for year/month(1–12)/day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  const mod = (((toDayNumber(iso) + 3) % 7) + 7) % 7;
  return mod + 1;
}

/** Inclusive period test; ISO dates sort as strings, so no parsing is needed. */
export function isWithin(iso: string, from: string, to: string): boolean {
  return iso >= from && iso <= to;
}
