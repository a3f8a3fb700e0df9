import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

/** The placeholder for the version another branch of issue #11 takes; the merge replaces it. */
describe('migration 010 reserved (a placeholder that changes nothing)', () => {
  it('leaves the schema of version 9 exactly as it was', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 9));
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
    const before = { tables: tableNames(db), schema: schema() };
    migrate(db, MIGRATIONS.slice(0, 10));
    expect({ tables: tableNames(db), schema: schema() }).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
  });
});
