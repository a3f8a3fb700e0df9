import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export class WrongKeyError extends Error {
  constructor() {
    super('wrong key or not a werkbank database');
    this.name = 'WrongKeyError';
  }
}

/**
 * The open sequence of ARCHITECTURE.md: cipher and legacy settings first, then the raw key, then
 * prove the key by reading sqlite_master — before anything could write to the file. Only then
 * WAL, foreign keys and secure delete. A wrong key therefore leaves the file byte-for-byte intact.
 */
export function openDatabase(file: string, key: Buffer, opts: { create: boolean; readonly?: boolean }): Db {
  if (key.length !== 32) throw new Error('key must be 32 bytes');
  const hex = key.toString('hex');
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('key hex invalid');
  const db = new Database(file, { fileMustExist: !opts.create, readonly: opts.readonly ?? false });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${hex}'"`);
    try {
      db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch {
      throw new WrongKeyError();
    }
    applyConnectionSettings(db, opts.readonly ?? false);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The settings of every connection once its key is proven (also the benchmark's plain store, plainStore.ts). */
export function applyConnectionSettings(db: Db, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // A committed transaction must survive kill -9 (PRODUCT.md §7); NORMAL in WAL may lose the last one.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Every page read from disk is decrypted; with the default 2 MB cache a businesscase over 10.000
  // cases decrypted the whole file again on every scan. 256 MB (an upper bound, allocated as used)
  // keeps it decrypted in memory: a full scan of the interventions went from 123 ms to 11 ms.
  db.pragma('cache_size = -262144');
}
