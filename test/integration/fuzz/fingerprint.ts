import { createHash } from 'node:crypto';
import type { Db } from '../../../electron/core/store/openDatabase';
import { allRowsInOrderSql } from '../data/storeRows';

/**
 * The whole store as one hash: every row of every table (data, catalogues, settings, the audit
 * log), in a stable order. Compared before and after a refused payload: "every refusal changes
 * nothing" means nothing anywhere in the file's tables.
 */
export function storeFingerprint(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(`\n#${table}\n`);
    for (const row of db.prepare(allRowsInOrderSql(db, table)).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
  }
  return hash.digest('hex');
}

/** Rows written by this connection so far: unchanged means nothing was written (no full compare needed). */
export function writesSoFar(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}
