/**
 * `werkbank restore` and Beheer → Reservekopie terugzetten (issue #11 item 4). A backup file is
 * checked in full before anything is replaced, in a folder of its own beside the target (so the
 * final rename stays on one file system):
 *
 *   1. verifyBackup: the container is whole (length, checksum); the passphrase unwraps the database
 *      key from the key file inside; the MAC proves the file is as it was made; the database opens
 *      with that key, is migrated to this app's schema, and verifyStore (integrity, foreign keys,
 *      audit chain) is ok. Any refusal removes the folder: nothing was written anywhere else.
 *   2. sealRestore: the restore is audited in the restored store (`store.restore`), and the
 *      `afterRestore` hook runs on it — for what must describe the store as restored, such as a
 *      fresh audit anchor written beside it (`<db>.anchor.json` in the folder moves with it).
 *   3. putInPlace: an existing store at the target (database or key file) is refused, or — when the
 *      caller says so — moved aside whole as `<db>.before-restore-<time>` (its key file beside it,
 *      so it still opens with its own passphrase); then the checked files are renamed into place,
 *      key file and sidecars first, the database last.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import { readStoreSummary, type StoreSummary } from '../data/storeSummary';
import { appendAudit } from './audit';
import { BackupFileError, checkBackupMac, readBackup } from './backupFile';
import { keyFilePath, parseKeyFile } from './keyFile';
import { auditSecretFrom, keyFrom, upgradeKeyFile } from './keys';
import { registerAuditKeys } from './auditKeys';
import { sealAuditLog, writeAuditAnchor } from './auditSeal';
import { closeStore } from './store';
import { migrate, NewerStoreError } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';
import { withoutOsWrap } from './osKeyWrap';
import { verifyStore } from './verify';

/** Runs on the restored store before it is moved into place; `dbFile` is where it is at that moment. */
export type AfterRestore = (db: Db, dbFile: string) => void | Promise<void>;

interface BackupSummary extends StoreSummary {
  madeAt: string;
}

/** A backup that passed every check, waiting in its own folder to be put in place (or discarded). */
export interface VerifiedBackup {
  dir: string;
  dbFile: string;
  key: Buffer;
  /** The restored store's audit secret (from its key file, or new when the backup predates it). */
  auditSecret: Buffer;
  summary: BackupSummary;
}

export type RestoreStep = 'reading' | 'checking';

const NOTHING = 'Er is niets gewijzigd.';
const DB_NAME = 'werkbank.db';
/** A file beside a store that belongs to it: `<db>.<name>.json` (key file, audit anchor, unlock failures …). */
const SIDECAR = /^[a-z][a-z0-9-]{0,39}\.json$/;

export async function verifyBackup(file: Buffer, passphrase: string, workDir: string, onStep?: (step: RestoreStep) => void): Promise<VerifiedBackup> {
  onStep?.('reading');
  const opened = readBackup(file);
  const keyFile = parseKeyFile(opened.header.keyFile);
  if (keyFile === null) {
    throw new BackupFileError('BAD_INPUT', `Het sleutelbestand in de reservekopie is ongeldig; deze werkbank kan haar niet openen. ${NOTHING}`, 'The key file inside the backup is invalid; nothing was changed.');
  }
  const key = await keyFrom(keyFile, passphrase);
  if (key === null) {
    throw new BackupFileError(
      'WRONG_PASSPHRASE',
      `Deze wachtwoordzin past niet bij de reservekopie. Gebruik de wachtwoordzin die de werkbank had toen de kopie werd gemaakt (hoofdletters en spaties tellen mee). ${NOTHING}`,
      'The passphrase does not open this backup (use the one the store had when the backup was made); nothing was changed.',
    );
  }
  if (!checkBackupMac(opened, key)) {
    throw new BackupFileError(
      'INTEGRITY',
      `De reservekopie is na het maken gewijzigd: de echtheidscontrole klopt niet (of de wachtwoordzin past niet bij deze oude kopie). Gebruik een andere kopie. ${NOTHING}`,
      'The backup was changed after it was made (its MAC does not match); nothing was changed.',
    );
  }
  mkdirSync(workDir, { recursive: true });
  const dir = mkdtempSync(join(workDir, '.restore-'));
  const dbFile = join(dir, DB_NAME);
  try {
    // backup.ts leaves the OS keychain's wrap out, but a file from another build may hold one: it
    // belongs to the account and computer the backup was made on, not to this restore, so it is
    // dropped — the restored store opens with its passphrase until Beheer turns the option on again.
    writeFileSync(keyFilePath(dbFile), JSON.stringify(withoutOsWrap(opened.header.keyFile), null, 2), { mode: 0o600 });
    for (const [name, base64] of Object.entries(opened.header.sidecars)) writeFileSync(`${dbFile}.${name}`, Buffer.from(base64, 'base64'), { mode: 0o600 });
    writeFileSync(dbFile, opened.database, { mode: 0o600 });
    onStep?.('checking');
    const db = openChecked(dbFile, key);
    try {
      migrateChecked(db);
      const existing = await auditSecretFrom(keyFile, passphrase);
      const auditSecret = existing ?? (await upgradeKeyFile(dbFile, { db, key, keyFile, auditSecret: null }, passphrase));
      if (auditSecret === null) throw new Error('key file without audit secret after upgrade');
      registerAuditKeys(db, auditSecret, dbFile);
      sealAuditLog(db, new Date()); // a backup from before the MACs gets its seal here, as at a first open
      refuseUnsound(db);
      return { dir, dbFile, key, auditSecret, summary: { madeAt: opened.header.madeAt, ...readStoreSummary(db) } };
    } finally {
      closeStore(db);
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

function openChecked(dbFile: string, key: Buffer): Db {
  try {
    return openDatabase(dbFile, key, { create: false });
  } catch (e) {
    if (!(e instanceof WrongKeyError)) throw e;
    throw new BackupFileError('INTEGRITY', `De database in de reservekopie gaat niet open met haar eigen sleutel. Gebruik een andere kopie. ${NOTHING}`, 'The database in the backup does not open with its own key; nothing was changed.');
  }
}

function migrateChecked(db: Db): void {
  try {
    migrate(db, MIGRATIONS);
  } catch (e) {
    if (!(e instanceof NewerStoreError)) throw e;
    throw new BackupFileError(
      'BAD_INPUT',
      `Deze reservekopie komt van een nieuwere versie van de werkbank (schemaversie ${String(e.found)}; deze versie kent ${String(e.known)}). Werk de werkbank eerst bij. ${NOTHING}`,
      `The backup comes from a newer version of the app (schema ${String(e.found)}, this one knows ${String(e.known)}); nothing was changed.`,
    );
  }
}

/**
 * The backup's database must be sound: integrity, foreign keys, the audit chain and every MAC. Its
 * audit anchor is not asked for: the backup file's own HMAC (under the database key) already proves
 * it is complete as made, and the restore writes a fresh anchor for the restored head.
 */
function refuseUnsound(db: Db): void {
  const { integrity, brokenForeignKeys, chain, macs } = verifyStore(db);
  const problems: string[] = [];
  if (macs.mismatched.length > 0 || macs.unsigned.length > 0) problems.push('auditregels zonder geldige MAC');
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  if (brokenForeignKeys > 0) problems.push(`${String(brokenForeignKeys)} verwijzing(en) kapot`);
  if (!chain.ok) problems.push(`auditketen gebroken bij regel ${String(chain.brokenAt)} (${chain.reason})`);
  if (problems.length === 0) return;
  throw new BackupFileError(
    'INTEGRITY',
    `De database in de reservekopie is niet in orde: ${problems.join('; ')}. Gebruik een andere kopie. ${NOTHING}`,
    `The database in the backup fails verification: ${problems.join('; ')}; nothing was changed.`,
  );
}

/** The restore audited in the restored store, then the hook; the store is closed whole (no WAL left). */
export async function sealRestore(v: VerifiedBackup, opts: { actor: string; now: Date; keptAs: string | null; afterRestore?: AfterRestore }): Promise<void> {
  const db = openDatabase(v.dbFile, v.key, { create: false });
  try {
    registerAuditKeys(db, v.auditSecret, v.dbFile);
    sealAuditLog(db, opts.now); // a backup from before the MACs: its entries are sealed as at any first open
    const detail = { madeAt: v.summary.madeAt, replaced: opts.keptAs === null ? null : basename(opts.keptAs) };
    appendAudit(db, { actor: opts.actor, action: 'store.restore', entity: 'store', detail }, opts.now);
    writeAuditAnchor(v.dbFile, db, opts.now); // the restored head, in the folder that moves into place
    await opts.afterRestore?.(db, v.dbFile);
  } finally {
    closeStore(db);
  }
}

/** Whether a store (its database or its key file) is at `dbFile`. */
export function storeExists(dbFile: string): boolean {
  return existsSync(dbFile) || existsSync(keyFilePath(dbFile));
}

/** Where a replaced store is kept: `<db>.before-restore-20261123T100000Z`, unused so far. */
export function keptName(dbFile: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let name = `${dbFile}.before-restore-${stamp}`;
  for (let n = 2; storeExists(name); n++) name = `${dbFile}.before-restore-${stamp}-${String(n)}`;
  return name;
}

/**
 * Moves the checked store to `target`. An existing store there is refused (CONFLICT) unless
 * `keepReplacedAs` names where it goes: then all its files move there first (database, WAL, key
 * files and sidecars), so nothing of the old store is mixed into the new one.
 */
export function putInPlace(v: VerifiedBackup, target: string, keepReplacedAs: string | null): void {
  mkdirSync(dirname(target), { recursive: true });
  if (storeExists(target)) {
    if (keepReplacedAs === null) throw new UserError('CONFLICT', `Er staat al een werkbank in ${target}; die wordt niet overschreven. ${NOTHING}`);
    for (const suffix of storeFileSuffixes(target)) renameSync(`${target}${suffix}`, `${keepReplacedAs}${suffix}`);
  }
  const incoming = storeFileSuffixes(v.dbFile).filter((s) => s !== '');
  for (const suffix of incoming) renameSync(`${v.dbFile}${suffix}`, `${target}${suffix}`);
  renameSync(v.dbFile, target);
  discardVerified(v);
}

export function discardVerified(v: VerifiedBackup): void {
  rmSync(v.dir, { recursive: true, force: true });
}

/** The files of the store at `dbFile` that exist: '' (the database), '-wal', '-shm', '.key.next.json' and every `.<sidecar>.json`. */
function storeFileSuffixes(dbFile: string): string[] {
  const base = basename(dbFile);
  const sidecars = readdirSync(dirname(dbFile))
    .filter((name) => name.startsWith(`${base}.`) && SIDECAR.test(name.slice(base.length + 1)))
    .map((name) => name.slice(base.length));
  return ['', '-wal', '-shm', '.key.next.json', ...sidecars].filter((suffix) => existsSync(`${dbFile}${suffix}`));
}
