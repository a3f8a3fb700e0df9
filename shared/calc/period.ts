/**
 * §3.3 periods: a calendar year, a tertiaal (the raadsmonitor: T1 January–April, T2 May–August,
 * T3 September–December), a quarter (the GRJR) or any date range, both ends inclusive. The text
 * forms are the CLI's `--period` and the channels' `period`: `2025`, `2025-T2`, `2025-Q3`,
 * `2025-01-01..2025-06-30`. Parsing gives a Dutch message that says what to type instead.
 */
import type { PeriodKind } from '../domain/enums';
import { formatDate } from '../format/date';
import { isoDate, toDayNumber } from './dates';

export { PERIOD_KINDS } from '../domain/enums';

export interface Period {
  kind: PeriodKind;
  /** ISO dates, both inclusive. */
  from: string;
  to: string;
  /** Dutch, for screens and exports: "2025", "2025 T2 (mei–augustus)", "01-01-2025 t/m 30-06-2025". */
  label: string;
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; message: string };

/** The years a report may ask for (as the year filters always allowed). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

const EXAMPLES = 'bijvoorbeeld 2025, 2025-T2, 2025-Q3 of 2025-01-01..2025-06-30';

/** Day 0 of the next month is the last of this one (years here are 2000–2100, so Date.UTC is safe). */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months `first`..`last` (1–12) of a year as a period of the given kind. */
function monthsPeriod(kind: 'tertiaal' | 'quarter', year: number, index: number, first: number, last: number): Period {
  const tag = kind === 'tertiaal' ? `T${String(index)}` : `Q${String(index)}`;
  return {
    kind,
    from: isoDate(year, first, 1),
    to: isoDate(year, last, lastDayOfMonth(year, last)),
    label: `${String(year)} ${tag} (${MONTHS[first - 1] ?? ''}–${MONTHS[last - 1] ?? ''})`,
  };
}

/** The calendar year as a period (the default, and what `--year` is shorthand for). */
export function yearPeriod(year: number): Period {
  return { kind: 'year', from: isoDate(year, 1, 1), to: isoDate(year, 12, 31), label: String(year) };
}

function yearInRange(text: string, year: number): string | null {
  return year < FIRST_YEAR || year > LAST_YEAR ? `Periode '${text}': het jaar moet tussen ${String(FIRST_YEAR)} en ${String(LAST_YEAR)} liggen.` : null;
}

function validDate(text: string, iso: string, which: 'begindatum' | 'einddatum'): string | null {
  try {
    toDayNumber(iso);
  } catch {
    return `Periode '${text}': de ${which} ${iso} bestaat niet; geef een echte datum als JJJJ-MM-DD.`;
  }
  return yearInRange(text, Number(iso.slice(0, 4)));
}

export function parsePeriod(input: string): PeriodParse {
  const text = input.trim();
  const fail = (message: string): PeriodParse => ({ ok: false, message });
  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const bad = yearInRange(text, year);
    return bad ? fail(bad) : { ok: true, period: yearPeriod(year) };
  }
  m = /^(\d{4})-([TtQq])(\d+)$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const bad = yearInRange(text, year);
    if (bad) return fail(bad);
    const n = Number(m[3]);
    if (m[2]?.toUpperCase() === 'T') {
      if (n < 1 || n > 3) return fail(`Periode '${text}': een tertiaal is T1 (januari–april), T2 (mei–augustus) of T3 (september–december).`);
      return { ok: true, period: monthsPeriod('tertiaal', year, n, 4 * (n - 1) + 1, 4 * n) };
    }
    if (n < 1 || n > 4) return fail(`Periode '${text}': een kwartaal is Q1, Q2, Q3 of Q4.`);
    return { ok: true, period: monthsPeriod('quarter', year, n, 3 * (n - 1) + 1, 3 * n) };
  }
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m) {
    const from = m[1] ?? '';
    const to = m[2] ?? '';
    const bad = validDate(text, from, 'begindatum') ?? validDate(text, to, 'einddatum');
    if (bad) return fail(bad);
    if (from > to) return fail(`Periode '${text}': de begindatum ${formatDate(from)} ligt na de einddatum ${formatDate(to)}; zet de vroegste datum eerst.`);
    return { ok: true, period: { kind: 'range', from, to, label: `${formatDate(from)} t/m ${formatDate(to)}` } };
  }
  return fail(`Periode '${text}' is niet te lezen; geef een jaar, tertiaal, kwartaal of datumbereik, ${EXAMPLES}.`);
}

/** Inclusive days of the period (2024 has 366). */
export function periodDays(p: Pick<Period, 'from' | 'to'>): number {
  return toDayNumber(p.to) - toDayNumber(p.from) + 1;
}

/**
 * The period in the text form parsePeriod reads (`2025`, `2025-T2`, `2025-Q3`, `2025-01-01..2025-06-30`):
 * what a recompute command and a channel carry, so parsePeriod(periodText(p)) is p again.
 */
export function periodText(p: Pick<Period, 'kind' | 'from' | 'to'>): string {
  const year = p.from.slice(0, 4);
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'year':
      return year;
    case 'tertiaal':
      return `${year}-T${String((month - 1) / 4 + 1)}`;
    case 'quarter':
      return `${year}-Q${String((month - 1) / 3 + 1)}`;
    case 'range':
      return `${p.from}..${p.to}`;
    default: {
      const never: never = p.kind;
      throw new Error(`unknown period kind ${String(never)}`);
    }
  }
}

/** A calendar year (the shorthand `--year`, the filters that always took a year) or a period. */
export type PeriodChoice = { period: Period; year?: undefined } | { year: number; period?: undefined };

export function periodOfChoice(c: PeriodChoice): Period {
  return c.period ?? yearPeriod(c.year);
}

/** The calendar year a period is a whole year of, else null (measure 19 is booked per calendar year). */
export function wholeYearOf(p: Pick<Period, 'from' | 'to'>): number | null {
  const year = p.from.slice(0, 4);
  return p.from === `${year}-01-01` && p.to === `${year}-12-31` ? Number(year) : null;
}
