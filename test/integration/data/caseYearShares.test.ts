/**
 * Issue #13: the §3.8 kalenderjaar view of a whole year reads each case's stored share of that
 * year (migration 020, data/caseYearShares.ts) instead of spreading every case again. These tests
 * prove a stored share never changes a figure: each case's stored shares are exactly the engine's
 * kalenderjaarCaseOf for every year it touches (and it touches no other), and the view of every
 * year, wijk and vastgesteld-only selection equals the engine's computeKalenderjaar over the cases
 * summed from their rows — also with summaries missing, and after a write to the case row — as
 * does the cohort view's comparison with measure 19 (the shares' gemeente columns, migration 022).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { importDataset, readSummedCaseCalcs } from '../../../electron/core/data';
import { writeMissingCaseSummaries } from '../../../electron/core/data/caseSummaries';
import { decodeYearShare, SHARE_ROW_COLUMNS, type ShareRow } from '../../../electron/core/data/caseYearShares';
import { businesscaseReport } from '../../../electron/core/reports/businesscase';
import type { Db } from '../../../electron/core/store/openDatabase';
import { compareWithMeasure19, computeKalenderjaar, kalenderjaarCaseOf } from '../../../shared/calc';
import { yearPeriod } from '../../../shared/calc/period';
import { cleanupStores, freshStore } from './helpers';

afterEach(cleanupStores);

async function generatedStore(): Promise<Db> {
  const db = await freshStore();
  importDataset(db, JSON.parse(JSON.stringify(generateDataset({ cases: 250, seed: 21 }))), { actor: 'test' });
  return db;
}

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028];

/** The engine's view of the year over the cases as their rows give them: the rule the stored path must meet. */
function fromRows(db: Db, year: number, wijk: string | undefined, onlyVastgesteld: boolean) {
  const cases = readSummedCaseCalcs(db, { wijk, referenceTo: `${year}-12-31`, excludeIngetrokken: true, ownOnly: true }).filter((c) => !onlyVastgesteld || c.calculationStatus === 'vastgesteld');
  return computeKalenderjaar(cases, yearPeriod(year));
}

/**
 * Both views against the engine: the kalenderjaar view's figures, and the cohort view's comparison
 * with measure 19 — made on the kalenderjaar gemeente figure, which the cohort view sums in SQL
 * from the shares' gemeente columns (migration 022) without building the view (it gives none).
 */
function expectViewsAsFromRows(db: Db): void {
  let compared = 0;
  for (const year of YEARS)
    for (const wijk of [undefined, 'Bloemhof', 'Schiebroek'])
      for (const onlyVastgesteld of [false, true]) {
        const label = `${year} ${wijk ?? 'alle wijken'} ${onlyVastgesteld ? 'vastgesteld' : ''}`;
        const expected = fromRows(db, year, wijk, onlyVastgesteld);
        const stored = businesscaseReport(db, { year, wijk, onlyVastgesteld, view: 'kalenderjaar' }).kalenderjaar;
        expect(stored, label).toEqual(expected);
        const cohort = businesscaseReport(db, { year, wijk, onlyVastgesteld });
        expect(cohort.kalenderjaar, label).toBeNull();
        expect(cohort.measure19, label).toEqual(compareWithMeasure19(cohort.businesscase, expected));
        if (cohort.measure19 !== null && cohort.measure19.kalenderjaar.vermedenKosten !== 0) compared += 1;
      }
  // Not vacuous: some years have a booked effect, and their gemeente figure is not zero.
  expect(compared).toBeGreaterThan(0);
}

describe('§3.8 stored shares per calendar year equal the engine', () => {
  test("each case's stored shares are kalenderjaarCaseOf for every year 2015–2035 that has one, and there are none for the other years", async () => {
    const db = await generatedStore();
    const stored = db
      .prepare(`SELECT ${SHARE_ROW_COLUMNS}, y.year FROM case_year_shares y JOIN cases c ON c.code = y.case_code`)
      .raw()
      .all() as [...ShareRow, number][];
    const byKey = new Map(stored.map((r) => [`${r[0]} ${r[6]}`, r]));
    let compared = 0;
    for (const c of readSummedCaseCalcs(db)) {
      for (let year = 2015; year <= 2035; year += 1) {
        const expected = kalenderjaarCaseOf(c, yearPeriod(year));
        const row = byKey.get(`${c.code} ${year}`);
        if (expected === null) expect(row, `${c.code} ${year}`).toBeUndefined();
        else {
          expect(row, `${c.code} ${year}`).toBeDefined();
          expect(decodeYearShare(row!.slice(0, 6) as ShareRow), `${c.code} ${year}`).toEqual(expected);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(stored.length);
    // Most cases' horizons cross a 1 January: more shares than cases.
    expect(stored.length).toBeGreaterThan(250);
  });

  test('the kalenderjaar view of every year, wijk and vastgesteld-only selection equals the engine over the rows', async () => {
    const db = await generatedStore();
    expectViewsAsFromRows(db);
  });

  test('with summaries missing (a store just migrated, or a write not yet summarised), the view spreads those cases from their rows: the same figures, nothing written', async () => {
    const db = await generatedStore();
    db.exec("DELETE FROM case_summaries WHERE rowid % 3 = 0");
    const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
    expectViewsAsFromRows(db);
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
    db.exec('DELETE FROM case_summaries');
    expect(db.prepare('SELECT COUNT(*) FROM case_year_shares').pluck().get()).toBe(0);
    expectViewsAsFromRows(db);
  });

  test("a changed reference date, horizon or attribution gives new shares once the transaction writes the summaries", async () => {
    const db = await generatedStore();
    const codes = db.prepare("SELECT code FROM cases WHERE reference_date IS NOT NULL AND status <> 'ingetrokken' ORDER BY code LIMIT 3").pluck().all() as string[];
    db.prepare("UPDATE cases SET reference_date = '2024-11-20' WHERE code = ?").run(codes[0]);
    db.prepare('UPDATE cases SET horizon_weeks = 104 WHERE code = ?').run(codes[1]);
    db.prepare('UPDATE cases SET attribution_pct = 35 WHERE code = ?').run(codes[2]);
    expectViewsAsFromRows(db);
    writeMissingCaseSummaries(db);
    expect(db.prepare(`SELECT COUNT(DISTINCT case_code) FROM case_year_shares WHERE case_code IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes)).toBe(3);
    expectViewsAsFromRows(db);
  });
});
