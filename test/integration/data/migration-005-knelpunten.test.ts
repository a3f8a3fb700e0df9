import { describe, expect, it } from 'vitest';
import { KNELPUNT_STATUSES } from '../../../shared/interchange';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

function atVersion5() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 5));
  db.prepare(
    `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
     VALUES ('SCH-2025-001', 'Schiebroek', 'vastgelopen', '2025-03-03', '2025-03-11', 52, 100, 'concept')`,
  ).run();
  return db;
}

const insert = (db: ReturnType<typeof bareDatabase>, id: string, status: string, caseCode: string | null = 'SCH-2025-001') =>
  db
    .prepare("INSERT INTO knelpunten (id, position, case_code, wijk, rule, description, raised_on, status) VALUES (?, 0, ?, 'Schiebroek', 'Kostendelersnorm', 'd', '2025-03-19', ?)")
    .run(id, caseCode, status);

describe('migration 005 knelpunten', () => {
  it('creates the knelpunten register', () => {
    expect(tableNames(atVersion5())).toContain('knelpunten');
  });

  it('every knelpunt status is accepted; an unknown status is refused', () => {
    const db = atVersion5();
    KNELPUNT_STATUSES.forEach((s, i) => insert(db, `kp-${String(i)}`, s));
    expect(() => insert(db, 'kp-x', 'gesloten')).toThrow(/CHECK constraint/);
  });

  it('a knelpunt outlives its case: erasing the case only clears the link', () => {
    const db = atVersion5();
    insert(db, 'kp-1', 'open');
    db.prepare("DELETE FROM cases WHERE code = 'SCH-2025-001'").run();
    expect(db.prepare("SELECT case_code, rule FROM knelpunten WHERE id = 'kp-1'").get()).toEqual({ case_code: null, rule: 'Kostendelersnorm' });
  });
});
