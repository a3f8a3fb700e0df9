/**
 * The store's keys (PRODUCT.md §5, issue #11 items 1 and 3): a random 256-bit database key and a
 * random 256-bit audit secret (auditKeys.ts), both wrapped in the key file by a key derived from the
 * passphrase (scrypt). Changing the passphrase re-wraps them and never touches the database file;
 * rotating the database key re-encrypts the file itself and carries the audit secret over unchanged.
 * The OS keychain's wrap of both keys (osKeyWrap.ts) survives a passphrase change (the keys are the
 * same) and is dropped by a rotation (see rotateDatabaseKey).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { UserError } from '../../../shared/ipc/result';
import { newAuditSecret } from './auditKeys';
import { deriveKey, newKdfParams, type KdfParams } from './kdf';
import { keyFilePath, nextKeyFilePath, promoteKeyFile, readKeyFile, removeKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { unwrapKey, wrapKey } from './keyWrap';
import type { OsWrappedKeys } from './osKeyWrap';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';

export type KdfCost = { N: number; r: number; p: number };

/** What a v3 key file holds, unwrapped. */
export interface StoreKeys {
  database: Buffer;
  audit: Buffer;
}

function wrongPassphrase(): UserError {
  return new UserError(
    'WRONG_PASSPHRASE',
    'Deze wachtwoordzin past niet bij deze werkbank. Controleer hoofdletters en spaties en probeer het opnieuw; er is niets gewijzigd.',
  );
}

const kdfText = (kdf: KdfParams) => `scrypt|${String(kdf.N)}|${String(kdf.r)}|${String(kdf.p)}|${kdf.saltHex}`;
/** What a v2 wrap is bound to: the key file's own KDF parameters (see keyWrap.ts). */
const aadV2 = (kdf: KdfParams) => `casuistiek-werkbank/key-v2|${kdfText(kdf)}`;
/** A v3 wrap is bound to the parameters, the format and what it wraps (see keyFile.ts). */
const aadV3 = (kdf: KdfParams, purpose: 'database' | 'audit') => `casuistiek-werkbank/key-v3|${kdfText(kdf)}|${purpose}`;

const costOf = (kdf: KdfParams): KdfCost => ({ N: kdf.N, r: kdf.r, p: kdf.p });

export function newDatabaseKey(): Buffer {
  return randomBytes(32);
}

/**
 * Writes a v3 key file at `path` holding both keys wrapped for `passphrase`, with a fresh salt. An
 * OS keychain wrap is carried over only when passed, and only a wrap of these same keys may be: a
 * new database key (rekey) must not keep a wrap of the old one.
 */
export async function writeWrappedKeys(
  path: string,
  passphrase: string,
  keys: StoreKeys,
  cost: KdfCost,
  passphraseChangedAt?: string,
  osWrapped?: OsWrappedKeys,
): Promise<void> {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(passphrase, kdf);
  writeKeyFile(path, {
    kdf,
    wrapped: wrapKey(keys.database, kek, aadV3(kdf, 'database')),
    auditWrapped: wrapKey(keys.audit, kek, aadV3(kdf, 'audit')),
    ...(passphraseChangedAt ? { passphraseChangedAt } : {}),
    ...(osWrapped ? { osWrapped } : {}),
  });
}

/** The keys a key file holds for this passphrase (no audit secret before v3); null when the passphrase does not fit. */
async function keysFrom(file: KeyFile, passphrase: string): Promise<{ database: Buffer; audit: Buffer | null } | null> {
  const kek = await deriveKey(passphrase, file.kdf);
  switch (file.version) {
    case 1:
      // The derived key was the database key itself; only opening the database can prove it.
      return { database: kek, audit: null };
    case 2: {
      const database = unwrapKey(file.wrapped, kek, aadV2(file.kdf));
      return database && { database, audit: null };
    }
    case 3: {
      const database = unwrapKey(file.wrapped, kek, aadV3(file.kdf, 'database'));
      const audit = unwrapKey(file.auditWrapped, kek, aadV3(file.kdf, 'audit'));
      return database && audit && { database, audit };
    }
    default: {
      const never: never = file;
      throw new Error(`unknown key file ${JSON.stringify(never)}`);
    }
  }
}

/** The database key a key file holds for this passphrase (a backup's HMAC key comes from it); null when the passphrase does not fit. */
export async function keyFrom(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  return (await keysFrom(file, passphrase))?.database ?? null;
}

/** The audit secret a v3 key file holds for this passphrase; null before v3 or when the passphrase does not fit. */
export async function auditSecretFrom(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  return (await keysFrom(file, passphrase))?.audit ?? null;
}

export interface OpenedWithKey {
  db: Db;
  key: Buffer;
  /** The audit secret; null until the key file is v3 (upgradeKeyFile). */
  auditSecret: Buffer | null;
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
  const keys = await keysFrom(current, passphrase);
  if (keys === null) throw wrongPassphrase();
  const next = readKeyFile(nextKeyFilePath(dbFile));
  try {
    const db = openDatabase(dbFile, keys.database, { create: false });
    if (next) removeKeyFile(nextKeyFilePath(dbFile));
    return { db, key: keys.database, auditSecret: keys.audit, keyFile: current };
  } catch (e) {
    if (!(e instanceof WrongKeyError)) throw e;
    const nextKeys = next ? await keysFrom(next, passphrase) : null;
    if (next === null || nextKeys === null) throw wrongPassphrase();
    const db = openDatabase(dbFile, nextKeys.database, { create: false });
    promoteKeyFile(nextKeyFilePath(dbFile), keyFilePath(dbFile));
    return { db, key: nextKeys.database, auditSecret: nextKeys.audit, keyFile: next };
  }
}

/**
 * A v1 or v2 store gets a v3 key file holding the database key it already has (the database is not
 * rewritten) and a new audit secret, which is returned; null when the file is v3 already.
 */
export async function upgradeKeyFile(dbFile: string, opened: OpenedWithKey, passphrase: string): Promise<Buffer | null> {
  if (opened.keyFile.version === 3) return null;
  const audit = newAuditSecret();
  await writeWrappedKeys(keyFilePath(dbFile), passphrase, { database: opened.key, audit }, costOf(opened.keyFile.kdf));
  return audit;
}

/**
 * `werkbank passphrase` on a v3 key file (store.ts upgrades an older one first): unwraps the keys
 * with the old passphrase and wraps them for the new one. The database file is not opened; the old
 * passphrase opens nothing afterwards (the only wraps it fitted are replaced).
 */
export async function rewrapForPassphrase(dbFile: string, oldPassphrase: string, newPassphrase: string, now: Date): Promise<string> {
  const { file, keys } = await checkPassphrase(dbFile, oldPassphrase);
  const changedAt = now.toISOString();
  // The keys stay the same, so the OS keychain's wrap of them (if any) stays valid and is kept.
  await writeWrappedKeys(keyFilePath(dbFile), newPassphrase, keys, costOf(file.kdf), changedAt, file.osWrapped);
  return changedAt;
}

export type KeyFileV3 = Extract<KeyFile, { version: 3 }>;

/** The store's v3 key file and its keys when the passphrase fits it; refused otherwise (before anything is written). */
export async function checkPassphrase(dbFile: string, passphrase: string): Promise<{ file: KeyFileV3; keys: StoreKeys }> {
  const file = readKeyFile(keyFilePath(dbFile));
  const keys = file?.version === 3 ? await keysFrom(file, passphrase) : null;
  if (file?.version !== 3 || keys?.audit == null) throw wrongPassphrase();
  return { file, keys: { database: keys.database, audit: keys.audit } };
}

/**
 * `werkbank rekey`: a new random database key; SQLCipher re-encrypts every page with it. The next
 * key file is written first (with the same audit secret: the log's MACs stay valid), the database
 * re-encrypted, then the next key file takes the current one's place — so a crash at any point
 * leaves a store that opens (see openWithPassphrase).
 *
 * The next key file holds no OS keychain wrap: a rotation is what a beheerder does when the old key
 * may have leaked, and the OS account is one of the ways it could have, so it is turned on again by
 * choice (with the passphrase) rather than carried over silently. The CLI, which has no keychain,
 * could not re-wrap anyway. store.ts audits the drop.
 */
export async function rotateDatabaseKey(db: Db, dbFile: string, passphrase: string, current: { file: KeyFileV3; keys: StoreKeys }): Promise<void> {
  const fresh = newDatabaseKey();
  await writeWrappedKeys(nextKeyFilePath(dbFile), passphrase, { database: fresh, audit: current.keys.audit }, costOf(current.file.kdf));
  db.pragma(`rekey="x'${fresh.toString('hex')}'"`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  promoteKeyFile(nextKeyFilePath(dbFile), keyFilePath(dbFile));
}
