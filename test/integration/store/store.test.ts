import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/core/store/audit';
import { deriveKey, newKdfParams } from '../../../electron/core/store/kdf';
import { migrate, NewerStoreError } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { StoreSession } from '../../../electron/core/store/session';
import { createStore, openStore } from '../../../electron/core/store/store';
import { UserError } from '../../../shared/ipc/result';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('§5 Store: one SQLite file, encrypted at rest', () => {
  it('writes no plaintext: the file has no SQLite header and no table names in clear', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('geheim', 'Bloemhof-huishouden')`).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Bloemhof-huishouden'))).toBe(false);
    expect(bytes.includes(Buffer.from('audit_log'))).toBe(false);
  });

  it('opens with the right passphrase and sets WAL, foreign keys and secure delete', async () => {
    const file = join(tempDir(), 'w.db');
    (await createStore(file, TEST_PASSPHRASE, TEST_KDF)).close();
    const db = await openStore(file, TEST_PASSPHRASE);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a wrong passphrase with a Dutch message and leaves the file byte-for-byte untouched', async () => {
    const file = join(tempDir(), 'w.db');
    (await createStore(file, TEST_PASSPHRASE, TEST_KDF)).close();
    const before = sha(file);
    const err = await openStore(file, 'verkeerde wachtwoordzin').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('WRONG_PASSPHRASE');
    expect((err as UserError).message).toContain('Deze wachtwoordzin past niet bij deze werkbank');
    expect(sha(file)).toBe(before);
  });

  it('refuses to create a store over an existing one', async () => {
    const file = join(tempDir(), 'w.db');
    (await createStore(file, TEST_PASSPHRASE, TEST_KDF)).close();
    await expect(createStore(file, TEST_PASSPHRASE, TEST_KDF)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('derives the key with scrypt at its production cost (N = 2^17) deterministically from salt and passphrase', async () => {
    const params = newKdfParams();
    expect(params.N).toBe(2 ** 17);
    const [a, b] = await Promise.all([deriveKey('zin', params), deriveKey('zin', params)]);
    expect(a.equals(b)).toBe(true);
    expect(a).toHaveLength(32);
    expect((await deriveKey('andere zin', params)).equals(a)).toBe(false);
  });
});

describe('Store migrations: one per version, each in a transaction', () => {
  it('numbers migrations 1..n without gaps', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('migration 001 creates settings and an append-only audit log', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    db.close();
  });

  it('refuses a store written by a newer version of the app instead of half-understanding it', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(NewerStoreError);
    db.close();
  });

  it('rolls a failing migration back completely, leaving the previous version', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: typeof db) => {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    db.close();
  });
});

describe('§5 Audit log: append-only and hash-chained', () => {
  it('verifies an intact chain and detects an edited entry', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    appendAudit(db, { actor: 'a', action: 'case.create', entity: 'case', entityId: 'BLO-2024-001' });
    appendAudit(db, { actor: 'a', action: 'case.update', entity: 'case', entityId: 'BLO-2024-001' });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    // An attacker with the key could drop the trigger; the chain still gives them away.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET entity_id = 'SCH-2024-009' WHERE seq = 2`).run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
    db.close();
  });

  it('detects a deleted entry in the middle of the chain', async () => {
    const file = join(tempDir(), 'w.db');
    const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
    for (let i = 0; i < 3; i++) appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
    db.close();
  });
});

describe('§5 Session: unlock, lock and auto-lock after inactivity', () => {
  it('goes nieuw → ontgrendeld → vergrendeld → ontgrendeld', async () => {
    const session = new StoreSession(tempDir(), { kdfCost: TEST_KDF });
    expect(session.status().state).toBe('nieuw');
    expect((await session.create(TEST_PASSPHRASE)).state).toBe('ontgrendeld');
    expect(session.lock().state).toBe('vergrendeld');
    expect(() => session.database()).toThrow(UserError);
    expect((await session.unlock(TEST_PASSPHRASE)).state).toBe('ontgrendeld');
    session.lock();
  });

  it('locks itself after the configured minutes without activity (default 10)', async () => {
    let now = 0;
    const session = new StoreSession(tempDir(), { kdfCost: TEST_KDF, now: () => now });
    await session.create(TEST_PASSPHRASE);
    expect(session.status().autoLockMinutes).toBe(10);
    now += 9 * 60_000;
    session.recordActivity(); // a user's action resets the clock
    now += 9 * 60_000;
    expect(session.status().state).toBe('ontgrendeld');
    now += 2 * 60_000;
    expect(session.status().state).toBe('vergrendeld');
    expect(() => session.database()).toThrow(/vergrendeld/);
  });

  it('keeps the file untouched when opened read-only with the wrong key', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.db');
    (await createStore(file, TEST_PASSPHRASE, TEST_KDF)).close();
    const before = sha(file);
    expect(() => openDatabase(file, Buffer.alloc(32, 7), { create: false })).toThrow();
    expect(sha(file)).toBe(before);
  });
});
