import { describe, expect, it } from 'vitest';
import { ESCALATION_STATUSES } from '../../../shared/domain/enums';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

/** A store at version 6 with one case and one escalation (seq 1). */
function atVersion6() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 6));
  db.prepare(
    `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
     VALUES ('SCH-2025-001', 'Schiebroek', 'vastgelopen', '2025-03-03', '2025-03-11', 52, 100, 'concept')`,
  ).run();
  db.prepare("INSERT INTO escalations (seq, case_code, position, target, status) VALUES (1, 'SCH-2025-001', 0, 'wijk_mt', 'teruggelegd')").run();
  return db;
}

const step = (db: ReturnType<typeof bareDatabase>, position: number, from: string | null, to: string, seq = 1) =>
  db
    .prepare("INSERT INTO escalation_status_history (escalation_seq, position, from_status, to_status, at, by, why) VALUES (?, ?, ?, ?, '2025-03-26T14:00:00Z', 'x', NULL)")
    .run(seq, position, from, to);

describe('migration 006 escalation history', () => {
  it('creates escalation_status_history, STRICT', () => {
    const db = atVersion6();
    expect(tableNames(db)).toContain('escalation_status_history');
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'escalation_status_history'").get()).toEqual({ strict: 1 });
  });

  it('every escalation status is accepted as from and to (from may be null); an unknown status is refused', () => {
    const db = atVersion6();
    step(db, 0, null, 'concept');
    ESCALATION_STATUSES.forEach((s, i) => step(db, i + 1, s, s));
    expect(() => step(db, 50, 'concept', 'klaar')).toThrow(/CHECK constraint/);
    expect(() => step(db, 51, 'vergeten', 'concept')).toThrow(/CHECK constraint/);
  });

  it('one step per position per escalation, only for an existing escalation', () => {
    const db = atVersion6();
    step(db, 0, null, 'concept');
    expect(() => step(db, 0, 'concept', 'ingediend')).toThrow(/UNIQUE constraint/);
    expect(() => step(db, 0, null, 'concept', 99)).toThrow(/FOREIGN KEY constraint/);
  });

  it('the history goes with its escalation, and so with its case (§5 erasure)', () => {
    const db = atVersion6();
    step(db, 0, null, 'concept');
    db.prepare("DELETE FROM cases WHERE code = 'SCH-2025-001'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM escalation_status_history').get()).toEqual({ n: 0 });
  });
});
