/**
 * Migration 019 (issue #13): the per-case summaries the businesscase reads are derived data. The
 * table exists only from 019 on, starts empty (the first read builds it), and every table a
 * summary is derived from carries triggers that delete the summary of the case a written row
 * belongs to (a meeting: of every case on its agenda). test/integration/data/caseSummaries.test.ts proves the figures through them.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

const PARTS = ['cost_lines', 'interventions', 'case_sporen', 'case_status_history', 'escalations', 'arrangements', 'besluiten', 'agenda_items'];

describe('migration 019 case_summaries: derived per-case summaries that any write to their rows removes', () => {
  it("creates the empty table, with a trigger for insert, update and delete on each of the eight tables it is derived from, and one for a meeting's tafel or date", () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 18));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'case_summaries'").get()).toBeUndefined();
    migrate(db, MIGRATIONS.slice(0, 19));
    expect(db.prepare('SELECT COUNT(*) FROM case_summaries').pluck().get()).toBe(0);
    const triggers = db.prepare("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_summary_%' ORDER BY name").all() as { tbl_name: string; name: string }[];
    expect(triggers.map((t) => t.name).sort()).toEqual([...PARTS.flatMap((t) => ['delete', 'insert', 'update'].map((w) => `${t}_summary_${w}`)), 'meetings_summary_update'].sort());
    expect(triggers.every((t) => t.name.startsWith(`${t.tbl_name}_summary_`))).toBe(true);
  });

  it('refuses a summary that is not JSON, and a summary of a case that does not exist', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 19));
    expect(() => db.prepare("INSERT INTO case_summaries (case_code, version, summary) VALUES ('X', 1, '[]')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO case_summaries (case_code, version, summary) VALUES ('X', 1, 'geen json')").run()).toThrow(/CHECK constraint/);
  });
});
