/**
 * Tiny pure helpers for ISO 'YYYY-MM-DD' dates. Dates are calendar days, never instants: they are
 * counted by arithmetic on the calendar, so no time zone and no 23- or 25-hour day can enter.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Days since 1970-01-01 for a valid ISO date; throws on anything else (e.g. '2024-02-30').
 * Plain arithmetic (the proleptic Gregorian calendar, as Date counts), no Date object: the §3.8
 * kalenderjaar view converts several dates per case over thousands of cases (issue #13).
 * test/unit/calc/dates.test.ts holds it to Date's count, day by day.
 */
export function toDayNumber(iso: string): number {
  if (!ISO_DATE.test(iso)) throw new RangeError(`Ongeldige datum: '${iso}' (verwacht JJJJ-MM-DD).`);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Ongeldige datum: '${iso}'.`);
  return daysFromCivil(year, month, day);
}

/** The number the ASCII digits iso[from, to) spell (the caller has checked they are digits). */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) n = n * 10 + iso.charCodeAt(i) - 48;
  return n;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days from 1970-01-01 to year-month-day: count in 400-year eras of 146.097 days from 1 March of
 * year 0, so the leap day is the last day of its year (H. Hinnant, "chrono-compatible low-level
 * date algorithms", days_from_civil).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number: days_from_civil backwards (civil_from_days, same source). */
function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** The day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
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
