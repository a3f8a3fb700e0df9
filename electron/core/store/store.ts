import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import { seedDefaultCatalogues } from '../data/seed';
import { recordStoreId } from '../data/storeIdentity';
import { appendAudit } from './audit';
import { recordPassphraseChange } from '../data/keyEvents';
import { DEFAULT_SCRYPT } from './kdf';
import { keyFilePath } from './keyFile';
import { checkPassphrase, newDatabaseKey, openWithPassphrase, rotateDatabaseKey, upgradeKeyFile, writeWrappedKey, type KdfCost } from './keys';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase, type Db } from './openDatabase';

export type { KdfCost } from './keys';

/** Creates a new encrypted store at dbFile; refuses to overwrite an existing one. */
export async function createStore(dbFile: string, passphrase: string, cost: KdfCost = DEFAULT_SCRYPT): Promise<Db> {
  if (existsSync(dbFile)) {
    throw new UserError('CONFLICT', `Er bestaat al een werkbank in ${dbFile}. Ontgrendel die met uw wachtwoordzin.`);
  }
  mkdirSync(dirname(dbFile), { recursive: true });
  // A random database key, wrapped for the passphrase (issue #11 item 1): the passphrase can change
  // without re-encrypting the file, and the key is never a function of what a person chose.
  const key = newDatabaseKey();
  await writeWrappedKey(keyFilePath(dbFile), passphrase, key, cost);
  const db = openDatabase(dbFile, key, { create: true });
  migrate(db, MIGRATIONS);
  // A new store starts with the default catalogues (PRODUCT.md §2.4); see data/seed.ts.
  seedDefaultCatalogues(db);
  // Issue #9 item 6: the store's random id (and so the tag in the ids it hands out) from the start.
  recordStoreId(db);
  appendAudit(db, { actor: 'gebruiker', action: 'store.create', entity: 'store' });
  return db;
}

/**
 * Opens an existing store; a wrong passphrase is a UserError and leaves every file untouched. A
 * store from before issue #11 (key derived straight from the passphrase) gets its v2 key file now,
 * keeping its key; a passphrase changed while the store was closed is audited now.
 */
export async function openStore(dbFile: string, passphrase: string, now: Date = new Date()): Promise<Db> {
  const opened = await openWithPassphrase(dbFile, passphrase);
  const { db } = opened;
  migrate(db, MIGRATIONS);
  if (await upgradeKeyFile(dbFile, opened, passphrase)) {
    appendAudit(db, { actor: 'gebruiker', action: 'store.keyFileUpgraded', entity: 'store', detail: { to: 'key-v2' } }, now);
  }
  if (opened.keyFile.version === 2) recordPassphraseChange(db, opened.keyFile.passphraseChangedAt, now);
  return db;
}

/** `werkbank rekey`: a new random database key; every page is re-encrypted, the change audited. */
export async function rekeyStore(dbFile: string, passphrase: string, now: Date = new Date()): Promise<void> {
  const opened = await openWithPassphrase(dbFile, passphrase);
  try {
    migrate(opened.db, MIGRATIONS);
    await upgradeKeyFile(dbFile, opened, passphrase);
    await rekeyOpenStore(opened.db, dbFile, passphrase, now);
  } finally {
    opened.db.close();
  }
}

/**
 * The same on the connection the app holds open (Beheer → Beveiliging). The passphrase is proven
 * against the key file first: the new key is wrapped for it, so a typo must never get that far.
 */
export async function rekeyOpenStore(db: Db, dbFile: string, passphrase: string, now: Date): Promise<void> {
  const keyFile = await checkPassphrase(dbFile, passphrase);
  await rotateDatabaseKey(db, dbFile, passphrase, keyFile);
  appendAudit(db, { actor: 'gebruiker', action: 'store.rekey', entity: 'store' }, now);
}
