/**
 * §3.3 businesscase and §3.7 maatschappelijk rendement as the screens and the exports compute
 * them: ONE place builds the engine's options, so a figure on screen is the figure in the file.
 */
import {
  businesscaseOfFigured,
  compareWithMeasure19,
  computeBusinesscase,
  computeKalenderjaar,
  DEFAULT_BOOKED_EFFECT_MEASURE_19,
  maatschappelijkFromCosts,
  matchesBusinesscaseFilters,
  sumKalenderjaar,
  type Businesscase,
  type BusinesscaseCase,
  type BusinesscaseOptions,
  type Kalenderjaar,
  type MaatschappelijkRendement,
  type Measure19Comparison,
} from '../../../shared/calc';
import type { Rule } from '../../../shared/calc/beleidsregels';
import type { PayerFigures } from '../../../shared/calc/payers';
import { periodOfChoice, wholeYearOf, yearPeriod, type PeriodChoice } from '../../../shared/calc/period';
import type { BusinesscaseView } from '../../../shared/domain/enums';
import type { Spoor } from '../../../shared/domain/enums';
import type { BusinesscaseYears } from '../../../shared/ipc/channels/businesscase';
import { countedCostPerTypeOf, readCountedCostPerType, readInterventionTypes, readRules } from '../data';
import type { Db } from '../store/openDatabase';
import { readReportedCaseFigures, readReportedSummedCases, readReportedYearGemeente, readReportedYearShares } from './reportedCases';

/**
 * The filters of §3.3. The engine applies the period, wijk, spoor and tafel itself:
 * - period (or year, shorthand for that calendar year): the case's reference date lies in it;
 *   `ingetrokken` cases never count.
 * - spoor: the case works on that spoor — it is among the case's own sporen OR one of its
 *   interventions is in it. The figures stay the WHOLE case's figures (a case is not cut in
 *   pieces); how much of the saving belongs to each spoor is `perSpoor` (§3.3 attribution).
 * - tafel: the case was discussed at that tafel (any meeting of it, any date).
 * onlyVastgesteld is not an engine filter: the cases are narrowed before the call, so the top
 *   level figures and `cases[]` then hold only vastgesteld calculations (equal to `vastgesteld`).
 */
interface BusinesscaseSelection {
  wijk?: string | undefined;
  spoor?: Spoor | undefined;
  tafel?: string | undefined;
  onlyVastgesteld?: boolean | undefined;
  /**
   * Which view the figures are read in (§3.8); cohort by default. The kalenderjaar figures come in
   * that view only; the comparison with measure 19, made in the kalenderjaar view, in either.
   */
  view?: BusinesscaseView | undefined;
}
export type BusinesscaseFilters = BusinesscaseSelection & PeriodChoice;

/**
 * The engine's options for these filters, with the configured booked effect of measure 19 and (issue
 * #14 item 4) the beleidsregels, for the part of the saving other measures already cap.
 */
function businesscaseOptions(f: BusinesscaseFilters, rules: readonly Rule[] = []): BusinesscaseOptions {
  return { period: periodOfChoice(f), wijk: f.wijk, spoor: f.spoor, tafel: f.tafel, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19, rules };
}

function narrow<C extends Pick<BusinesscaseCase, 'calculationStatus'>>(calcs: readonly C[], f: BusinesscaseFilters): readonly C[] {
  return f.onlyVastgesteld ? calcs.filter((c) => c.calculationStatus === 'vastgesteld') : calcs;
}

/** §3.3 over the given cases (the engine selects the year and filters itself). */
function businesscaseFor(calcs: readonly BusinesscaseCase[], f: BusinesscaseFilters, rules: readonly Rule[]): Businesscase {
  return computeBusinesscase(narrow(calcs, f), businesscaseOptions(f, rules));
}

/**
 * §3.7 over exactly the cases the businesscase selects (its `cases`), reported apart from it: the
 * counted interventions' cost per type of those cases — summed in SQL from their interventions, or
 * from the cases' stored figures — with the multipliers applied in the engine.
 */
function maatschappelijkOf(db: Db, costPerType: (typeIds: readonly string[]) => ReadonlyMap<string, number>): MaatschappelijkRendement {
  const types = readInterventionTypes(db);
  return maatschappelijkFromCosts(costPerType(types.filter((t) => t.multiplier !== null).map((t) => t.id)), types);
}

/** The kalenderjaar figures are needed in that view, and for a year that has a booked effect of measure 19. */
function needsKalenderjaar(f: BusinesscaseFilters): boolean {
  const year = wholeYearOf(periodOfChoice(f));
  return f.view === 'kalenderjaar' || (year !== null && DEFAULT_BOOKED_EFFECT_MEASURE_19[String(year)] !== undefined);
}

/**
 * Reads only the cases that can be selected (the wijk, not ingetrokken, and a reference date in the
 * period — or, for the kalenderjaar view, on or before its last day: a case of an earlier year adds
 * its tail) — the engine filters again, so the result is the same as over every case, only cheaper
 * on a large store (§7) — with their lines and interventions summed in SQL (data/caseSums.ts). One
 * read either way: the cohort is selected from the same cases.
 */
function loadBusinesscaseCalcs(db: Db, f: BusinesscaseFilters): BusinesscaseCase[] {
  const { from, to } = periodOfChoice(f);
  const spreadsCases = needsKalenderjaar(f) && storedSharesYear(f) === null;
  return readReportedSummedCases(db, { wijk: f.wijk, ...(spreadsCases ? {} : { referenceFrom: from }), referenceTo: to, excludeIngetrokken: true });
}

/**
 * Whether the cohort can be read from the stored figures (issue #13, data/caseFigures.ts): they
 * are selected by wijk and reference date in SQL; a spoor or tafel filter needs the cases' sporen
 * and discussions, so the engine computes the cohort from the cases instead.
 */
function storedFiguresCohort(f: BusinesscaseFilters): boolean {
  return f.spoor === undefined && f.tafel === undefined;
}

/**
 * §3.3 and §3.7 from the stored figures: the cases computeBusinesscase selects (the wijk, not
 * ingetrokken, a reference date in the period), each with the figures it computes, through the
 * same summing.
 */
function storedBusinesscase(db: Db, f: BusinesscaseFilters): Pick<BusinesscaseResult, 'businesscase' | 'maatschappelijk'> {
  const { from, to } = periodOfChoice(f);
  const figured = narrow(readReportedCaseFigures(db, { wijk: f.wijk, referenceFrom: from, referenceTo: to, excludeIngetrokken: true }), f);
  return {
    businesscase: businesscaseOfFigured(figured, businesscaseOptions(f)),
    maatschappelijk: maatschappelijkOf(db, (typeIds) => countedCostPerTypeOf(figured, typeIds)),
  };
}

/** §3.3 and §3.7 computed by the engine from the cases. */
function computedBusinesscase(db: Db, calcs: readonly BusinesscaseCase[], f: BusinesscaseFilters): Pick<BusinesscaseResult, 'businesscase' | 'maatschappelijk'> {
  const businesscase = businesscaseFor(calcs, f, readRules(db));
  const codes = businesscase.cases.map((c) => c.code);
  return { businesscase, maatschappelijk: maatschappelijkOf(db, (typeIds) => readCountedCostPerType(db, codes, typeIds)) };
}

/**
 * The calendar year whose stored §3.8 shares give this view (issue #13: the store keeps each
 * case's share per year, data/caseYearShares.ts), or null when the cases must be spread at read
 * time: a tertiaal, a quarter or a date range, or a spoor or tafel filter (the shares' query
 * selects by wijk only).
 */
function storedSharesYear(f: BusinesscaseFilters): number | null {
  return f.spoor === undefined && f.tafel === undefined ? wholeYearOf(periodOfChoice(f)) : null;
}

/** §3.8 over the cases of the filters (not narrowed to reference dates in the period). */
function kalenderjaarFor(calcs: readonly BusinesscaseCase[], f: BusinesscaseFilters): Kalenderjaar {
  const opts = businesscaseOptions(f);
  return computeKalenderjaar(
    narrow(calcs, f).filter((c) => matchesBusinesscaseFilters(c, opts)),
    periodOfChoice(f),
  );
}

export interface BusinesscaseResult {
  businesscase: Businesscase;
  maatschappelijk: MaatschappelijkRendement;
  /** §3.8 the same filters in the kalenderjaar view, in that view only (the cohort view shows none of its figures but measure 19's); null in the cohort view. */
  kalenderjaar: Kalenderjaar | null;
  /** §3.8 measure 19's booked effect against the gemeente figure in the kalenderjaar view (cohort beside it), in either view; null without a booked effect. */
  measure19: Measure19Comparison | null;
}

/**
 * §3.8 for a whole year from the stored shares: the same cases kalenderjaarFor spreads (not
 * ingetrokken, the wijk, a reference date on or before the year's end), the same figures.
 */
function storedKalenderjaar(db: Db, f: BusinesscaseFilters, year: number): Kalenderjaar {
  const period = periodOfChoice(f);
  const shares = readReportedYearShares(db, year, { wijk: f.wijk, referenceTo: period.to, excludeIngetrokken: true });
  return sumKalenderjaar(narrow(shares, f), period);
}

/** sumKalenderjaar(…).gemeente of storedKalenderjaar's shares, summed in SQL (data/caseSummaries.ts readStoredYearGemeente). */
function storedYearGemeente(db: Db, f: BusinesscaseFilters, year: number): PayerFigures {
  return readReportedYearGemeente(db, year, { wijk: f.wijk, referenceTo: periodOfChoice(f).to, excludeIngetrokken: true }, f.onlyVastgesteld === true);
}

export function businesscaseReport(db: Db, f: BusinesscaseFilters): BusinesscaseResult {
  const sharesYear = storedSharesYear(f);
  // The cases themselves are read only when a figure cannot come from what the store keeps per case.
  const needsCalcs = !storedFiguresCohort(f) || (needsKalenderjaar(f) && sharesYear === null);
  const calcs = needsCalcs ? loadBusinesscaseCalcs(db, f) : [];
  const { businesscase, maatschappelijk } = storedFiguresCohort(f) ? storedBusinesscase(db, f) : computedBusinesscase(db, calcs, f);
  const kalenderjaarOf = () => (sharesYear !== null ? storedKalenderjaar(db, f, sharesYear) : kalenderjaarFor(calcs, f));
  const kalenderjaar = f.view === 'kalenderjaar' ? kalenderjaarOf() : null;
  // In the cohort view measure 19 needs only the kalenderjaar's gemeente figure: summed in SQL from
  // the stored shares for a whole year (issue #13), else from the view computed for this read.
  const gemeente = () => kalenderjaar ?? (sharesYear !== null ? { gemeente: storedYearGemeente(db, f, sharesYear) } : kalenderjaarOf());
  return { businesscase, maatschappelijk, kalenderjaar, measure19: businesscase.bookedEffect === null ? null : compareWithMeasure19(businesscase, gemeente()) };
}

/**
 * The businesscase of every year that has a case in this selection or a booked effect of measure
 * 19: one businesscaseFor call per year over the cases read once, so each year's figures are the
 * figures businesscase:get gives for that year (the chart over the years and the year's own
 * screen agree), and the screen can open on the most recent year with cases.
 */
export function businesscaseYearsReport(db: Db, f: BusinesscaseSelection): BusinesscaseYears {
  const calcs = readReportedSummedCases(db, { wijk: f.wijk, excludeIngetrokken: true });
  const rules = readRules(db);
  const candidates = new Set<number>(Object.keys(DEFAULT_BOOKED_EFFECT_MEASURE_19).map(Number));
  for (const c of calcs) if (c.referenceDate !== null) candidates.add(Number(c.referenceDate.slice(0, 4)));
  const years = [...candidates]
    .sort((a, b) => a - b)
    .map((year) => {
      const bc = businesscaseFor(calcs, { ...f, year }, rules);
      const perWijk = Object.fromEntries(Object.entries(bc.perWijk).map(([wijk, w]) => [wijk, totalsOf(w)]));
      // §3.8 measure 19 is compared on the gemeente figure in the kalenderjaar view; the cohort's beside it.
      const gemeenteKalenderjaar = kalenderjaarFor(calcs, { ...f, period: yearPeriod(year) }).gemeente.vermedenKosten;
      return { year, cases: bc.cases.length, bookedEffect: bc.bookedEffect, ...totalsOf(bc), gemeenteKalenderjaar, gemeenteCohort: bc.gemeente.vermedenKosten, perWijk };
    })
    .filter((y) => y.cases > 0 || y.bookedEffect !== null);
  const withCases = years.filter((y) => y.cases > 0).map((y) => y.year);
  return { latestYearWithCases: withCases.length > 0 ? Math.max(...withCases) : null, years };
}

function totalsOf(t: Pick<Businesscase, 'vermedenGecorrigeerd' | 'investering' | 'nettoRendement'>) {
  return { vermedenGecorrigeerd: t.vermedenGecorrigeerd, investering: t.investering, nettoRendement: t.nettoRendement };
}
