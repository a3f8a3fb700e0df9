/**
 * Issue #11 item 4: the backup file (electron/core/store/backupFile.ts) made by createBackup and
 * checked by verifyBackup before anything is replaced. It is never plaintext, it opens with the
 * passphrase alone, and a wrong passphrase, one changed byte or a truncated file opens nothing and
 * writes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { createBackup } from '../../../electron/core/store/backup';
import { BackupFileError } from '../../../electron/core/store/backupFile';
import { openWithPassphrase } from '../../../electron/core/store/keys';
import type { Db } from '../../../electron/core/store/openDatabase';
import { keptName, putInPlace, sealRestore, verifyBackup } from '../../../electron/core/store/restore';
import { StoreSession } from '../../../electron/core/store/session';
import { createStore, openStore } from '../../../electron/core/store/store';
import { verifyStore } from '../../../electron/core/store/verify';
import { UserError } from '../../../shared/ipc/result';
import { auditCount, snapshot, voorbeeld } from '../data/helpers';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';

const NOW = new Date('2026-11-23T10:00:00Z');
const CANARY = 'Mevrouw-Canarie-Bloemhof';

async function sourceStore(): Promise<{ db: Db; dbFile: string }> {
  const dbFile = join(tempDir('werkbank-bron-'), 'werkbank.db');
  const db = await createStore(dbFile, TEST_PASSPHRASE, TEST_KDF);
  const dataset = voorbeeld();
  dataset.cases[0]!.alias = CANARY;
  importDataset(db, dataset, { actor: 'test' });
  return { db, dbFile };
}

async function backupOf(db: Db, dbFile: string, sidecars?: string[]): Promise<Buffer> {
  return (await createBackup(db, dbFile, TEST_PASSPHRASE, { actor: 'test', now: NOW, ...(sidecars ? { sidecars } : {}) })).bytes;
}

/** verifyBackup's refusal, and that it left nothing behind in its work folder. */
async function refusal(bytes: Buffer, passphrase = TEST_PASSPHRASE): Promise<{ error: BackupFileError; left: string[] }> {
  const work = tempDir('werkbank-doel-');
  const error = await verifyBackup(bytes, passphrase, work).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupFileError)) throw new Error(`expected a BackupFileError, got ${String(error)}`);
  return { error, left: readdirSync(work) };
}

const flipped = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('issue #11 item 4: a backup is never plaintext', () => {
  it('the file starts with CWBBACKUP, not with a SQLite header, and holds no alias, case code, table name or catalogue text in clear', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    expect(bytes.subarray(0, 9).toString('latin1')).toBe('CWBBACKUP');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const known of [CANARY, 'BLO-2024-001', 'audit_log', 'CREATE TABLE', 'Bloemhof']) expect(bytes.includes(Buffer.from(known)), known).toBe(false);
    db.close();
  });
});

describe('issue #11 item 4: round trip with the passphrase alone', () => {
  it('restores in another folder the very same store: the whole dataset, a valid audit chain ending in store.restore, and the summary shown before', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    const expected = snapshot(db);
    const auditInBackup = auditCount(db) - 1; // the backup's own entry comes after the copy
    db.close();

    const target = join(tempDir('werkbank-doel-'), 'elders', 'werkbank.db');
    const verified = await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..'));
    expect(verified.summary).toEqual({ madeAt: NOW.toISOString(), cases: 9, signalen: 1, auditEntries: auditInBackup });
    await sealRestore(verified, { actor: 'test', now: NOW, keptAs: null });
    putInPlace(verified, target, null);
    expect(readdirSync(join(target, '..')).sort()).toEqual(['werkbank.db', 'werkbank.db.anchor.json', 'werkbank.db.key.json']); // the restore anchors the restored head

    const restored = await openStore(target, TEST_PASSPHRASE);
    expect(snapshot(restored)).toEqual(expected);
    const check = verifyStore(restored);
    expect([check.integrity, check.brokenForeignKeys, check.chain.ok]).toEqual(['ok', 0, true]);
    const last = restored.prepare('SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'store.restore', detail: JSON.stringify({ madeAt: NOW.toISOString(), replaced: null }) });
    restored.close();
  });

  it('the backup is audited in the store it copies, naming the size and SHA-256 of the file', async () => {
    const { db, dbFile } = await sourceStore();
    const made = await createBackup(db, dbFile, TEST_PASSPHRASE, { actor: 'beheerder', now: NOW });
    const entry = db.prepare('SELECT actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(entry).toEqual({
      actor: 'beheerder',
      action: 'store.backup',
      detail: JSON.stringify({ bytes: made.bytes.length, sha256: createHash('sha256').update(made.bytes).digest('hex') }),
    });
    expect(made.sha256).toBe(createHash('sha256').update(made.bytes).digest('hex'));
    db.close();
  });

  it('a wrong passphrase makes no backup and audits nothing', async () => {
    const { db, dbFile } = await sourceStore();
    const before = auditCount(db);
    await expect(createBackup(db, dbFile, 'niet de goede zin', { actor: 'test', now: NOW })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(auditCount(db)).toBe(before);
    expect(readdirSync(join(dbFile, '..')).filter((n) => n.startsWith('.backup-'))).toEqual([]);
    db.close();
  });

  it('named sidecar files beside the store travel with it and come back beside the restored store', async () => {
    const { db, dbFile } = await sourceStore();
    writeFileSync(`${dbFile}.notes.json`, '{"seq":41}');
    const bytes = await backupOf(db, dbFile, ['notes.json', 'absent.json']);
    db.close();
    const target = join(tempDir('werkbank-doel-'), 'werkbank.db');
    const verified = await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..'));
    await sealRestore(verified, { actor: 'test', now: NOW, keptAs: null });
    putInPlace(verified, target, null);
    expect(readFileSync(`${target}.notes.json`, 'utf8')).toBe('{"seq":41}');
    expect(existsSync(`${target}.absent.json`)).toBe(false);
  });

  it('afterRestore runs on the restored store, after the restore is audited and before it is moved into place', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    db.close();
    const target = join(tempDir('werkbank-doel-'), 'werkbank.db');
    const verified = await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..'));
    const seen: { lastAction: unknown; at: string }[] = [];
    await sealRestore(verified, {
      actor: 'test',
      now: NOW,
      keptAs: null,
      afterRestore: (restored, at) => {
        seen.push({ lastAction: restored.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get(), at });
        writeFileSync(`${at}.anchor.json`, '{"fresh":true}');
      },
    });
    expect(seen).toEqual([{ lastAction: 'store.restore', at: verified.dbFile }]);
    putInPlace(verified, target, null);
    expect(readFileSync(`${target}.anchor.json`, 'utf8')).toBe('{"fresh":true}');
  });

  it('a store already at the target is refused unless it is kept aside whole, where it still opens with its own passphrase', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    db.close();
    const target = join(tempDir('werkbank-doel-'), 'werkbank.db');
    const other = await createStore(target, 'de andere wachtwoordzin', TEST_KDF);
    other.close();
    const existing = readFileSync(target);

    const refused = await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..'));
    expect(() => putInPlace(refused, target, null)).toThrow(UserError);
    expect(readFileSync(target).equals(existing)).toBe(true);

    const verified = await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..'));
    const kept = keptName(target, NOW);
    expect(kept).toBe(`${target}.before-restore-20261123T100000Z`);
    putInPlace(verified, target, kept);
    expect(readFileSync(kept).equals(existing)).toBe(true);
    (await openStore(kept, 'de andere wachtwoordzin')).close();
    (await openStore(target, TEST_PASSPHRASE)).close();
    expect(keptName(target, NOW)).toBe(`${target}.before-restore-20261123T100000Z-2`);
  });
});

describe('issue #11 item 4: the session runs the afterRestore hook it is given', () => {
  it("StoreSession's afterRestore runs on the restored store before it replaces the open one, and what it writes beside it comes along", async () => {
    const seen: string[] = [];
    const session = new StoreSession(tempDir('werkbank-sessie-'), {
      kdfCost: TEST_KDF,
      afterRestore: (restored, at) => {
        seen.push(String(restored.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()));
        writeFileSync(`${at}.anchor.json`, '{"fresh":true}');
      },
    });
    await session.create(TEST_PASSPHRASE);
    const made = await session.backup(TEST_PASSPHRASE, 'test', NOW);
    await session.checkBackup('u-1', made.bytes, TEST_PASSPHRASE);
    const { status } = await session.restore('u-1', 'test', NOW);
    expect([seen, status.state]).toEqual([['store.restore'], 'vergrendeld']);
    expect(readFileSync(`${session.dbFile}.anchor.json`, 'utf8')).toBe('{"fresh":true}');
  });
});

describe('issue #11 item 4: a broken backup opens nothing and writes nothing', () => {
  it('a wrong passphrase is refused as such', async () => {
    const { db, dbFile } = await sourceStore();
    const { error, left } = await refusal(await backupOf(db, dbFile), 'niet de goede zin');
    expect([error.code, error.message]).toEqual(['WRONG_PASSPHRASE', expect.stringContaining('past niet bij de reservekopie')]);
    expect(left).toEqual([]);
    db.close();
  });

  it('one flipped byte — in the magic, the header, the key file, the database, the MAC or the checksum — is refused', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    db.close();
    const headerLen = bytes.readUInt32BE(10);
    const keyFileAt = bytes.indexOf('"keyFile"');
    const places = { magic: 0, header: 20, keyFile: keyFileAt + 20, database: 14 + headerLen + 5000, mac: bytes.length - 40, checksum: bytes.length - 1 };
    const codes: Record<string, string> = {};
    for (const [where, at] of Object.entries(places)) {
      const { error, left } = await refusal(flipped(bytes, at));
      codes[where] = error.code;
      expect(left, where).toEqual([]);
    }
    expect(codes).toEqual({ magic: 'BAD_INPUT', header: 'INTEGRITY', keyFile: 'INTEGRITY', database: 'INTEGRITY', mac: 'INTEGRITY', checksum: 'INTEGRITY' });
  });

  it('a changed byte with its checksum made right again (a deliberate change) fails the MAC', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    db.close();
    const changed = flipped(bytes, 14 + bytes.readUInt32BE(10) + 5000);
    createHash('sha256').update(changed.subarray(0, changed.length - 32)).digest().copy(changed, changed.length - 32);
    const { error } = await refusal(changed);
    expect([error.code, error.message]).toEqual(['INTEGRITY', expect.stringContaining('echtheidscontrole klopt niet')]);
  });

  it('a truncated file is refused, at any length', async () => {
    const { db, dbFile } = await sourceStore();
    const bytes = await backupOf(db, dbFile);
    db.close();
    for (const length of [bytes.length - 1, Math.floor(bytes.length / 2), 40, 9]) {
      const { error, left } = await refusal(bytes.subarray(0, length));
      expect([length, error.code, error.message]).toEqual([length, 'INTEGRITY', expect.stringContaining('beschadigd of onvolledig')]);
      expect(left).toEqual([]);
    }
  });

  it('a file that is not a backup (a dataset) is refused saying what to choose', async () => {
    const { error } = await refusal(readFileSync('test/fixtures/dataset-voorbeeld.json'));
    expect([error.code, error.message]).toEqual(['BAD_INPUT', expect.stringContaining('Dit is geen reservekopie')]);
  });

  it('a store whose audit chain was tampered with before the backup fails verifyStore and is not restored', async () => {
    const { db, dbFile } = await sourceStore();
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{}' WHERE seq = 2");
    const { error, left } = await refusal(await backupOf(db, dbFile));
    expect([error.code, error.message]).toEqual(['INTEGRITY', expect.stringContaining('auditketen gebroken bij regel 2')]);
    expect(left).toEqual([]);
    db.close();
  });

  it('a backup from a newer version of the app is refused, naming both schema versions', async () => {
    const { db, dbFile } = await sourceStore();
    db.pragma('user_version = 999');
    const { error } = await refusal(await backupOf(db, dbFile));
    expect([error.code, error.message]).toEqual(['BAD_INPUT', expect.stringMatching(/nieuwere versie van de werkbank \(schemaversie 999; deze versie kent \d+\)/)]);
    db.close();
  });
});

/**
 * Another connection that writes without pause, in a thread of its own (so truly at the same time as
 * the copy): each transaction adds one row and sets the counter to the number of rows. A copy that
 * is not one consistent snapshot would hold a counter that disagrees with its rows.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3-multiple-ciphers');
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("cipher='sqlcipher'");
db.pragma('legacy=4');
db.pragma("key=\\"x'" + workerData.keyHex + "'\\"");
db.pragma('busy_timeout = 5000');
const add = db.prepare("INSERT INTO settings (key, value) VALUES (?, 'x')");
const count = db.prepare("INSERT INTO settings (key, value) VALUES ('load.count', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
const step = db.transaction((n) => { add.run('load.row.' + n); count.run(String(n)); });
let n = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
(function tick() {
  if (stop) { db.close(); parentPort.postMessage({ done: n }); return; }
  for (let i = 0; i < 10; i++) step(++n);
  if (n === 10) parentPort.postMessage({ started: true });
  setImmediate(tick);
})();
`;

describe('issue #11 item 4: online and consistent while the store is written', () => {
  it('a change committed by another connection and still in the WAL is in the backup', async () => {
    const { db, dbFile } = await sourceStore();
    const writer = await openStore(dbFile, TEST_PASSPHRASE);
    writer.prepare("INSERT INTO settings (key, value) VALUES ('test.committed', 'ja')").run();
    const bytes = await backupOf(db, dbFile);
    writer.close();
    db.close();
    const restored = await restoredFrom(bytes);
    expect(restored.prepare("SELECT value FROM settings WHERE key = 'test.committed'").pluck().get()).toBe('ja');
    restored.close();
  });

  it('while another thread commits without pause, the backup is made and holds one consistent moment of the store', async () => {
    const { db, dbFile } = await sourceStore();
    const { key } = await openWithPassphrase(dbFile, TEST_PASSPHRASE).then((o) => (o.db.close(), o));
    const worker = new Worker(WRITER, { eval: true, workerData: { file: dbFile, keyHex: key.toString('hex') } });
    const messages = (want: string) => new Promise<Record<string, number>>((resolve) => worker.on('message', (m: Record<string, number>) => want in m && resolve(m)));
    await messages('started');
    const bytes = await backupOf(db, dbFile);
    const done = messages('done');
    worker.postMessage('stop');
    const written = (await done).done!;
    await worker.terminate();
    db.close();

    const restored = await restoredFrom(bytes);
    const rows = restored.prepare("SELECT COUNT(*) FROM settings WHERE key LIKE 'load.row.%'").pluck().get() as number;
    const counter = Number(restored.prepare("SELECT value FROM settings WHERE key = 'load.count'").pluck().get());
    expect(rows).toBe(counter);
    expect([rows >= 10, rows <= written]).toEqual([true, true]);
    restored.close();
  });
});

async function restoredFrom(bytes: Buffer): Promise<Db> {
  const target = join(tempDir('werkbank-doel-'), 'werkbank.db');
  putInPlace(await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..')), target, null);
  return openStore(target, TEST_PASSPHRASE);
}
