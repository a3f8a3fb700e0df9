import type { Migration } from './types';

/** The tables a case's summary is derived from, each with its own case_code column. */
const CASE_PARTS = ['cost_lines', 'interventions', 'case_sporen', 'case_status_history', 'escalations', 'arrangements'] as const;

/**
 * Issue #13 (PRODUCT.md §7): the businesscase of a year reads thousands of cases; summing their
 * cost lines and interventions on every read was most of its time. `case_summaries` keeps, per
 * case, what the engine reads of it beyond the case row (the sums of §3.2 and the case's sporen,
 * steps, escalations, arrangements and discussions) as JSON, written by data/caseSummaries.ts from
 * the very SQL sums it replaces.
 *
 * It is derived data, never the truth: the triggers below delete a case's summary whenever any row
 * it is derived from is written, whoever writes it (a case edit, an import, a price-list re-price,
 * an erasure), every writing transaction ends by writing the missing ones, and a read sums a case
 * without one from its rows. So a summary is either current or absent, never stale. No backfill:
 * until the first write after this migration, reads sum every case from its rows.
 */
export const migration019: Migration = {
  version: 19,
  name: 'case_summaries',
  up(db) {
    db.exec(`
      CREATE TABLE case_summaries (
        case_code TEXT PRIMARY KEY REFERENCES cases(code) ON DELETE CASCADE,
        version   INTEGER NOT NULL,
        summary   TEXT NOT NULL CHECK (json_valid(summary))
      ) STRICT;
    `);
    for (const table of CASE_PARTS) {
      db.exec(`
        CREATE TRIGGER ${table}_summary_insert AFTER INSERT ON ${table}
          BEGIN DELETE FROM case_summaries WHERE case_code = NEW.case_code; END;
        CREATE TRIGGER ${table}_summary_update AFTER UPDATE ON ${table}
          BEGIN DELETE FROM case_summaries WHERE case_code IN (OLD.case_code, NEW.case_code); END;
        CREATE TRIGGER ${table}_summary_delete AFTER DELETE ON ${table}
          BEGIN DELETE FROM case_summaries WHERE case_code = OLD.case_code; END;
      `);
    }
    // Where and when a case was discussed: its agenda items, and the tafel and date of their meeting
    // (an agenda item's order, minutes or notes are not in a summary).
    db.exec(`
      CREATE TRIGGER agenda_items_summary_insert AFTER INSERT ON agenda_items
        BEGIN DELETE FROM case_summaries WHERE case_code = NEW.case_code; END;
      CREATE TRIGGER agenda_items_summary_update AFTER UPDATE OF case_code, meeting_id ON agenda_items
        BEGIN DELETE FROM case_summaries WHERE case_code IN (OLD.case_code, NEW.case_code); END;
      CREATE TRIGGER agenda_items_summary_delete AFTER DELETE ON agenda_items
        BEGIN DELETE FROM case_summaries WHERE case_code = OLD.case_code; END;
      CREATE TRIGGER meetings_summary_update AFTER UPDATE OF tafel_id, date ON meetings
        BEGIN DELETE FROM case_summaries WHERE case_code IN (SELECT case_code FROM agenda_items WHERE meeting_id = NEW.id); END;
    `);
    // A besluit belongs to its case through its escalation.
    db.exec(`
      CREATE TRIGGER besluiten_summary_insert AFTER INSERT ON besluiten
        BEGIN DELETE FROM case_summaries WHERE case_code = (SELECT case_code FROM escalations WHERE seq = NEW.escalation_seq); END;
      CREATE TRIGGER besluiten_summary_update AFTER UPDATE ON besluiten
        BEGIN DELETE FROM case_summaries WHERE case_code IN (SELECT case_code FROM escalations WHERE seq IN (OLD.escalation_seq, NEW.escalation_seq)); END;
      CREATE TRIGGER besluiten_summary_delete AFTER DELETE ON besluiten
        BEGIN DELETE FROM case_summaries WHERE case_code = (SELECT case_code FROM escalations WHERE seq = OLD.escalation_seq); END;
    `);
  },
};
