import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

describe('migration 008 escalation notes (§2.3 the PRIO inbox keeps notes)', () => {
  it('adds an optional notes column: an escalation stored at version 7 keeps its dossier and has no notes', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 7));
    db.prepare(
      `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
       VALUES ('SCH-2025-001', 'Schiebroek', 'vastgelopen', '2025-03-03', '2025-03-11', 52, 100, 'concept')`,
    ).run();
    db.prepare("INSERT INTO escalations (case_code, position, id, target, status, question) VALUES ('SCH-2025-001', 0, 'esc-1', 'prio', 'ingediend', 'Welke doorbraak?')").run();
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(db.prepare('SELECT question, notes FROM escalations').get()).toEqual({ question: 'Welke doorbraak?', notes: null });
    db.prepare("UPDATE escalations SET notes = 'Gebeld met de aanmelder.'").run();
    expect(db.prepare('SELECT notes FROM escalations').get()).toEqual({ notes: 'Gebeld met de aanmelder.' });
  });
});
