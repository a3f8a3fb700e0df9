/**
 * Who is who between werkbanken (issue #9 items 4 and 6). Every store gets a random id the first
 * time it needs one (kept in `settings`, so no migration and stores made before it simply get one
 * on first use); a case received through a dossier remembers the id of the store it came from.
 * That is how an answer finds the store that asked, and how a request from a second store that
 * happens to use the same case code is refused instead of overwriting the first one's case.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';

const STORE_ID = 'store.id';
const RECEIVED_PREFIX = 'dossier.receivedFrom.';
const receivedKey = (code: string) => `${RECEIVED_PREFIX}${code}`;

function readSetting(db: Db, key: string): string | null {
  const row = cached(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** This store's id, or null when it has never needed one (it has exported nothing yet). */
export function readStoreId(db: Db): string | null {
  return readSetting(db, STORE_ID);
}

/** This store's id, made (12 random hex digits, 48 bits) and recorded on first use. Call inside a transaction. */
export function recordStoreId(db: Db): string {
  const known = readStoreId(db);
  if (known !== null) return known;
  const id = `wb-${randomBytes(6).toString('hex')}`;
  cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?)').run(STORE_ID, id);
  return id;
}

/**
 * Issue #9 item 6: the tag in every id this store hands out that can travel to another store in a
 * dataset or dossier (`kp-<tag>-<n>`, `act-<tag>-<n>`, `sk-<tag>-<n>`): six hex digits of the store's
 * random id, so two stores numbering their own knelpunten, actions and sociale-kaart entries never
 * hand out the same id, and an import of another store's ids cannot clash with this store's. Ids
 * already given out (`kp-3`) stay as they are and stay valid. Call inside the write's transaction.
 */
export function recordIdTag(db: Db): string {
  return recordStoreId(db).slice('wb-'.length, 'wb-'.length + 6);
}

/** The store a received case came from, or null for a case of this store's own. */
export function readReceivedFrom(db: Db, code: string): string | null {
  return readSetting(db, receivedKey(code));
}

/**
 * SQL that is 1 for a case received through a dossier and 0 for one of this store's own, for the
 * case code in `codeColumn` (a column name of the query, never a value): one indexed settings
 * lookup per case, so a list or a report over 10.000 cases stays one query.
 */
export function receivedCaseSql(codeColumn: string): string {
  return `EXISTS (SELECT 1 FROM settings WHERE key = '${RECEIVED_PREFIX}' || ${codeColumn})`;
}

export function recordReceivedFrom(db: Db, code: string, originStore: string): void {
  cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(receivedKey(code), originStore);
}

/** §5 erasure: the received case is gone, and so is the record of where it came from (it names the code). */
export function removeReceivedFrom(db: Db, code: string): void {
  cached(db, 'DELETE FROM settings WHERE key = ?').run(receivedKey(code));
}
