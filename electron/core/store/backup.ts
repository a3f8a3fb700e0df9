/**
 * `werkbank backup` and Beheer → Reservekopie (issue #11 item 4): the open store copied online and
 * consistently into ONE backup file (backupFile.ts), without ever writing a plaintext copy.
 *
 * The copy is SQLite's `VACUUM INTO` on the store's own connection: one read transaction, so a
 * consistent snapshot while other connections keep writing (WAL), and SQLite3 Multiple Ciphers
 * writes it encrypted with the store's own cipher and key. Its other route, the backup API behind
 * better-sqlite3's `db.backup()`, opens the destination without a key and refuses an encrypted source
 * ("incompatible source and target databases"); test/integration/store/backupRoute.test.ts shows both.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import { appendAudit } from './audit';
import { sealBackup } from './backupFile';
import { keyFilePath, parseKeyFile } from './keyFile';
import { keyFrom } from './keys';
import { withoutOsWrap } from './osKeyWrap';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';

export interface BackupOptions {
  actor: string;
  now: Date;
  /** Small files beside the store (`<db>.<name>`, e.g. `anchor.json`) that travel in the backup. */
  sidecars?: readonly string[];
}

export interface MadeBackup {
  bytes: Buffer;
  madeAt: string;
  /** Of the whole file: the audit entry names it, so a file found later can be matched to its entry. */
  sha256: string;
}

/**
 * The whole store as one backup file, audited (`store.backup`) once it is made. The passphrase
 * unwraps the database key from the key file — the key that will open the copy, and the key of the
 * file's MAC — so a wrong one makes nothing.
 */
export async function createBackup(db: Db, dbFile: string, passphrase: string, opts: BackupOptions): Promise<MadeBackup> {
  // Without the OS keychain's wrap (osKeyWrap.ts): a backup opens with the passphrase only, and an
  // extra copy of the keys that this computer account can open does not belong in a file that travels.
  const keyJson = withoutOsWrap(JSON.parse(readFileSync(keyFilePath(dbFile), 'utf8')));
  const keyFile = parseKeyFile(keyJson);
  if (keyFile === null) throw new Error('key file is invalid');
  const key = await keyFrom(keyFile, passphrase);
  if (key === null) {
    throw new UserError('WRONG_PASSPHRASE', 'Deze wachtwoordzin past niet bij deze werkbank. Controleer hoofdletters en spaties; er is geen reservekopie gemaakt.');
  }
  // Beside the store: the same disk as the store has room for its copy (a tmpfs may not).
  const dir = mkdtempSync(join(dirname(dbFile), '.backup-'));
  try {
    const copy = join(dir, 'copy.db');
    db.prepare('VACUUM INTO ?').run(copy);
    const schemaVersion = provenSchemaVersion(copy, key);
    const database = readFileSync(copy);
    const madeAt = opts.now.toISOString();
    const bytes = sealBackup({ madeAt, schemaVersion, keyFile: keyJson, sidecars: readSidecars(dbFile, opts.sidecars ?? []), databaseBytes: database.length }, database, key);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    appendAudit(db, { actor: opts.actor, action: 'store.backup', entity: 'store', detail: { bytes: bytes.length, sha256 } }, opts.now);
    return { bytes, madeAt, sha256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens the copy read-only with the key from the key file that goes with it: proves that the two
 * belong together (a key rotation by another process between reading the key file and copying would
 * not), and reads the schema version the restore will migrate from.
 */
function provenSchemaVersion(copy: string, key: Buffer): number {
  let check: Db;
  try {
    check = openDatabase(copy, key, { create: false, readonly: true });
  } catch (e) {
    if (!(e instanceof WrongKeyError)) throw e;
    throw new UserError('CONFLICT', 'De werkbank kreeg tijdens het maken van de reservekopie een nieuwe sleutel. Maak de reservekopie opnieuw; er is niets gemaakt.');
  }
  try {
    return check.pragma('user_version', { simple: true }) as number;
  } finally {
    check.close();
  }
}

function readSidecars(dbFile: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const path = `${dbFile}.${name}`;
    if (existsSync(path)) out[name] = readFileSync(path).toString('base64');
  }
  return out;
}
