import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import type { Migration } from '../../../electron/core/store/migrations/types';
import { bareDatabase } from './helpers';

/** Main's empty version 14, as a store that ran it recorded it. */
const placeholder: Migration = { version: 14, name: 'reserved_beleid', up: () => undefined };
const columns = (db: ReturnType<typeof bareDatabase>, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name);

describe("migration 016 beleid catch-up: a store that ran main's empty placeholder 14 still gets beleid's columns", () => {
  it('adds the term and the setting, and gives PRIO the start of the sources, on a store at version 15 without them', () => {
    const db = bareDatabase();
    migrate(db, [...MIGRATIONS.slice(0, 13), placeholder, MIGRATIONS[14] as Migration]);
    db.exec("INSERT INTO escalation_targets (id, position, name, deadline_working_days, active) VALUES ('prio', 0, 'PRIO', 10, 1)");
    expect(columns(db, 'escalation_targets')).not.toContain('valid_to');
    migrate(db, MIGRATIONS);
    expect(columns(db, 'cost_lines')).toContain('setting');
    expect(db.prepare('SELECT valid_from, valid_to FROM escalation_targets').get()).toEqual({ valid_from: '2022-03-01', valid_to: null });
  });

  it('changes nothing on a store that ran the real 014: an administrator who made PRIO open-ended keeps it so', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 15));
    db.exec("INSERT INTO escalation_targets (id, position, name, deadline_working_days, active) VALUES ('prio', 0, 'PRIO', 10, 1)");
    const schema = () => db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all();
    const before = schema();
    migrate(db, MIGRATIONS.slice(0, 16));
    expect(schema()).toEqual(before);
    expect(db.prepare('SELECT valid_from, valid_to FROM escalation_targets').get()).toEqual({ valid_from: null, valid_to: null });
  });
});
