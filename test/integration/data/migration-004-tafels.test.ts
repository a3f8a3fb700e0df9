import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../shared/domain/enums';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

function withMeeting() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 4));
  db.prepare(
    `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
     VALUES ('BLO-2024-001', 'Bloemhof', 'in_behandeling', '2024-02-26', '2024-03-05', 52, 100, 'concept')`,
  ).run();
  db.prepare("INSERT INTO tafels (id, position, type, name, wijk) VALUES ('tafel-blo', 0, 'wijktafel', 'Tafel Bloemhof', 'Bloemhof')").run();
  db.prepare("INSERT INTO meetings (id, position, tafel_id, date) VALUES ('m1', 0, 'tafel-blo', '2024-03-05')").run();
  const seq = db.prepare("INSERT INTO agenda_items (meeting_id, position, case_code, item_order, minutes) VALUES ('m1', 0, 'BLO-2024-001', 1, 20)").run().lastInsertRowid;
  return { db, seq };
}

describe('migration 004 tafels', () => {
  it('creates tafels, members, meetings, attendance, agenda items, decisions and actions', () => {
    const { db } = withMeeting();
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['tafels', 'tafel_members', 'meetings', 'meeting_attendance', 'agenda_items', 'decisions', 'actions']),
    );
  });

  it('every action status of the code is accepted; an unknown status is refused', () => {
    const { db, seq } = withMeeting();
    const action = db.prepare("INSERT INTO actions (id, agenda_item_seq, position, text, owner, due, status) VALUES (?, ?, ?, 't', 'o', '2024-03-12', ?)");
    ACTION_STATUSES.forEach((s, i) => action.run(`a${String(i)}`, seq, i, s));
    expect(() => action.run('x', seq, 9, 'uitgesteld')).toThrow(/CHECK constraint/);
  });

  it('an agenda item belongs to its case: erasing the case removes it with its decisions and actions', () => {
    const { db, seq } = withMeeting();
    db.prepare("INSERT INTO decisions (agenda_item_seq, position, text) VALUES (?, 0, 'besluit')").run(seq);
    db.prepare("INSERT INTO actions (id, agenda_item_seq, position, text, owner, due, status) VALUES ('a1', ?, 0, 't', 'o', '2024-03-12', 'open')").run(seq);
    db.prepare("DELETE FROM cases WHERE code = 'BLO-2024-001'").run();
    for (const table of ['agenda_items', 'decisions', 'actions']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect((db.prepare('SELECT COUNT(*) AS n FROM meetings').get() as { n: number }).n).toBe(1);
  });

  it('a meeting needs an existing tafel', () => {
    const { db } = withMeeting();
    expect(() => db.prepare("INSERT INTO meetings (id, position, tafel_id, date) VALUES ('m2', 1, 'bestaat-niet', '2024-03-19')").run()).toThrow(/FOREIGN KEY/);
  });
});
