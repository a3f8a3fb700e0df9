import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import { seedDefaultCatalogues } from '../data/seed';
import { recordStoreId } from '../data/storeIdentity';
import { appendAudit, flushAuditAnchor } from './audit';
import { newAuditSecret, registerAuditKeys } from './auditKeys';
import { sealAuditLog } from './auditSeal';
import { recordOsUnlock, recordOsUnlockChange, recordPassphraseChange } from '../data/keyEvents';
import { DEFAULT_SCRYPT } from './kdf';
import { keyFilePath, readKeyFile } from './keyFile';
import { checkPassphrase, newDatabaseKey, openWithPassphrase, rewrapForPassphrase, rotateDatabaseKey, upgradeKeyFile, writeWrappedKeys, type KdfCost } from './keys';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase, type Db } from './openDatabase';
import { openWithOsAccount, type OsKeyProtector } from './osKeyWrap';

export type { KdfCost } from './keys';

/** Creates a new encrypted store at dbFile; refuses to overwrite an existing one. */
export async function createStore(dbFile: string, passphrase: string, cost: KdfCost = DEFAULT_SCRYPT): Promise<Db> {
  if (existsSync(dbFile)) {
    throw new UserError('CONFLICT', `Er bestaat al een werkbank in ${dbFile}. Ontgrendel die met uw wachtwoordzin.`);
  }
  mkdirSync(dirname(dbFile), { recursive: true });
  // A random database key, wrapped for the passphrase (issue #11 item 1): the passphrase can change
  // without re-encrypting the file, and the key is never a function of what a person chose. The
  // audit secret beside it (item 3) MACs every entry from the first one on.
  const keys = { database: newDatabaseKey(), audit: newAuditSecret() };
  await writeWrappedKeys(keyFilePath(dbFile), passphrase, keys, cost);
  const db = openDatabase(dbFile, keys.database, { create: true });
  registerAuditKeys(db, keys.audit, dbFile);
  migrate(db, MIGRATIONS);
  // The genesis anchor, before anything is logged (auditSeal.ts).
  sealAuditLog(db, new Date());
  // A new store starts with the default catalogues (PRODUCT.md §2.4); see data/seed.ts.
  seedDefaultCatalogues(db);
  // Issue #9 item 6: the store's random id (and so the tag in the ids it hands out) from the start.
  recordStoreId(db);
  appendAudit(db, { actor: 'gebruiker', action: 'store.create', entity: 'store' });
  return db;
}

/**
 * Opens an existing store; a wrong passphrase is a UserError and leaves every file untouched. A
 * store from before issue #11 (key derived straight from the passphrase) or before its audit key
 * gets its v3 key file now, keeping its database key, and its log is sealed (auditSeal.ts); a
 * passphrase changed while the store was closed is audited now.
 */
export async function openStore(dbFile: string, passphrase: string, now: Date = new Date()): Promise<Db> {
  const opened = await openWithPassphrase(dbFile, passphrase);
  const { db } = opened;
  try {
    migrate(db, MIGRATIONS);
    const upgraded = await upgradeKeyFile(dbFile, opened, passphrase);
    const auditSecret = opened.auditSecret ?? upgraded;
    if (auditSecret === null) throw new Error('key file without audit secret after upgrade');
    registerAuditKeys(db, auditSecret, dbFile);
    sealAuditLog(db, now);
    if (upgraded) appendAudit(db, { actor: 'gebruiker', action: 'store.keyFileUpgraded', entity: 'store', detail: { to: 'key-v3' } }, now);
    if (opened.keyFile.version !== 1) recordPassphraseChange(db, opened.keyFile.passphraseChangedAt, now);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * The same as openStore, with the keys the OS keychain gives back instead of the passphrase
 * (osKeyWrap.ts, which also proves the audit secret against the log and registers it). The key
 * file is v3 already (only a v3 file can hold an OS wrap), so there is nothing to upgrade; the rest
 * is as openStore: migrations, the seal (which writes the anchor where there is none), a passphrase
 * change made while closed, and the unlock itself audited — with its method, so the log tells the
 * two ways in apart. The anchor follows each entry (audit.ts).
 */
export async function openStoreWithOsAccount(dbFile: string, protector: OsKeyProtector | undefined, now: Date = new Date()): Promise<Db> {
  const opened = await openWithOsAccount(dbFile, protector);
  const { db } = opened;
  try {
    migrate(db, MIGRATIONS);
    sealAuditLog(db, now);
    recordPassphraseChange(db, opened.keyFile.passphraseChangedAt, now);
    recordOsUnlock(db, opened.backend, now);
    await opened.refreshWrap();
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Closes a store opened here; the anchor first catches up with the last commit. */
export function closeStore(db: Db): void {
  flushAuditAnchor(db);
  db.close();
}

/**
 * `werkbank passphrase`: re-wraps the keys for a new passphrase. A key file from before v3 is
 * upgraded first through a full open (that writes its audit secret and seals its log); after that
 * the database file is not opened.
 */
export async function changePassphrase(dbFile: string, oldPassphrase: string, newPassphrase: string, now: Date): Promise<string> {
  const file = existsSync(dbFile) ? readKeyFile(keyFilePath(dbFile)) : null;
  if (!file) throw new UserError('NOT_FOUND', `Geen werkbank gevonden in ${dbFile}.`);
  if (file.version !== 3) closeStore(await openStore(dbFile, oldPassphrase, now));
  return rewrapForPassphrase(dbFile, oldPassphrase, newPassphrase, now);
}

/** `werkbank rekey`: a new random database key; every page is re-encrypted, the change audited. */
export async function rekeyStore(dbFile: string, passphrase: string, now: Date = new Date()): Promise<void> {
  const db = await openStore(dbFile, passphrase, now);
  try {
    await rekeyOpenStore(db, dbFile, passphrase, now);
  } finally {
    closeStore(db);
  }
}

/**
 * The same on the connection the app holds open (Beheer → Beveiliging). The passphrase is proven
 * against the key file first: the new key is wrapped for it, so a typo must never get that far.
 */
export async function rekeyOpenStore(db: Db, dbFile: string, passphrase: string, now: Date): Promise<void> {
  const current = await checkPassphrase(dbFile, passphrase);
  await rotateDatabaseKey(db, dbFile, passphrase, current);
  appendAudit(db, { actor: 'gebruiker', action: 'store.rekey', entity: 'store' }, now);
  // The rotation does not carry an OS keychain wrap over (keys.ts says why): say so in the log.
  if (current.file.osWrapped) recordOsUnlockChange(db, false, null, 'gebruiker', now, 'rekey');
}
