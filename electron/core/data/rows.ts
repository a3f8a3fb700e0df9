/** Small conversions between SQLite rows and interchange objects, and lookups shared by every repository. */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../store/openDatabase';

/** SQLite has no boolean: 0/1 in, true/false out. */
export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
export const fromFlag = (value: number): boolean => value === 1;

/** A NULL column becomes an absent field, so an export writes back exactly what was imported. */
export function opt<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** An absent field becomes NULL (better-sqlite3 refuses `undefined` as a parameter). */
export function nul<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/** Drops keys whose value is undefined, so objects compare and serialise exactly like the file. */
export function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  // for…in over own keys rather than Object.entries: an export calls this for every row (§7).
  for (const key in source) {
    if (Object.hasOwn(source, key) && source[key] !== undefined) out[key] = source[key];
  }
  return out as T;
}

/** Groups rows by a key, keeping their order (queries already sort by position). */
export function groupBy<R, K>(rows: readonly R[], key: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** JSON text column for a small list that is only read whole; NULL when absent. */
export function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

type Statement = Database.Statement<unknown[]>;
const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Writing 10.000 cases runs the same dozen
 * statements 10.000 times; compiling them every time cost more than the writes themselves.
 */
export function cached(db: Db, sql: string): Statement {
  let forDb = statements.get(db);
  if (!forDb) {
    forDb = new Map();
    statements.set(db, forDb);
  }
  let statement = forDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    forDb.set(sql, statement);
  }
  return statement;
}

/** The next free `<prefix><n>` id (kp-4, sk-1 …) in a register table, one above the highest in use. */
export function readNextNumberedId(db: Db, table: 'knelpunten' | 'sociale_kaart' | 'baselines' | 'lessons', prefix: string): string {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE substr(id, 1, ?) = ?`).all(prefix.length, prefix) as { id: string }[];
  let max = 0;
  for (const { id } of ids) {
    const rest = id.slice(prefix.length);
    if (/^\d{1,9}$/.test(rest)) max = Math.max(max, Number(rest));
  }
  return `${prefix}${String(max + 1)}`;
}
