/**
 * The whole store as rows, for the strongest "nothing changed" (every table, the audit log and
 * settings included) and for "no row anywhere holds this text" after an erasure (§5).
 */
import type { Db } from '../../../electron/core/store/openDatabase';

/**
 * Every row of one table in a stable order: rowid order, or key order for a WITHOUT ROWID table
 * (the derived per-case tables of migration 021 have no rowid).
 */
export function allRowsInOrderSql(db: Db, table: string): string {
  const withoutRowid = db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').pluck().get(table) === 1;
  if (!withoutRowid) return `SELECT * FROM "${table}" ORDER BY rowid`;
  const key = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[];
  return `SELECT * FROM "${table}" ORDER BY ${key.map((k) => `"${k}"`).join(', ')}`;
}

/** Every row of every table, in rowid (or key) order. */
export function wholeStore(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(allRowsInOrderSql(db, name)).all()]));
}

/** The tables, with how many of their rows, in which `text` occurs anywhere in a value. */
export function tablesHolding(db: Db, text: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [table, rows] of Object.entries(wholeStore(db))) {
    const n = rows.filter((r) => JSON.stringify(r).includes(text)).length;
    if (n > 0) found[table] = n;
  }
  return found;
}
