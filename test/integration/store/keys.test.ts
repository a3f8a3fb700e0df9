/**
 * Issue #11 item 1: a random 256-bit database key wrapped by a key derived from the passphrase;
 * stores from before migrate on their first unlock; the passphrase changes by re-wrapping only;
 * the database key itself can be rotated, and an interrupted rotation leaves a store that opens.
 * Item 3: the audit secret is wrapped beside it (key file v3) and survives both.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKey, newKdfParams } from '../../../electron/core/store/kdf';
import { keyFilePath, nextKeyFilePath, readKeyFile } from '../../../electron/core/store/keyFile';
import { unwrapKey } from '../../../electron/core/store/keyWrap';
import { newDatabaseKey, writeWrappedKeys } from '../../../electron/core/store/keys';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { openDatabase, WrongKeyError } from '../../../electron/core/store/openDatabase';
import { changePassphrase, createStore, openStore, rekeyStore } from '../../../electron/core/store/store';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';

const sha = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent');
const NEW = 'een heel andere wachtwoordzin';

async function newStore(): Promise<string> {
  const file = join(tempDir(), 'w.db');
  const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
  db.prepare(`INSERT INTO settings (key, value) VALUES ('proef', 'Bloemhof')`).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

function v3(file: string) {
  const k = readKeyFile(keyFilePath(file));
  if (k?.version !== 3) throw new Error('expected a v3 key file');
  return k;
}

const aad = (k: ReturnType<typeof v3>, purpose: 'database' | 'audit' = 'database') =>
  `casuistiek-werkbank/key-v3|scrypt|${String(k.kdf.N)}|${String(k.kdf.r)}|${String(k.kdf.p)}|${k.kdf.saltHex}|${purpose}`;

/** The database key (or the audit secret) the current key file holds for the passphrase. */
async function currentKey(file: string, purpose: 'database' | 'audit' = 'database', passphrase = TEST_PASSPHRASE): Promise<Buffer> {
  const k = v3(file);
  const key = unwrapKey(purpose === 'database' ? k.wrapped : k.auditWrapped, await deriveKey(passphrase, k.kdf), aad(k, purpose));
  if (!key) throw new Error('unwrap failed');
  return key;
}

const actions = (file: string, passphrase: string) =>
  openStore(file, passphrase).then((db) => {
    const list = (db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
    db.close();
    return list;
  });

describe('issue #11: the database key is random and wrapped by the passphrase', () => {
  it('a new store has a v3 key file whose wrapped key is not the key derived from the passphrase', async () => {
    const file = await newStore();
    const k = v3(file);
    const kek = await deriveKey(TEST_PASSPHRASE, k.kdf);
    // The derived key itself does not open the database: it only unwraps the real key.
    expect(() => openDatabase(file, kek, { create: false })).toThrow(WrongKeyError);
    const key = unwrapKey(k.wrapped, kek, aad(k));
    expect(key).toHaveLength(32);
    if (key) openDatabase(file, key, { create: false }).close();
  });

  it('two stores with the same passphrase get different database keys', async () => {
    const [a, b] = [await newStore(), await newStore()];
    expect(v3(a).wrapped.ciphertextHex).not.toBe(v3(b).wrapped.ciphertextHex);
  });

  it('the production KDF parameters are scrypt N = 2^17 and travel in the key file', async () => {
    const file = join(tempDir(), 'w.db');
    (await createStore(file, TEST_PASSPHRASE)).close();
    expect(v3(file).kdf).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
  });

  it('a changed byte in the wrapped key is refused as a wrong passphrase and changes no file', async () => {
    const file = await newStore();
    const path = keyFilePath(file);
    const text = readFileSync(path, 'utf8');
    const k = v3(file);
    const flipped = `${k.wrapped.tagHex[0] === '0' ? '1' : '0'}${k.wrapped.tagHex.slice(1)}`;
    writeFileSync(path, text.replace(k.wrapped.tagHex, flipped));
    const [db, key] = [sha(file), sha(path)];
    await expect(openStore(file, TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect([sha(file), sha(path)]).toEqual([db, key]);
  });
});

describe('issue #11: a store from before (key derived straight from the passphrase) migrates on first unlock', () => {
  it('opens, gets a v3 key file holding the same key, is audited once, and opens again', async () => {
    const file = join(tempDir(), 'w.db');
    const kdf = newKdfParams(TEST_KDF);
    const legacyKey = await deriveKey(TEST_PASSPHRASE, kdf);
    writeFileSync(keyFilePath(file), JSON.stringify({ format: 'casuistiek-werkbank/key-v1', kdf }));
    const legacy = openDatabase(file, legacyKey, { create: true });
    migrate(legacy, MIGRATIONS);
    legacy.prepare(`INSERT INTO settings (key, value) VALUES ('proef', 'Schiebroek')`).run();
    legacy.close();
    expect(readKeyFile(keyFilePath(file))?.version).toBe(1);

    const db = await openStore(file, TEST_PASSPHRASE);
    expect((db.prepare(`SELECT value FROM settings WHERE key = 'proef'`).get() as { value: string }).value).toBe('Schiebroek');
    db.close();
    const k = v3(file);
    expect(k.kdf.saltHex).not.toBe(kdf.saltHex);
    // The database was not re-encrypted: the old key still opens it (it is now the wrapped key).
    openDatabase(file, legacyKey, { create: false }).close();
    expect((await actions(file, TEST_PASSPHRASE)).filter((a) => a === 'store.keyFileUpgraded')).toHaveLength(1);
  });
});

describe('issue #11: werkbank passphrase re-wraps the key only', () => {
  it('the database file is not rewritten; the old passphrase no longer opens the store; the new one does', async () => {
    const file = await newStore();
    const before = { db: sha(file), wal: sha(`${file}-wal`) };
    await changePassphrase(file, TEST_PASSPHRASE, NEW, new Date('2026-12-01T10:00:00Z'));
    expect({ db: sha(file), wal: sha(`${file}-wal`) }).toEqual(before);
    await expect(openStore(file, TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const db = await openStore(file, NEW);
    expect((db.prepare(`SELECT value FROM settings WHERE key = 'proef'`).get() as { value: string }).value).toBe('Bloemhof');
    db.close();
  });

  it('the change is audited at the next unlock, once', async () => {
    const file = await newStore();
    await changePassphrase(file, TEST_PASSPHRASE, NEW, new Date('2026-12-01T10:00:00Z'));
    (await openStore(file, NEW)).close();
    expect((await actions(file, NEW)).filter((a) => a === 'store.passphrase')).toHaveLength(1);
  });

  it('a wrong old passphrase is refused and the key file stays as it was', async () => {
    const file = await newStore();
    const key = sha(keyFilePath(file));
    await expect(changePassphrase(file, 'niet de juiste', NEW, new Date())).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(sha(keyFilePath(file))).toBe(key);
    (await openStore(file, TEST_PASSPHRASE)).close();
  });
});

describe('issue #11: werkbank rekey rotates the database key itself', () => {
  it('the old database key no longer opens the file; the passphrase does; the data and the audit say so', async () => {
    const file = await newStore();
    const oldKey = await currentKey(file);
    const bytes = sha(file);
    await rekeyStore(file, TEST_PASSPHRASE);
    expect(sha(file)).not.toBe(bytes);
    expect(() => openDatabase(file, oldKey, { create: false })).toThrow(WrongKeyError);
    expect(existsSync(nextKeyFilePath(file))).toBe(false);
    const db = await openStore(file, TEST_PASSPHRASE);
    expect((db.prepare(`SELECT value FROM settings WHERE key = 'proef'`).get() as { value: string }).value).toBe('Bloemhof');
    db.close();
    expect(await actions(file, TEST_PASSPHRASE)).toContain('store.rekey');
  });

  it('interrupted after the next key file was written, before re-encrypting: opens with the current key, the stale file goes', async () => {
    const file = await newStore();
    await writeWrappedKeys(nextKeyFilePath(file), TEST_PASSPHRASE, { database: newDatabaseKey(), audit: await currentKey(file, 'audit') }, TEST_KDF);
    (await openStore(file, TEST_PASSPHRASE)).close();
    expect(existsSync(nextKeyFilePath(file))).toBe(false);
  });

  it('interrupted after re-encrypting, before the key file was replaced: opens with the next key, which takes its place', async () => {
    const file = await newStore();
    const current = sha(keyFilePath(file));
    const fresh = newDatabaseKey();
    // What rotateDatabaseKey does up to its last step: the next key file, then the re-encryption …
    await writeWrappedKeys(nextKeyFilePath(file), TEST_PASSPHRASE, { database: fresh, audit: await currentKey(file, 'audit') }, TEST_KDF);
    const raw = openDatabase(file, await currentKey(file), { create: false });
    raw.pragma(`rekey="x'${fresh.toString('hex')}'"`);
    raw.close();
    // … and a crash before the rename. The current key no longer fits; the next one does and takes its place.
    (await openStore(file, TEST_PASSPHRASE)).close();
    expect(existsSync(nextKeyFilePath(file))).toBe(false);
    expect(sha(keyFilePath(file))).not.toBe(current);
    openDatabase(file, fresh, { create: false }).close();
    (await openStore(file, TEST_PASSPHRASE)).close();
  });
});
