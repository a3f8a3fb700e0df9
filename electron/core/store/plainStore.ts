/**
 * `werkbank bench` only (issue #13 item 3): an UNENCRYPTED store with exactly the schema,
 * catalogues and connection settings of a real one, so the benchmark can run the same workload on
 * both and report what the cipher costs (`encryptedVsPlain`, PRODUCT.md §7). Nothing else may use
 * it: the app's stores are always encrypted (§5). It lives in a temporary folder the benchmark
 * removes afterwards.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { seedDefaultCatalogues } from '../data/seed';
import { recordStoreId } from '../data/storeIdentity';
import { newAuditSecret, registerAuditKeys } from './auditKeys';
import { sealAuditLog } from './auditSeal';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { applyConnectionSettings, type Db } from './openDatabase';

export function createPlainBenchStore(dbFile: string): Db {
  const db = new Database(dbFile);
  applyConnectionSettings(db, false);
  registerAuditKeys(db, newAuditSecret(), dbFile);
  migrate(db, MIGRATIONS);
  sealAuditLog(db, new Date());
  seedDefaultCatalogues(db);
  recordStoreId(db);
  return db;
}

/**
 * The same store opened again, as the encrypted one is before it is measured: a closed store has
 * checkpointed its WAL, so neither store's reads go through the import's write-ahead log.
 */
export function openPlainBenchStore(dbFile: string): Db {
  const db = new Database(dbFile);
  applyConnectionSettings(db, false);
  return db;
}
