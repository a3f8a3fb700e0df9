/**
 * The store's keys (PRODUCT.md §5, issue #11 item 1): a random 256-bit database key, wrapped in the
 * key file by a key derived from the passphrase (scrypt). Changing the passphrase re-wraps that key
 * and never touches the database file; rotating the database key re-encrypts the file itself.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { UserError } from '../../../shared/ipc/result';
import { deriveKey, newKdfParams, type KdfParams } from './kdf';
import { keyFilePath, nextKeyFilePath, promoteKeyFile, readKeyFile, removeKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { unwrapKey, wrapKey } from './keyWrap';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';

export type KdfCost = { N: number; r: number; p: number };

function wrongPassphrase(): UserError {
  return new UserError(
    'WRONG_PASSPHRASE',
    'Deze wachtwoordzin past niet bij deze werkbank. Controleer hoofdletters en spaties en probeer het opnieuw; er is niets gewijzigd.',
  );
}

/** What the wrap is bound to: the key file's own KDF parameters (see keyWrap.ts). */
const aadOf = (kdf: KdfParams) => `casuistiek-werkbank/key-v2|scrypt|${String(kdf.N)}|${String(kdf.r)}|${String(kdf.p)}|${kdf.saltHex}`;

const costOf = (kdf: KdfParams): KdfCost => ({ N: kdf.N, r: kdf.r, p: kdf.p });

export function newDatabaseKey(): Buffer {
  return randomBytes(32);
}

/** Writes a v2 key file at `path` holding `dbKey` wrapped for `passphrase`, with a fresh salt. */
export async function writeWrappedKey(path: string, passphrase: string, dbKey: Buffer, cost: KdfCost, passphraseChangedAt?: string): Promise<void> {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(passphrase, kdf);
  writeKeyFile(path, { kdf, wrapped: wrapKey(dbKey, kek, aadOf(kdf)), ...(passphraseChangedAt ? { passphraseChangedAt } : {}) });
}

/** The database key a key file holds for this passphrase; null when the passphrase does not fit. */
export async function keyFrom(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  const kek = await deriveKey(passphrase, file.kdf);
  // v1: the derived key was the database key itself; only opening the database can prove it.
  return file.version === 1 ? kek : unwrapKey(file.wrapped, kek, aadOf(file.kdf));
}

export interface OpenedWithKey {
  db: Db;
  key: Buffer;
  keyFile: KeyFile;
}

/**
 * Opens the database with the passphrase. Finishes (or forgets) an interrupted key rotation: when
 * the current key no longer opens the file but the rotation's next key does, the rotation had
 * re-encrypted it and the next key file takes its place; when the current key opens it, a left-over
 * next key file is stale and removed. A wrong passphrase changes no file.
 */
export async function openWithPassphrase(dbFile: string, passphrase: string): Promise<OpenedWithKey> {
  const current = existsSync(dbFile) ? readKeyFile(keyFilePath(dbFile)) : null;
  if (!current) {
    throw new UserError('NOT_FOUND', `Geen werkbank gevonden in ${dbFile}. Maak er eerst een (kies een wachtwoordzin, of 'werkbank init').`);
  }
  const key = await keyFrom(current, passphrase);
  if (key === null) throw wrongPassphrase();
  const next = readKeyFile(nextKeyFilePath(dbFile));
  try {
    const db = openDatabase(dbFile, key, { create: false });
    if (next) removeKeyFile(nextKeyFilePath(dbFile));
    return { db, key, keyFile: current };
  } catch (e) {
    if (!(e instanceof WrongKeyError)) throw e;
    const nextKey = next ? await keyFrom(next, passphrase) : null;
    if (next === null || nextKey === null) throw wrongPassphrase();
    const db = openDatabase(dbFile, nextKey, { create: false });
    promoteKeyFile(nextKeyFilePath(dbFile), keyFilePath(dbFile));
    return { db, key: nextKey, keyFile: next };
  }
}

/** A v1 store gets a v2 key file holding the key it already has: the database is not rewritten. */
export async function upgradeKeyFile(dbFile: string, opened: OpenedWithKey, passphrase: string): Promise<boolean> {
  if (opened.keyFile.version !== 1) return false;
  await writeWrappedKey(keyFilePath(dbFile), passphrase, opened.key, costOf(opened.keyFile.kdf));
  return true;
}

/**
 * `werkbank passphrase`: unwraps the database key with the old passphrase and wraps it for the new
 * one. The database file is not opened for writing; the old passphrase opens nothing afterwards
 * (the only wrap it fitted is replaced). A v1 store is upgraded first (that opens the database).
 */
export async function changePassphrase(dbFile: string, oldPassphrase: string, newPassphrase: string, now: Date): Promise<string> {
  let file = existsSync(dbFile) ? readKeyFile(keyFilePath(dbFile)) : null;
  if (!file) throw new UserError('NOT_FOUND', `Geen werkbank gevonden in ${dbFile}.`);
  if (file.version === 1) {
    const opened = await openWithPassphrase(dbFile, oldPassphrase);
    opened.db.close();
    await upgradeKeyFile(dbFile, opened, oldPassphrase);
    file = readKeyFile(keyFilePath(dbFile));
    if (!file) throw new Error('key file vanished during upgrade');
  }
  const key = await keyFrom(file, oldPassphrase);
  if (key === null) throw wrongPassphrase();
  const changedAt = now.toISOString();
  await writeWrappedKey(keyFilePath(dbFile), newPassphrase, key, costOf(file.kdf), changedAt);
  return changedAt;
}

/** The store's v2 key file when the passphrase fits it; refused otherwise (before anything is written). */
export async function checkPassphrase(dbFile: string, passphrase: string): Promise<KeyFile> {
  const file = readKeyFile(keyFilePath(dbFile));
  if (!file || file.version !== 2 || (await keyFrom(file, passphrase)) === null) throw wrongPassphrase();
  return file;
}

/**
 * `werkbank rekey`: a new random database key; SQLCipher re-encrypts every page with it. The next
 * key file is written first, the database re-encrypted, then the next key file takes the current
 * one's place — so a crash at any point leaves a store that opens (see openWithPassphrase).
 */
export async function rotateDatabaseKey(db: Db, dbFile: string, passphrase: string, current: KeyFile): Promise<void> {
  const fresh = newDatabaseKey();
  await writeWrappedKey(nextKeyFilePath(dbFile), passphrase, fresh, costOf(current.kdf));
  db.pragma(`rekey="x'${fresh.toString('hex')}'"`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  promoteKeyFile(nextKeyFilePath(dbFile), keyFilePath(dbFile));
}
