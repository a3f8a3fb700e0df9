/**
 * §3.3 businesscase and §3.7 maatschappelijk rendement as the screens and the exports compute
 * them: ONE place builds the engine's options, so a figure on screen is the figure in the file.
 */
import {
  computeBusinesscase,
  DEFAULT_BOOKED_EFFECT_MEASURE_19,
  maatschappelijkFromCosts,
  selectBusinesscaseCases,
  type Businesscase,
  type BusinesscaseCase,
  type BusinesscaseOptions,
  type MaatschappelijkRendement,
} from '../../../shared/calc';
import type { Rule } from '../../../shared/calc/beleidsregels';
import type { Spoor } from '../../../shared/domain/enums';
import type { BusinesscaseYears } from '../../../shared/ipc/channels/businesscase';
import { readCountedCostPerType, readInterventionTypes, readRules } from '../data';
import type { Db } from '../store/openDatabase';
import { readReportedSummedCases } from './reportedCases';

/**
 * The filters of §3.3. The engine applies year, wijk, spoor and tafel itself:
 * - year: the case's reference date lies in the calendar year; `ingetrokken` cases never count.
 * - spoor: the case works on that spoor — it is among the case's own sporen OR one of its
 *   interventions is in it. The figures stay the WHOLE case's figures (a case is not cut in
 *   pieces); how much of the saving belongs to each spoor is `perSpoor` (§3.3 attribution).
 * - tafel: the case was discussed at that tafel (any meeting of it, any date).
 * onlyVastgesteld is not an engine filter: the cases are narrowed before the call, so the top
 *   level figures and `cases[]` then hold only vastgesteld calculations (equal to `vastgesteld`).
 */
export interface BusinesscaseFilters {
  year: number;
  wijk?: string | undefined;
  spoor?: Spoor | undefined;
  tafel?: string | undefined;
  onlyVastgesteld?: boolean | undefined;
}

/**
 * The engine's options for these filters, with the configured booked effect of measure 19 and (issue
 * #14 item 4) the beleidsregels, for the part of the saving other measures already cap.
 */
function businesscaseOptions(f: BusinesscaseFilters, rules: readonly Rule[] = []): BusinesscaseOptions {
  return { year: f.year, wijk: f.wijk, spoor: f.spoor, tafel: f.tafel, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19, rules };
}

function narrow<C extends BusinesscaseCase>(calcs: readonly C[], f: BusinesscaseFilters): readonly C[] {
  return f.onlyVastgesteld ? calcs.filter((c) => c.calculationStatus === 'vastgesteld') : calcs;
}

/** §3.3 over the given cases (the engine selects the year and filters itself). */
function businesscaseFor(calcs: readonly BusinesscaseCase[], f: BusinesscaseFilters, rules: readonly Rule[]): Businesscase {
  return computeBusinesscase(narrow(calcs, f), businesscaseOptions(f, rules));
}

/**
 * §3.7 over exactly the cases the businesscase selects, reported apart from it: the counted
 * interventions' cost per type summed in SQL over those cases, the multipliers applied in the engine.
 */
function maatschappelijkFor(db: Db, calcs: readonly BusinesscaseCase[], f: BusinesscaseFilters): MaatschappelijkRendement {
  const types = readInterventionTypes(db);
  const selected = selectBusinesscaseCases(narrow(calcs, f), businesscaseOptions(f));
  const withMultiplier = types.filter((t) => t.multiplier !== null).map((t) => t.id);
  return maatschappelijkFromCosts(
    readCountedCostPerType(
      db,
      selected.map((c) => c.code),
      withMultiplier,
    ),
    types,
  );
}

/**
 * Reads only the cases that can be selected (reference date in the year, the wijk, not
 * ingetrokken) — the engine filters again, so the result is the same as over every case, only
 * cheaper on a large store (§7) — with their lines and interventions summed in SQL (data/caseSums.ts).
 */
function loadBusinesscaseCalcs(db: Db, f: BusinesscaseFilters): BusinesscaseCase[] {
  const y = String(f.year).padStart(4, '0');
  return readReportedSummedCases(db, { wijk: f.wijk, referenceFrom: `${y}-01-01`, referenceTo: `${y}-12-31`, excludeIngetrokken: true });
}

export function businesscaseReport(db: Db, f: BusinesscaseFilters): { businesscase: Businesscase; maatschappelijk: MaatschappelijkRendement } {
  const calcs = loadBusinesscaseCalcs(db, f);
  return { businesscase: businesscaseFor(calcs, f, readRules(db)), maatschappelijk: maatschappelijkFor(db, calcs, f) };
}

/**
 * The businesscase of every year that has a case in this selection or a booked effect of measure
 * 19: one businesscaseFor call per year over the cases read once, so each year's figures are the
 * figures businesscase:get gives for that year (the chart over the years and the year's own
 * screen agree), and the screen can open on the most recent year with cases.
 */
export function businesscaseYearsReport(db: Db, f: Omit<BusinesscaseFilters, 'year'>): BusinesscaseYears {
  const calcs = readReportedSummedCases(db, { wijk: f.wijk, excludeIngetrokken: true });
  const rules = readRules(db);
  const candidates = new Set<number>(Object.keys(DEFAULT_BOOKED_EFFECT_MEASURE_19).map(Number));
  for (const c of calcs) if (c.referenceDate !== null) candidates.add(Number(c.referenceDate.slice(0, 4)));
  const years = [...candidates]
    .sort((a, b) => a - b)
    .map((year) => {
      const bc = businesscaseFor(calcs, { ...f, year }, rules);
      const perWijk = Object.fromEntries(Object.entries(bc.perWijk).map(([wijk, w]) => [wijk, totalsOf(w)]));
      return { year, cases: bc.cases.length, bookedEffect: bc.bookedEffect, ...totalsOf(bc), perWijk };
    })
    .filter((y) => y.cases > 0 || y.bookedEffect !== null);
  const withCases = years.filter((y) => y.cases > 0).map((y) => y.year);
  return { latestYearWithCases: withCases.length > 0 ? Math.max(...withCases) : null, years };
}

function totalsOf(t: Pick<Businesscase, 'vermedenGecorrigeerd' | 'investering' | 'nettoRendement'>) {
  return { vermedenGecorrigeerd: t.vermedenGecorrigeerd, investering: t.investering, nettoRendement: t.nettoRendement };
}
