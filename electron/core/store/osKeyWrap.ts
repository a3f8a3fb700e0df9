/**
 * "Unlock with this computer account" (issue #11 item 1, PRODUCT.md §5): the store's keys may also
 * be wrapped by the OS keychain — Windows DPAPI, the macOS keychain, GNOME Keyring or KWallet,
 * reached through Electron's safeStorage in electron/main/osKeychain.ts. It is a convenience with a
 * price, so it is off until a beheerder turns it on with the passphrase, audited either way:
 * whoever can use this OS account on this computer can then open the store without the
 * passphrase. The passphrase wraps always stay; the OS wrap sits beside them in the key file and
 * works only on the computer and account that made it (a backup or a copy opens with the
 * passphrase, and carries no OS wrap: backup.ts and restore.ts drop it).
 *
 * ONE blob holds both the database key and the audit secret (key file v3), not one blob each: an
 * unlock needs both, so two blobs only add a second keychain call (on macOS and Linux a round trip
 * to the keychain daemon, possibly a prompt) and a way for them to get out of step — a wrap of a
 * new database key beside one of an old audit secret. safeStorage takes no associated data, so the
 * text it encrypts names its own format and what each key is (osSecretText).
 *
 * Core never sees Electron: the desktop app injects an OsKeyProtector into the session; the browser
 * host and the CLI have none, and the option reads as unavailable there.
 */
import type { OsUnlockStatus } from '../../../shared/ipc/channels/session';
import { UserError } from '../../../shared/ipc/result';
import { registerAuditKeys } from './auditKeys';
import { auditSecretFitsLog } from './auditVerify';
import { keyFilePath, nextKeyFilePath, readKeyFile, removeKeyFile, writeKeyFile } from './keyFile';
import { checkPassphrase, type KeyFileV3, type StoreKeys } from './keys';
import { openDatabase, WrongKeyError, type Db } from './openDatabase';

export type OsKeychainBackend = 'dpapi' | 'keychain' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6';

export interface OsWrappedKeys {
  algorithm: 'electron-safestorage';
  backend: OsKeychainBackend;
  ciphertextBase64: string;
  enabledAt: string;
}

type Unavailable = NonNullable<OsUnlockStatus['unavailable']>;

/** What core needs from the OS keychain. Implementations refuse rather than ever store the keys readable. */
export interface OsKeyProtector {
  /** Why the keychain cannot be used right now, or null when it can. */
  unavailable(): Promise<Exclude<Unavailable, 'notDesktop'> | null>;
  wrap(keys: StoreKeys): Promise<{ backend: OsKeychainBackend; ciphertextBase64: string }>;
  /** The keys, and whether the keychain asks for them to be wrapped again (its own key rotated). */
  unwrap(wrapped: OsWrappedKeys): Promise<{ keys: StoreKeys; shouldReEncrypt: boolean }>;
}

const SECRET_FORMAT = 'casuistiek-werkbank/os-wrap-v1';
const SECRET_TEXT = /^casuistiek-werkbank\/os-wrap-v1\|database=([0-9a-f]{64})\|audit=([0-9a-f]{64})$/;

/** The text the keychain encrypts: both keys, each named, under a format label. */
export function osSecretText(keys: StoreKeys): string {
  if (keys.database.length !== 32 || keys.audit.length !== 32) throw new Error('store keys must be 32 bytes each');
  return `${SECRET_FORMAT}|database=${keys.database.toString('hex')}|audit=${keys.audit.toString('hex')}`;
}

/** The keys in a decrypted text; null for anything that is not exactly osSecretText's shape. */
export function keysFromOsSecret(text: string): StoreKeys | null {
  const m = SECRET_TEXT.exec(text);
  return m?.[1] && m[2] ? { database: Buffer.from(m[1], 'hex'), audit: Buffer.from(m[2], 'hex') } : null;
}

const WHY_NOT: Record<Unavailable, string> = {
  notDesktop: 'Ontgrendelen met uw computeraccount kan alleen in de desktop-app.',
  noKeychain: 'Uw computer biedt de werkbank nu geen sleutelbos aan (zoals de Windows-aanmelding of de macOS-sleutelhanger).',
  basicText:
    'Op deze Linux-computer draait geen sleutelbos (GNOME Keyring of KWallet); de sleutel zou dan onversleuteld op schijf staan, en dat doet de werkbank niet.',
};

const USE_PASSPHRASE = 'Vul uw wachtwoordzin in.';

function unavailableError(why: Unavailable, whileEnabling: boolean): UserError {
  return new UserError('OS_KEYCHAIN', `${WHY_NOT[why]} ${whileEnabling ? 'Er is niets gewijzigd.' : USE_PASSPHRASE}`);
}

function readV3(dbFile: string): KeyFileV3 | null {
  const file = readKeyFile(keyFilePath(dbFile));
  return file?.version === 3 ? file : null;
}

/** Rewrites the key file with `osWrapped` set or removed; every other field (the passphrase wraps) stays as it is. */
function writeOsWrapped(dbFile: string, file: KeyFileV3, osWrapped: OsWrappedKeys | undefined): void {
  const { version: _version, osWrapped: _old, ...rest } = file;
  writeKeyFile(keyFilePath(dbFile), { ...rest, ...(osWrapped ? { osWrapped } : {}) });
}

/** A keychain that silently fell back to plaintext must not pass: neither key may be readable in its output. */
function readableIn(bytes: Buffer, keys: StoreKeys): boolean {
  return [keys.database, keys.audit].some(
    (key) => bytes.includes(key) || bytes.includes(Buffer.from(key.toString('hex'))) || bytes.includes(Buffer.from(key.toString('base64'))),
  );
}

const sameKeys = (a: StoreKeys, b: StoreKeys) => a.database.equals(b.database) && a.audit.equals(b.audit);

export async function osUnlockStatus(dbFile: string, protector: OsKeyProtector | undefined): Promise<OsUnlockStatus> {
  const enabled = readV3(dbFile)?.osWrapped !== undefined;
  return { enabled, unavailable: protector ? await protector.unavailable() : 'notDesktop' };
}

/**
 * Turns it on: the passphrase proves who asks and yields both keys; the keychain wraps them; the
 * wrap is proven (it gives the same keys back, and neither is readable in it) before the key file
 * holds it. Any refusal leaves the key file as it was.
 */
export async function enableOsUnlock(dbFile: string, passphrase: string, protector: OsKeyProtector | undefined, now: Date): Promise<OsWrappedKeys> {
  const { file, keys } = await checkPassphrase(dbFile, passphrase);
  if (!protector) throw unavailableError('notDesktop', true);
  const why = await protector.unavailable();
  if (why) throw unavailableError(why, true);
  const sealed = await protector.wrap(keys);
  const osWrapped: OsWrappedKeys = { algorithm: 'electron-safestorage', ...sealed, enabledAt: now.toISOString() };
  const readable = readableIn(Buffer.from(sealed.ciphertextBase64, 'base64'), keys);
  const back = readable ? null : await protector.unwrap(osWrapped).catch(() => null);
  if (readable || !back || !sameKeys(back.keys, keys)) {
    throw new UserError('OS_KEYCHAIN', 'De sleutelbos van deze computer bewaart de sleutel niet veilig; ontgrendelen met uw computeraccount is niet aangezet. Er is niets gewijzigd.');
  }
  writeOsWrapped(dbFile, file, osWrapped);
  return osWrapped;
}

/** Turns it off (removes the OS wrap); answers whether it was on. */
export function disableOsUnlock(dbFile: string): boolean {
  const file = readV3(dbFile);
  if (!file?.osWrapped) return false;
  writeOsWrapped(dbFile, file, undefined);
  return true;
}

const noLongerFits = () =>
  new UserError(
    'OS_KEYCHAIN',
    'De sleutel die uw computeraccount bewaart, past niet meer bij deze werkbank (de databasesleutel is vernieuwd). Vul uw wachtwoordzin in en zet ontgrendelen met uw computeraccount opnieuw aan in Beheer → Beveiliging.',
  );

export interface OpenedWithOsAccount {
  db: Db;
  keyFile: KeyFileV3;
  backend: OsKeychainBackend;
  /** Wraps the keys again when the keychain asked for it; call once the open is complete. */
  refreshWrap(): Promise<void>;
}

/**
 * Opens the database with the keys the OS keychain gives back. Refused (nothing changed) when the
 * option is off, the keychain is unavailable or refuses, or the keys no longer fit — a wrap of an
 * old database key (rotateDatabaseKey drops it; one put back by hand does not open the file). A
 * rotation interrupted before its key file took over is finished only by the passphrase
 * (keys.ts): its next key file has no OS wrap, so here it reads as "does not fit". A left-over
 * next key file beside a current key that opens the file is stale and removed, as keys.ts does.
 * The audit secret is registered for the connection once it has proven itself against the log.
 */
export async function openWithOsAccount(dbFile: string, protector: OsKeyProtector | undefined): Promise<OpenedWithOsAccount> {
  const file = readV3(dbFile);
  const wrapped = file?.osWrapped;
  if (!file || !wrapped) {
    throw new UserError('OS_KEYCHAIN', `Ontgrendelen met uw computeraccount staat niet aan voor deze werkbank. ${USE_PASSPHRASE}`);
  }
  if (!protector) throw unavailableError('notDesktop', false);
  const why = await protector.unavailable();
  if (why) throw unavailableError(why, false);
  const opened = await protector.unwrap(wrapped).catch(() => null);
  if (!opened) {
    throw new UserError('OS_KEYCHAIN', `Uw computeraccount gaf de sleutel van de werkbank niet vrij (is de sleutelbos vergrendeld of vervangen?). ${USE_PASSPHRASE}`);
  }
  let db: Db;
  try {
    db = openDatabase(dbFile, opened.keys.database, { create: false });
  } catch (e) {
    if (!(e instanceof WrongKeyError)) throw e;
    throw noLongerFits();
  }
  // The passphrase wrap is authenticated (AES-GCM); this blob only by the keychain. Whoever can run
  // code as this account could put a blob of the right database key and an audit secret of their
  // own here, so the secret must prove itself against the log before any entry is MAC'd with it.
  registerAuditKeys(db, opened.keys.audit, dbFile);
  if (!auditSecretFitsLog(db)) {
    db.close();
    throw new UserError(
      'OS_KEYCHAIN',
      'De sleutels die uw computeraccount bewaart, horen niet bij het logboek van deze werkbank. Vul uw wachtwoordzin in en zet ontgrendelen met uw computeraccount opnieuw aan in Beheer → Beveiliging.',
    );
  }
  if (readKeyFile(nextKeyFilePath(dbFile))) removeKeyFile(nextKeyFilePath(dbFile));
  const refreshWrap = async (): Promise<void> => {
    if (!opened.shouldReEncrypt) return;
    // The keychain rotated its own key: wrap again, so the next unlock does not depend on the old
    // one. Should that fail, the old wrap still works and stays.
    const sealed = await protector.wrap(opened.keys).catch(() => null);
    if (sealed) writeOsWrapped(dbFile, file, { ...wrapped, ...sealed });
  };
  return { db, keyFile: file, backend: wrapped.backend, refreshWrap };
}

/** A key file's JSON without its OS wrap: what a backup carries and a restore writes (tied to another account, or to none). */
export function withoutOsWrap(keyJson: unknown): unknown {
  if (typeof keyJson !== 'object' || keyJson === null || !('osWrapped' in keyJson)) return keyJson;
  const { osWrapped: _dropped, ...rest } = keyJson as Record<string, unknown>;
  return rest;
}
