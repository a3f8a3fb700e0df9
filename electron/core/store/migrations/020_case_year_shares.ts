import type { Migration } from './types';

/**
 * Issue #13 (PRODUCT.md §7): the §3.8 kalenderjaar view of a year spreads every case whose horizon
 * reaches into it — at 10.000 cases about twice the year's own cohort — and that spreading was the
 * largest part of the businesscase. `case_year_shares` keeps, per case and calendar year, the
 * case's share of that year exactly as the engine computes it (data/caseYearShares.ts), so the
 * view of a whole year reads its rows instead of every case's summary.
 *
 * The shares belong to the case's summary (migration 019): written with it, and only read while a
 * summary of the current version exists. Deleting a summary deletes its shares (trigger below),
 * and a share also depends on three of the case row's own columns — reference date, horizon and
 * attribution — so writing one of those now deletes the case's summary too.
 *
 * `case_summaries_version` lets a read count the current summaries from an index: when there are
 * as many as cases (the state every write leaves), no case needs to be looked for without one.
 */
export const migration020: Migration = {
  version: 20,
  name: 'case_year_shares',
  up(db) {
    db.exec(`
      CREATE TABLE case_year_shares (
        case_code TEXT NOT NULL REFERENCES cases(code) ON DELETE CASCADE,
        year      INTEGER NOT NULL,
        share     TEXT NOT NULL CHECK (json_valid(share)),
        PRIMARY KEY (year, case_code)
      ) STRICT;
      CREATE INDEX case_year_shares_case ON case_year_shares (case_code);
      CREATE INDEX case_summaries_version ON case_summaries (version);
      CREATE TRIGGER case_summaries_shares_delete AFTER DELETE ON case_summaries
        BEGIN DELETE FROM case_year_shares WHERE case_code = OLD.case_code; END;
      CREATE TRIGGER cases_summary_update AFTER UPDATE OF reference_date, horizon_weeks, attribution_pct ON cases
        BEGIN DELETE FROM case_summaries WHERE case_code IN (OLD.code, NEW.code); END;
    `);
  },
};
