/**
 * The one rule on which cases a store's figures count (issue #9 item 5): its own cases, never a
 * case it received through a dossier. A received case is a copy of another werkbank's case — on
 * the PRIO store it holds no cost lines, only the dossier and, once decided, the besluit — so
 * counting it would show the PRIO store an investering without savings, and count the case twice
 * when the stores' figures are put side by side. The store the case belongs to counts it, with the
 * besluit merged in from the answer. Every §3 report (businesscase, indicators, register, on
 * screen and in every export) reads its cases here; the inbox and the case list still show them.
 */
import type { CaseCalc, KalenderjaarCase, SummedCaseCalc } from '../../../shared/calc';
import { readCaseCalcs, readStoredCaseFigures, readStoredSummedCaseCalcs, readStoredYearGemeente, readStoredYearShares, type StoredCaseFigures } from '../data';
import type { PayerFigures } from '../../../shared/calc/payers';
import type { CaseFilter } from '../data/caseRows';
import type { Db } from '../store/openDatabase';

export function readReportedCases(db: Db, filter: Omit<CaseFilter, 'ownOnly' | 'codes'> = {}): CaseCalc[] {
  return readCaseCalcs(db, { ...filter, ownOnly: true });
}

/**
 * The same cases with their lines and interventions summed, for the §3.3 businesscase: read from
 * the stored per-case summaries (data/caseSummaries.ts), which equal the SQL sums (data/caseSums.ts).
 */
export function readReportedSummedCases(db: Db, filter: Omit<CaseFilter, 'ownOnly' | 'codes'> = {}): SummedCaseCalc[] {
  return readStoredSummedCaseCalcs(db, { ...filter, ownOnly: true });
}

/** The same cases' stored §3.8 shares of one calendar year (data/caseSummaries.ts). */
export function readReportedYearShares(db: Db, year: number, filter: Omit<CaseFilter, 'ownOnly' | 'codes'> = {}): KalenderjaarCase[] {
  return readStoredYearShares(db, year, { ...filter, ownOnly: true });
}

/** The same cases' §3.8 gemeente figure of one calendar year, summed from their stored shares (data/caseSummaries.ts). */
export function readReportedYearGemeente(db: Db, year: number, filter: Omit<CaseFilter, 'ownOnly' | 'codes'>, onlyVastgesteld: boolean): PayerFigures {
  return readStoredYearGemeente(db, year, { ...filter, ownOnly: true }, onlyVastgesteld);
}

/** The same cases' stored §3.3 figures, in code order (data/caseFigures.ts). */
export function readReportedCaseFigures(db: Db, filter: Omit<CaseFilter, 'ownOnly' | 'codes'> = {}): StoredCaseFigures[] {
  return readStoredCaseFigures(db, { ...filter, ownOnly: true });
}
