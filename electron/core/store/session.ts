import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../../../shared/ipc/result';
import type { OsUnlockStatus, SessionStatus } from '../../../shared/ipc/channels/session';
import type { Db } from './openDatabase';
import { recordFailedUnlocks, recordOsUnlockChange, recordPassphraseChange, recordPassphraseUnlock } from '../data/keyEvents';
import { readAutoLockMinutes, saveAutoLockMinutes } from '../data/sessionSettings';
import { createBackup, type MadeBackup } from './backup';
import { discardVerified, keptName, putInPlace, sealRestore, verifyBackup, type AfterRestore, type VerifiedBackup } from './restore';
import { disableOsUnlock, enableOsUnlock, osUnlockStatus, type OsKeyProtector } from './osKeyWrap';
import { changePassphrase, closeStore, createStore, openStore, openStoreWithOsAccount, rekeyOpenStore, type KdfCost } from './store';
import { clearUnlockAttempts, readUnlockAttempts, recordUnlockFailure, unlockWaitMs } from './unlockAttempts';

export interface SessionOptions {
  /** scrypt cost; tests lower it, production keeps the default. */
  kdfCost?: KdfCost;
  autoLockMinutes?: number;
  now?: () => number;
  /** Runs on a restored store before it replaces this one (store/restore.ts), e.g. to write a fresh audit anchor. */
  afterRestore?: AfterRestore;
  /** The OS keychain (Electron safeStorage) in the desktop app; absent in the browser host and the CLI. */
  osKeyProtector?: OsKeyProtector;
}

/** A backup checked by `verifyBackup`, waiting for the person to confirm it may replace the store. */
interface PendingRestore {
  id: string;
  verified: VerifiedBackup;
}

export const DB_FILE_NAME = 'werkbank.db';

/**
 * Owns the one open connection to the encrypted store and its lock state. Every service asks it
 * for the database; when the store is locked (or auto-locked after inactivity) that is refused.
 */
export class StoreSession {
  private db: Db | null = null;
  private lastActivity = 0;
  private readonly lockListeners = new Set<() => void>();
  private autoLockMs: number;
  private readonly defaultAutoLockMs: number;
  private readonly now: () => number;
  private pendingRestore: PendingRestore | null = null;
  /** Set by a restore and shown by the unlock screen until the next unlock. */
  private restored: SessionStatus['restored'] = undefined;
  readonly dbFile: string;

  constructor(
    readonly dataDir: string,
    private readonly options: SessionOptions = {},
  ) {
    this.dbFile = join(dataDir, DB_FILE_NAME);
    this.defaultAutoLockMs = (options.autoLockMinutes ?? 10) * 60_000;
    this.autoLockMs = this.defaultAutoLockMs;
    this.now = options.now ?? Date.now;
  }

  status(): SessionStatus {
    this.lockIfIdle();
    const state = this.db ? 'ontgrendeld' : existsSync(this.dbFile) ? 'vergrendeld' : 'nieuw';
    const restored = state === 'vergrendeld' ? this.restored : undefined;
    return { state, storeLabel: this.dbFile, autoLockMinutes: this.autoLockMs / 60_000, ...(restored ? { restored } : {}) };
  }

  async create(passphrase: string): Promise<SessionStatus> {
    this.opened(await createStore(this.dbFile, passphrase, this.options.kdfCost));
    return this.status();
  }

  /**
   * Opens the store. After three failed tries each next one waits longer (unlockAttempts.ts); the
   * failures are audited at the next successful unlock.
   */
  async unlock(passphrase: string): Promise<SessionStatus> {
    if (this.db) return this.status();
    const attempts = readUnlockAttempts(this.dbFile);
    const wait = unlockWaitMs(attempts, this.now());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new UserError('TOO_MANY_ATTEMPTS', `Te veel mislukte pogingen. Wacht nog ${String(seconds)} ${seconds === 1 ? 'seconde' : 'seconden'} en probeer het dan opnieuw.`);
    }
    let db: Db;
    try {
      db = await openStore(this.dbFile, passphrase, new Date(this.now()));
    } catch (e) {
      if (e instanceof UserError && e.code === 'WRONG_PASSPHRASE') recordUnlockFailure(this.dbFile, new Date(this.now()));
      throw e;
    }
    recordFailedUnlocks(db, attempts, new Date(this.now()));
    recordPassphraseUnlock(db, new Date(this.now()));
    clearUnlockAttempts(this.dbFile);
    this.opened(db);
    return this.status();
  }

  /**
   * Opens the store with the keys the OS keychain holds for this account (osKeyWrap.ts). No
   * passphrase is tried, so the backoff does not apply; failed passphrase tries before it are
   * audited now, as at any successful unlock.
   */
  async unlockWithOs(): Promise<SessionStatus> {
    if (this.db) return this.status();
    const attempts = readUnlockAttempts(this.dbFile);
    const db = await openStoreWithOsAccount(this.dbFile, this.options.osKeyProtector, new Date(this.now()));
    recordFailedUnlocks(db, attempts, new Date(this.now()));
    clearUnlockAttempts(this.dbFile);
    this.opened(db);
    return this.status();
  }

  /** Whether unlocking with the OS account is on, and whether it can be used here. Readable while locked. */
  osUnlockStatus(): Promise<OsUnlockStatus> {
    return osUnlockStatus(this.dbFile, this.options.osKeyProtector);
  }

  /** Beheer → Beveiliging: both keys wrapped by the OS keychain too; the passphrase proves who asks. Audited. */
  async enableOsUnlock(passphrase: string, actor: string): Promise<OsUnlockStatus> {
    const db = this.database();
    const wrapped = await enableOsUnlock(this.dbFile, passphrase, this.options.osKeyProtector, new Date(this.now()));
    recordOsUnlockChange(db, true, wrapped.backend, actor, new Date(this.now()));
    return this.osUnlockStatus();
  }

  /** Beheer → Beveiliging: removes the OS keychain's wrap; audited when it was on. */
  async disableOsUnlock(actor: string): Promise<OsUnlockStatus> {
    const db = this.database();
    if (disableOsUnlock(this.dbFile)) recordOsUnlockChange(db, false, null, actor, new Date(this.now()));
    return this.osUnlockStatus();
  }

  /** Beheer → Beveiliging: re-wraps the key for a new passphrase; audited at once, the store stays open. */
  async changePassphrase(current: string, next: string): Promise<SessionStatus> {
    const db = this.database();
    const changedAt = await changePassphrase(this.dbFile, current, next, new Date(this.now()));
    recordPassphraseChange(db, changedAt, new Date(this.now()));
    return this.status();
  }

  /** Beheer → Beveiliging: a new database key on the open connection (the passphrase proven first). */
  async rekey(passphrase: string): Promise<SessionStatus> {
    await rekeyOpenStore(this.database(), this.dbFile, passphrase, new Date(this.now()));
    return this.status();
  }

  /** Beheer → Beveiliging: the idle minutes before the store locks itself, kept in the store. */
  setAutoLock(minutes: number, actor: string): SessionStatus {
    saveAutoLockMinutes(this.database(), minutes, actor, new Date(this.now()));
    this.autoLockMs = minutes * 60_000;
    return this.status();
  }

  /** Beheer → Reservekopie maken: the open store as one backup file (store/backup.ts), audited in it. */
  async backup(passphrase: string, actor: string, now: Date): Promise<MadeBackup> {
    return createBackup(this.database(), this.dbFile, passphrase, { actor, now });
  }

  /**
   * Beheer → Reservekopie terugzetten, step 1: the file checked in full in a folder beside the store
   * (store/restore.ts); nothing is replaced. It waits under `id` for `restore` (one at a time; a
   * lock drops it).
   */
  async checkBackup(id: string, bytes: Buffer, passphrase: string): Promise<VerifiedBackup['summary']> {
    this.database();
    const verified = await verifyBackup(bytes, passphrase, this.dataDir);
    this.discardRestore();
    this.pendingRestore = { id, verified };
    return verified.summary;
  }

  /**
   * Step 2, once the person confirmed: the restore is audited in the restored store, this store is
   * locked and kept aside whole as `werkbank.db.before-restore-<time>` (with its key file), and the
   * backup takes its place. The unlock screen then asks the backup's passphrase.
   */
  async restore(id: string, actor: string, now: Date): Promise<{ keptAs: string; status: SessionStatus }> {
    this.database();
    const pending = this.pendingRestore;
    if (pending === null || pending.id !== id) {
      throw new UserError('NOT_FOUND', 'Deze reservekopie is niet (meer) gecontroleerd: het terugzetten is afgebroken of de werkbank is tussendoor vergrendeld. Kies het bestand opnieuw; er is niets gewijzigd.');
    }
    this.pendingRestore = null;
    try {
      const keptAs = keptName(this.dbFile, now);
      await sealRestore(pending.verified, { actor, now, keptAs, ...(this.options.afterRestore ? { afterRestore: this.options.afterRestore } : {}) });
      this.lock();
      putInPlace(pending.verified, this.dbFile, keptAs);
      this.restored = { madeAt: pending.verified.summary.madeAt, keptAs: basename(keptAs) };
      return { keptAs: basename(keptAs), status: this.status() };
    } finally {
      discardVerified(pending.verified);
    }
  }

  /** Drops a checked backup (the one with `id`, or any); true when there was one. */
  discardRestore(id?: string): boolean {
    const pending = this.pendingRestore;
    if (pending === null || (id !== undefined && pending.id !== id)) return false;
    this.pendingRestore = null;
    discardVerified(pending.verified);
    return true;
  }

  lock(): SessionStatus {
    if (this.db) closeStore(this.db);
    this.db = null;
    this.discardRestore();
    // What a handler holds in memory for this unlocked session (a dataset upload) goes with it.
    for (const listener of this.lockListeners) listener();
    return this.status();
  }

  /** Calls `listener` on every lock, explicit or automatic. */
  onLock(listener: () => void): void {
    this.lockListeners.add(listener);
  }

  /**
   * The open database; refuses when locked. Asking for it is NOT activity: a screen polling a
   * count would otherwise keep the store open forever (§5). Activity is recorded apart, below.
   */
  database(): Db {
    this.lockIfIdle();
    if (!this.db) {
      throw new UserError('LOCKED', 'De werkbank is vergrendeld. Vul uw wachtwoordzin in om verder te gaan.');
    }
    return this.db;
  }

  /**
   * A person did something (a call on a channel the contract does not mark passive): the idle
   * time starts again. A store already past its idle time locks first, so a late click cannot
   * revive it without the passphrase.
   */
  recordActivity(): void {
    this.lockIfIdle();
    if (this.db) this.lastActivity = this.now();
  }

  private opened(db: Db): void {
    this.db = db;
    this.restored = undefined;
    const chosen = readAutoLockMinutes(db);
    this.autoLockMs = chosen === null ? this.defaultAutoLockMs : chosen * 60_000;
    this.lastActivity = this.now();
  }

  private lockIfIdle(): void {
    if (this.db && this.now() - this.lastActivity > this.autoLockMs) this.lock();
  }
}

