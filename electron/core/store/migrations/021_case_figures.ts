import type { Migration } from './types';

/**
 * Issue #13 (PRODUCT.md §7): after migrations 019 and 020 the cohort of a year still read every
 * case's whole summary and computed its §3.2 rendement again — half the businesscase. `case_figures`
 * keeps, per case, what §3.3 sums of it (shared/calc/figures.ts FiguredCase): the rendement the
 * engine computes (computeCaseRendement) and the facts its counts need, in plain columns, and the
 * §3.7 input (its counted interventions' cost per type), written by data/caseFigures.ts right after
 * the summary.
 *
 * Derived data again, current or absent: the figures follow from the case's summary (deleted with
 * it, trigger below, and cleared when a summary is rewritten), from the beleidsregels ("waarvan al
 * begrensd door beleid": writing a rule deletes every case's figures, rewritten from the stored
 * summaries at the end of that transaction), and from two case columns not yet behind the summary:
 * the registration date (the day a cap is taken on, the lead time to plan) and whether the case is
 * a signaal. The calculation status and the wijk are read live.
 *
 * Both tables the businesscase reads per case are WITHOUT ROWID (the figures here, the shares of
 * migration 020 rebuilt so): a row is found by its key in one search, not through the key's index
 * and then the table (issue #13 measured the year's shares ≈ 25 % faster to read).
 */
export const migration021: Migration = {
  version: 21,
  name: 'case_figures',
  up(db) {
    db.exec(`
      CREATE TABLE case_figures (
        case_code               TEXT PRIMARY KEY REFERENCES cases(code) ON DELETE CASCADE,
        version                 INTEGER NOT NULL,
        reference_cents         INTEGER NOT NULL,
        actual_cents            INTEGER NOT NULL,
        vermeden_kosten         INTEGER NOT NULL,
        vermeden_gecorrigeerd   INTEGER NOT NULL,
        vermeden_zeker          INTEGER NOT NULL,
        investering             INTEGER NOT NULL,
        netto_rendement         INTEGER NOT NULL,
        rendement_per_euro      REAL,
        begrensd_door_beleid    INTEGER NOT NULL,
        niet_toegerekend        INTEGER NOT NULL,
        spoor_samenredzaamheid  INTEGER NOT NULL,
        spoor_wonen             INTEGER NOT NULL,
        spoor_werk_dagbesteding INTEGER NOT NULL,
        spoor_financiele_zekerheid INTEGER NOT NULL,
        per_payer               TEXT NOT NULL CHECK (json_valid(per_payer)),
        counted                 INTEGER NOT NULL,
        doorbraken              INTEGER NOT NULL,
        voorliggend_veld        INTEGER NOT NULL,
        escalations             TEXT CHECK (escalations IS NULL OR json_valid(escalations)),
        days_to_plan            INTEGER,
        counted_cost_per_type   TEXT NOT NULL CHECK (json_valid(counted_cost_per_type))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_figures_version ON case_figures (version);
      CREATE TRIGGER case_summaries_figures_delete AFTER DELETE ON case_summaries
        BEGIN DELETE FROM case_figures WHERE case_code = OLD.case_code; END;
      CREATE TRIGGER cases_figures_update AFTER UPDATE OF registered_on, is_signaal ON cases
        BEGIN DELETE FROM case_figures WHERE case_code IN (OLD.code, NEW.code); END;
      CREATE TRIGGER rules_figures_insert AFTER INSERT ON rules BEGIN DELETE FROM case_figures; END;
      CREATE TRIGGER rules_figures_update AFTER UPDATE ON rules BEGIN DELETE FROM case_figures; END;
      CREATE TRIGGER rules_figures_delete AFTER DELETE ON rules BEGIN DELETE FROM case_figures; END;
    `);
    // The year shares of migration 020 again, now WITHOUT ROWID: a year's rows then lie together in
    // key order instead of being looked up one by one through the key's index. The rows are kept.
    db.exec(`
      DROP TRIGGER case_summaries_shares_delete;
      CREATE TABLE case_year_shares_by_year (
        case_code TEXT NOT NULL REFERENCES cases(code) ON DELETE CASCADE,
        year      INTEGER NOT NULL,
        share     TEXT NOT NULL CHECK (json_valid(share)),
        PRIMARY KEY (year, case_code)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO case_year_shares_by_year (case_code, year, share) SELECT case_code, year, share FROM case_year_shares;
      DROP TABLE case_year_shares;
      ALTER TABLE case_year_shares_by_year RENAME TO case_year_shares;
      CREATE INDEX case_year_shares_case ON case_year_shares (case_code);
      CREATE TRIGGER case_summaries_shares_delete AFTER DELETE ON case_summaries
        BEGIN DELETE FROM case_year_shares WHERE case_code = OLD.case_code; END;
    `);
  },
};
