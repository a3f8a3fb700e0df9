/**
 * §2.3 escalation deadlines in working days: weekends and Dutch public holidays excluded. Goede
 * Vrijdag is not a general day off in the Netherlands, so it is not in the default list; pass it
 * (or any local closing day) as an extra holiday when an organisation observes it.
 */
import type { EscalationTarget } from '../domain/enums';
import { addDays, isoDate, isoWeekday } from './dates';

export interface PublicHoliday {
  date: string;
  name: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** Koningsdag is 27 april, moved to the 26th when the 27th is a Sunday. */
export function koningsdag(year: number): string {
  const date = isoDate(year, 4, 27);
  return isoWeekday(date) === 7 ? isoDate(year, 4, 26) : date;
}

export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  return [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag(year), name: 'Koningsdag' },
    { date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

export function isWorkingDay(iso: string, extraHolidays: Iterable<string> = []): boolean {
  if (isoWeekday(iso) >= 6) return false;
  const year = Number(iso.slice(0, 4));
  if (dutchPublicHolidays(year).some((h) => h.date === iso)) return false;
  for (const extra of extraHolidays) if (extra === iso) return false;
  return true;
}

/**
 * The date n working days after `iso` (the start day itself never counts; n = 0 returns it
 * unchanged; a negative n counts backwards).
 */
export function addWorkingDays(iso: string, n: number, extraHolidays: Iterable<string> = []): string {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal werkdagen moet een geheel getal zijn (kreeg ${String(n)}).`);
  const extra = [...extraHolidays];
  const step = n < 0 ? -1 : 1;
  let date = iso;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    date = addDays(date, step);
    if (isWorkingDay(date, extra)) remaining -= 1;
  }
  return date;
}

/** §2.3 default deadlines in working days per escalation target (configurable). */
export const DEFAULT_DEADLINE_WORKING_DAYS: Readonly<Record<EscalationTarget, number>> = Object.freeze({
  netwerk: 10,
  prio: 10,
  jeugd_weekbedrag: 15,
  wijk_mt: 10,
  overig: 10,
});

export function deadlineFor(
  target: EscalationTarget,
  submittedOn: string,
  deadlines: Readonly<Record<EscalationTarget, number>> = DEFAULT_DEADLINE_WORKING_DAYS,
  extraHolidays: Iterable<string> = [],
): string {
  return addWorkingDays(submittedOn, deadlines[target], extraHolidays);
}
