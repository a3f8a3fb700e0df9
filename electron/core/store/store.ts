import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import { seedDefaultCatalogues } from '../data/seed';
import { recordStoreId } from '../data/storeIdentity';
import { appendAudit } from './audit';
import { DEFAULT_SCRYPT, deriveKey, newKdfParams } from './kdf';
import { readKeyFile, writeKeyFile } from './keyFile';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';

export type KdfCost = { N: number; r: number; p: number };

/** Creates a new encrypted store at dbFile; refuses to overwrite an existing one. */
export async function createStore(dbFile: string, passphrase: string, cost: KdfCost = DEFAULT_SCRYPT): Promise<Db> {
  if (existsSync(dbFile)) {
    throw new UserError('CONFLICT', `Er bestaat al een werkbank in ${dbFile}. Ontgrendel die met uw wachtwoordzin.`);
  }
  mkdirSync(dirname(dbFile), { recursive: true });
  const kdf = newKdfParams(cost);
  const key = await deriveKey(passphrase, kdf);
  writeKeyFile(dbFile, kdf);
  const db = openDatabase(dbFile, key, { create: true });
  migrate(db, MIGRATIONS);
  // A new store starts with the default catalogues (PRODUCT.md §2.4); see data/seed.ts.
  seedDefaultCatalogues(db);
  // Issue #9 item 6: the store's random id (and so the tag in the ids it hands out) from the start.
  recordStoreId(db);
  appendAudit(db, { actor: 'gebruiker', action: 'store.create', entity: 'store' });
  return db;
}

/** Opens an existing store; a wrong passphrase is a UserError and leaves the file untouched. */
export async function openStore(dbFile: string, passphrase: string): Promise<Db> {
  const kdf = existsSync(dbFile) ? readKeyFile(dbFile) : null;
  if (!kdf) {
    throw new UserError('NOT_FOUND', `Geen werkbank gevonden in ${dbFile}. Maak er eerst een (kies een wachtwoordzin, of 'werkbank init').`);
  }
  const key = await deriveKey(passphrase, kdf);
  let db: Db;
  try {
    db = openDatabase(dbFile, key, { create: false });
  } catch (e) {
    if (e instanceof WrongKeyError) {
      throw new UserError(
        'WRONG_PASSPHRASE',
        'Deze wachtwoordzin past niet bij deze werkbank. Controleer hoofdletters en spaties en probeer het opnieuw; er is niets gewijzigd.',
      );
    }
    throw e;
  }
  migrate(db, MIGRATIONS);
  return db;
}
