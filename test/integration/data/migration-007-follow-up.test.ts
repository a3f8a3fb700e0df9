import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

/** A store at version 7 with one case. */
function atVersion7() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 7));
  db.prepare(
    `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
     VALUES ('SCH-2025-001', 'Schiebroek', 'vastgelopen', '2025-03-03', '2025-03-11', 52, 100, 'concept')`,
  ).run();
  return db;
}

describe('migration 007 follow-up date (§2.1)', () => {
  it('adds an optional follow_up_on to cases: existing cases have none', () => {
    const db = atVersion7();
    expect(db.prepare("SELECT follow_up_on FROM cases WHERE code = 'SCH-2025-001'").get()).toEqual({ follow_up_on: null });
  });

  it('holds an ISO date and refuses anything else', () => {
    const db = atVersion7();
    const set = (v: string) => db.prepare("UPDATE cases SET follow_up_on = ? WHERE code = 'SCH-2025-001'").run(v);
    set('2025-06-02');
    expect(db.prepare('SELECT follow_up_on FROM cases').get()).toEqual({ follow_up_on: '2025-06-02' });
    expect(() => set('02-06-2025')).toThrow(/CHECK constraint/);
  });
});
