/** §3.3 businesscase over a calendar year, with optional wijk / spoor / tafel filters. */
import type { CalculationStatus, Spoor } from '../domain/enums';
import { buildFigureSet, type FigureSet, type RenderedCase } from './figures';
import { computeCaseRendement, type CaseRendement } from './rendement';
import type { Rule } from './beleidsregels';
import { sumsOf } from './caseSums';
import type { BusinesscaseCase } from './types';

export interface BusinesscaseOptions {
  year: number;
  wijk?: string;
  spoor?: Spoor;
  tafel?: string;
  /** Booked effect of measure 19 per year (string key), cents; see DEFAULT_BOOKED_EFFECT_MEASURE_19. */
  bookedEffectCents: Record<string, number>;
  /** Issue #14 item 4: the beleidsregels for "waarvan al begrensd door beleid" (absent: that figure is 0). */
  rules?: readonly Rule[];
}

type BusinesscaseCaseRow = CaseRendement & { code: string; wijk: string; calculationStatus: CalculationStatus };

export interface Businesscase extends FigureSet {
  year: number;
  /** The same figure set for only the cases whose calculation is vastgesteld. */
  vastgesteld: FigureSet;
  /** Measure 19's booked effect for the year, or null when none is configured. */
  bookedEffect: number | null;
  cases: BusinesscaseCaseRow[];
}

/** Reference date in the year, not ingetrokken, and matching every filter that is given. */
export function selectBusinesscaseCases<C extends BusinesscaseCase>(cases: readonly C[], opts: Omit<BusinesscaseOptions, 'bookedEffectCents' | 'rules'>): C[] {
  const year = String(opts.year).padStart(4, '0');
  return cases.filter(
    (c) =>
      c.referenceDate !== null &&
      c.referenceDate.slice(0, 4) === year &&
      c.status !== 'ingetrokken' &&
      (opts.wijk === undefined || c.wijk === opts.wijk) &&
      (opts.spoor === undefined || c.sporen.includes(opts.spoor) || sumsOf(c).interventionSporen.includes(opts.spoor)) &&
      (opts.tafel === undefined || c.tafels.includes(opts.tafel)),
  );
}

/** Code-point order, not locale order, so an export sorts identically on every machine. */
function byCode(a: RenderedCase, b: RenderedCase): number {
  return a.calc.code < b.calc.code ? -1 : a.calc.code > b.calc.code ? 1 : 0;
}

export function computeBusinesscase(cases: readonly BusinesscaseCase[], opts: BusinesscaseOptions): Businesscase {
  const rendered: RenderedCase[] = selectBusinesscaseCases(cases, opts)
    .map((calc) => ({ calc, rendement: computeCaseRendement(calc, opts.rules) }))
    .sort(byCode);
  const booked = opts.bookedEffectCents[String(opts.year)];
  return {
    year: opts.year,
    ...buildFigureSet(rendered),
    vastgesteld: buildFigureSet(rendered.filter((r) => r.calc.calculationStatus === 'vastgesteld')),
    bookedEffect: booked ?? null,
    cases: rendered.map(({ calc, rendement }) => ({
      code: calc.code,
      wijk: calc.wijk,
      calculationStatus: calc.calculationStatus,
      ...rendement,
    })),
  };
}
