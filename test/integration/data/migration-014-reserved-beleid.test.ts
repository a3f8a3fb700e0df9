import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

// PLACEHOLDER (see 014_... in electron/core/store/migrations): the integrator replaces it with beleid's own test.
describe('migration 014 is a placeholder reserved for the beleid branch', () => {
  it('changes no table: the schema after it is the schema before it', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 13));
    const schema = () => db.prepare("SELECT name, sql FROM sqlite_master ORDER BY name").all();
    const before = schema();
    migrate(db, MIGRATIONS.slice(0, 14));
    expect(schema()).toEqual(before);
  });
});
