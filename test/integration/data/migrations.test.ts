import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, cleanupStores, freshStore, tableNames } from './helpers';

afterEach(cleanupStores);

describe('every migration applies on an empty store, one version at a time', () => {
  it('each version applies on top of the previous one and bumps user_version', () => {
    const db = bareDatabase();
    for (let n = 1; n <= MIGRATIONS.length; n++) {
      expect(migrate(db, MIGRATIONS.slice(0, n))).toEqual({ from: n - 1, to: n });
      expect(db.pragma('user_version', { simple: true })).toBe(n);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('a new encrypted store ends at the latest version with every table STRICT', async () => {
    const db = await freshStore();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const notStrict = db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND strict = 0")
      .all();
    expect(notStrict).toEqual([]);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['cases', 'cost_lines', 'price_list_items', 'meetings', 'knelpunten', 'settings', 'audit_log']),
    );
  });

  it('money columns are INTEGER and named *_cents', async () => {
    const db = await freshStore();
    const columns = db
      .prepare(
        `SELECT m.name AS tbl, c.name AS col, c.type FROM sqlite_master m JOIN pragma_table_info(m.name) c
          WHERE m.type = 'table' AND c.name LIKE '%cents'`,
      )
      .all() as { tbl: string; col: string; type: string }[];
    expect(columns.length).toBeGreaterThan(8);
    for (const c of columns) expect(c.type, `${c.tbl}.${c.col}`).toBe('INTEGER');
  });
});
