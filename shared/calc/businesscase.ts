/** §3.3 businesscase over a period (a calendar year by default), with optional wijk / spoor / tafel filters. */
import type { Spoor } from '../domain/enums';
import { buildFigureSet, figuredCaseOf, type BusinesscaseCaseRow, type FiguredCase, type FigureSet } from './figures';
import { periodOfChoice, wholeYearOf, type Period, type PeriodChoice } from './period';
import { computeCaseRendement } from './rendement';
import type { Rule } from './beleidsregels';
import { sumsOf } from './caseSums';
import type { BusinesscaseCase } from './types';

interface BusinesscaseFilterOptions {
  wijk?: string;
  spoor?: Spoor;
  tafel?: string;
}

/** `year` is shorthand for that calendar year's period (§3.3: a period, a calendar year by default). */
export type BusinesscaseOptions = BusinesscaseFilterOptions &
  PeriodChoice & {
    /** Booked effect of measure 19 per year (string key), cents; see DEFAULT_BOOKED_EFFECT_MEASURE_19. */
    bookedEffectCents: Record<string, number>;
    /** Issue #14 item 4: the beleidsregels for "waarvan al begrensd door beleid" (absent: that figure is 0). */
    rules?: readonly Rule[];
  };

export interface Businesscase extends FigureSet {
  /** The calendar year the period starts in (the whole year for a year period). */
  year: number;
  /** The period the cases' reference dates lie in (§3.3). */
  period: Period;
  /** The same figure set for only the cases whose calculation is vastgesteld. */
  vastgesteld: FigureSet;
  /** Measure 19's booked effect for the year, or null when none is configured or the period is not a whole calendar year. */
  bookedEffect: number | null;
  cases: BusinesscaseCaseRow[];
}

/**
 * Not ingetrokken and matching every filter that is given, whatever the reference date: the cases
 * the §3.8 kalenderjaar view spreads (a case of an earlier year adds its tail).
 */
export function matchesBusinesscaseFilters(c: BusinesscaseCase, opts: BusinesscaseFilterOptions): boolean {
  return (
    c.status !== 'ingetrokken' &&
    (opts.wijk === undefined || c.wijk === opts.wijk) &&
    (opts.spoor === undefined || c.sporen.includes(opts.spoor) || sumsOf(c).interventionSporen.includes(opts.spoor)) &&
    (opts.tafel === undefined || c.tafels.includes(opts.tafel))
  );
}

/** Reference date in the period (both ends inclusive), not ingetrokken, and matching every filter that is given. */
export function selectBusinesscaseCases<C extends BusinesscaseCase>(cases: readonly C[], opts: BusinesscaseFilterOptions & PeriodChoice): C[] {
  const { from, to } = periodOfChoice(opts);
  return cases.filter((c) => c.referenceDate !== null && c.referenceDate >= from && c.referenceDate <= to && matchesBusinesscaseFilters(c, opts));
}

/** Code-point order, not locale order, so an export sorts identically on every machine. */
function byCode(a: FiguredCase, b: FiguredCase): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function computeBusinesscase(cases: readonly BusinesscaseCase[], opts: BusinesscaseOptions): Businesscase {
  const figured = selectBusinesscaseCases(cases, opts)
    .map((calc) => figuredCaseOf(calc, computeCaseRendement(calc, opts.rules)))
    .sort(byCode);
  return businesscaseOfFigured(figured, opts);
}

/**
 * §3.3 over cases already selected for the period and filters, each with its figures, in code
 * order: the engine's own path (computeBusinesscase) and the store's stored figures
 * (reports/businesscase.ts) end here, so both give the same object.
 */
export function businesscaseOfFigured(figured: readonly FiguredCase[], opts: Pick<BusinesscaseOptions, 'bookedEffectCents'> & PeriodChoice): Businesscase {
  const period = periodOfChoice(opts);
  // Measure 19 is booked per calendar year: a tertiaal or a quarter has no booked effect of its own.
  const wholeYear = wholeYearOf(period);
  const booked = wholeYear === null ? undefined : opts.bookedEffectCents[String(wholeYear)];
  return {
    year: Number(period.from.slice(0, 4)),
    period,
    ...buildFigureSet(figured),
    vastgesteld: buildFigureSet(figured.filter((r) => r.calculationStatus === 'vastgesteld')),
    bookedEffect: booked ?? null,
    cases: figured.map((f) => f.rendement),
  };
}
