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
      ) STRICT;
      CREATE INDEX case_figures_version ON case_figures (version);
      CREATE TRIGGER case_summaries_figures_delete AFTER DELETE ON case_summaries
        BEGIN DELETE FROM case_figures WHERE case_code = OLD.case_code; END;
      CREATE TRIGGER cases_figures_update AFTER UPDATE OF registered_on, is_signaal ON cases
        BEGIN DELETE FROM case_figures WHERE case_code IN (OLD.code, NEW.code); END;
      CREATE TRIGGER rules_figures_insert AFTER INSERT ON rules BEGIN DELETE FROM case_figures; END;
      CREATE TRIGGER rules_figures_update AFTER UPDATE ON rules BEGIN DELETE FROM case_figures; END;
      CREATE TRIGGER rules_figures_delete AFTER DELETE ON rules BEGIN DELETE FROM case_figures; END;
    `);
  },
};
