import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { DEFAULT_AFWEGINGSKADER } from '../../../shared/domain/afwegingskader';
import { bareDatabase } from './helpers';

describe('migration 018 afwegingskader: every store gets the criteria table with the defaults from the sources', () => {
  it('an existing store at version 17 gets the table with the six default criteria, active, in their order', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 17));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'afweging_criteria'").get()).toBeUndefined();
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT id, position, text, source, active FROM afweging_criteria ORDER BY position').all()).toEqual(
      DEFAULT_AFWEGINGSKADER.map((c, i) => ({ id: c.id, position: i, text: c.text, source: c.source, active: 1 })),
    );
  });

  it('refuses an empty text and an active flag other than 0 or 1', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS);
    expect(() => db.exec("INSERT INTO afweging_criteria (id, position, text, active) VALUES ('x', 9, '  ', 1)")).toThrow(/CHECK constraint/);
    expect(() => db.exec("INSERT INTO afweging_criteria (id, position, text, active) VALUES ('x', 9, 'Iets', 2)")).toThrow(/CHECK constraint/);
  });
});
