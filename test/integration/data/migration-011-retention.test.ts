import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import type { Db } from '../../../electron/core/store/openDatabase';
import { bareDatabase } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

/** A store at version 10 with one case per situation the migration meets. */
function atVersion10(): Db {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 10));
  const add = db.prepare(
    `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status, retention_until)
     VALUES (?, 'Bloemhof', ?, '2024-01-08', '2024-01-16', 52, 100, 'concept', ?)`,
  );
  const step = db.prepare('INSERT INTO case_status_history (case_code, position, from_status, to_status, at) VALUES (?, ?, ?, ?, ?)');
  // Closed with a history: the day of the step into afgesloten counts, not the aanmelding.
  add.run('BLO-2024-001', 'afgesloten', null);
  step.run('BLO-2024-001', 0, null, 'aangemeld', '2024-01-08T09:00:00Z');
  step.run('BLO-2024-001', 1, 'in_uitvoering', 'afgesloten', '2024-03-01T09:00:00Z');
  // Closed on a leap day.
  add.run('BLO-2024-002', 'ingetrokken', null);
  step.run('BLO-2024-002', 0, 'in_behandeling', 'ingetrokken', '2024-02-29T12:00:00Z');
  // Closed without any history.
  add.run('BLO-2024-003', 'afgesloten', null);
  // Closed with a date of its own (from a file): kept.
  add.run('BLO-2024-004', 'afgesloten', '2030-01-01');
  // Open with a date (cases:update could set one before): cleared.
  add.run('BLO-2024-005', 'in_uitvoering', '2027-05-05');
  add.run('BLO-2024-006', 'in_behandeling', null);
  return db;
}

const dates = (db: Db) => db.prepare('SELECT code, retention_until AS r FROM cases ORDER BY code').all();

describe('migration 011 retention (§5): every closed case has a retention date, no open case has one', () => {
  it('gives closed cases 2 years after their closing day (leap day → 28 February), else after the day of the migration', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T10:00:00'));
    const db = atVersion10();
    migrate(db, MIGRATIONS.slice(0, 11));
    expect(dates(db)).toEqual([
      { code: 'BLO-2024-001', r: '2026-03-01' },
      { code: 'BLO-2024-002', r: '2026-02-28' },
      { code: 'BLO-2024-003', r: '2028-12-02' },
      { code: 'BLO-2024-004', r: '2030-01-01' },
      { code: 'BLO-2024-005', r: null },
      { code: 'BLO-2024-006', r: null },
    ]);
  });

  it('from then on refuses a retention date on a case that is not closed, on insert and on update', () => {
    const db = atVersion10();
    migrate(db, MIGRATIONS.slice(0, 11));
    expect(() => db.prepare("UPDATE cases SET retention_until = '2028-01-01' WHERE code = 'BLO-2024-006'").run()).toThrow(/only a closed case/);
    // Reopening a closed case without clearing its date is refused too.
    expect(() => db.prepare("UPDATE cases SET status = 'in_uitvoering' WHERE code = 'BLO-2024-004'").run()).toThrow(/only a closed case/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status, retention_until)
           VALUES ('BLO-2024-007', 'Bloemhof', 'aangemeld', '2024-01-08', NULL, 52, 100, 'concept', '2028-01-01')`,
        )
        .run(),
    ).toThrow(/only a closed case/);
    db.prepare("UPDATE cases SET status = 'afgesloten', retention_until = '2028-01-01' WHERE code = 'BLO-2024-006'").run();
    expect(db.prepare("SELECT retention_until AS r FROM cases WHERE code = 'BLO-2024-006'").get()).toEqual({ r: '2028-01-01' });
  });

  it('indexes the retention date for the review list', () => {
    const db = atVersion10();
    migrate(db, MIGRATIONS.slice(0, 11));
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT code FROM cases WHERE retention_until IS NOT NULL AND retention_until <= '2026-12-02'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('cases_retention');
  });
});
