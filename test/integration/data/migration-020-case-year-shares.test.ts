/**
 * Migration 020 (issue #13): a case's §3.8 shares per calendar year belong to its summary.
 * Deleting the summary deletes them, and a write to the three case-row columns a share depends
 * on (reference date, horizon, attribution) deletes the summary; other columns do not.
 * test/integration/data/caseYearShares.test.ts proves the figures through them.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

function migratedWithOneCase() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 19));
  expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'case_year_shares'").get()).toBeUndefined();
  migrate(db, MIGRATIONS.slice(0, 20));
  db.prepare(
    `INSERT INTO cases (code, wijk, is_signaal, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
     VALUES ('C-1', 'Bloemhof', 0, 'aangemeld', '2025-01-10', '2025-02-01', 52, 80, 'concept')`,
  ).run();
  const summarise = () => {
    db.prepare("INSERT OR REPLACE INTO case_summaries (case_code, version, summary) VALUES ('C-1', 2, '[]')").run();
    db.prepare("INSERT OR REPLACE INTO case_year_shares (case_code, year, share) VALUES ('C-1', 2025, '[]'), ('C-1', 2026, '[]')").run();
  };
  const shares = () => db.prepare("SELECT COUNT(*) FROM case_year_shares WHERE case_code = 'C-1'").pluck().get() as number;
  const summarised = () => db.prepare("SELECT COUNT(*) FROM case_summaries WHERE case_code = 'C-1'").pluck().get() === 1;
  return { db, summarise, shares, summarised };
}

describe('migration 020 case_year_shares: per-year shares that go with their case summary', () => {
  it('deleting a summary deletes its shares; deleting the case deletes both', () => {
    const { db, summarise, shares, summarised } = migratedWithOneCase();
    summarise();
    expect(shares()).toBe(2);
    db.exec("DELETE FROM case_summaries WHERE case_code = 'C-1'");
    expect(shares()).toBe(0);
    summarise();
    db.pragma('foreign_keys = ON');
    db.exec("DELETE FROM cases WHERE code = 'C-1'");
    expect([summarised(), shares()]).toEqual([false, 0]);
  });

  it("the reference date, horizon or attribution remove the case's summary and shares; its wijk or calculation status do not", () => {
    const { db, summarise, shares, summarised } = migratedWithOneCase();
    summarise();
    db.exec("UPDATE cases SET wijk = 'Schiebroek', calculation_status = 'vastgesteld' WHERE code = 'C-1'");
    expect([summarised(), shares()]).toEqual([true, 2]);
    for (const change of ["reference_date = '2025-03-01'", 'horizon_weeks = 26', 'attribution_pct = 50']) {
      summarise();
      db.exec(`UPDATE cases SET ${change} WHERE code = 'C-1'`);
      expect([summarised(), shares()], change).toEqual([false, 0]);
    }
  });

  it('refuses a share that is not JSON, one of a case that does not exist, and two shares of one case for one year', () => {
    const { db, summarise } = migratedWithOneCase();
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO case_year_shares (case_code, year, share) VALUES ('X', 2025, '[]')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO case_year_shares (case_code, year, share) VALUES ('C-1', 2025, 'geen json')").run()).toThrow(/CHECK constraint/);
    summarise();
    expect(() => db.prepare("INSERT INTO case_year_shares (case_code, year, share) VALUES ('C-1', 2025, '[]')").run()).toThrow(/UNIQUE/);
  });
});
