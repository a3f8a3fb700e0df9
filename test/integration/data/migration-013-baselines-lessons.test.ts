import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

describe('migration 013 baselines and lessons (issue #14 item 3: the wijk at the start and along the way)', () => {
  it('a store at version 12 gets empty baselines and lessons; a baseline holds its own copy of the sociale-kaart entries', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 12));
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(db.prepare('SELECT COUNT(*) AS n FROM baselines').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM lessons').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO baselines (id, position, wijk, measured_on, households, notes) VALUES ('nm-1', 0, 'Bloemhof', '2024-01-15', 40, NULL)").run();
    // The entry names an id that is not in sociale_kaart at all: a snapshot, no foreign key.
    db.prepare("INSERT INTO baseline_entries (baseline_id, position, sociale_kaart_id, name, spoor) VALUES ('nm-1', 0, 'sk-weg', 'Buurtnetwerk', 'samenredzaamheid')").run();
    db.prepare("DELETE FROM baselines WHERE id = 'nm-1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM baseline_entries').get()).toEqual({ n: 0 });
  });

  it('refuses a negative household count, an unknown spoor or kind, and a date that is not ISO', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(() => db.prepare("INSERT INTO baselines (id, position, wijk, measured_on, households) VALUES ('a', 0, 'B', '2024-01-15', -1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO baselines (id, position, wijk, measured_on, households) VALUES ('a', 0, 'B', '15-01-2024', 1)").run()).toThrow(/CHECK/);
    const lesson = db.prepare("INSERT INTO lessons (id, position, wijk, spoor, kind, text, author, recorded_on) VALUES ('l', 0, 'B', ?, ?, 't', 'a', '2024-02-01')");
    expect(() => lesson.run('zorg', 'werkte')).toThrow(/CHECK/);
    expect(() => lesson.run(null, 'misschien')).toThrow(/CHECK/);
    lesson.run(null, 'werkte_niet');
    expect(db.prepare('SELECT spoor, kind FROM lessons').all()).toEqual([{ spoor: null, kind: 'werkte_niet' }]);
  });
});
