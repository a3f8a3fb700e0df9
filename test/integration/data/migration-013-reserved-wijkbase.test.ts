import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

// PLACEHOLDER (see 013_... in electron/core/store/migrations): the integrator replaces it with wijkbase's own test.
describe('migration 013 is a placeholder reserved for the wijkbase branch', () => {
  it('changes no table: the schema after it is the schema before it', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 12));
    const schema = () => db.prepare("SELECT name, sql FROM sqlite_master ORDER BY name").all();
    const before = schema();
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(schema()).toEqual(before);
  });
});
