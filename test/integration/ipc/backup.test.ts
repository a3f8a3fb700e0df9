/**
 * Issue #11 item 4 in the app (Beheer → Reservekopie): the backup file made, handed out in chunks
 * and taken back in through the channels; checked in full before the person confirms; the open store
 * replaced only then, and kept aside. Every refusal changes nothing — not the store, not its folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { putInPlace, verifyBackup } from '../../../electron/core/store/restore';
import { openStore } from '../../../electron/core/store/store';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, storeState, TEST_ACTOR, TEST_NOW, type TestWerkbank } from './harness';

/** Makes a backup and downloads it as the screen does; the whole file. */
async function download(w: TestWerkbank): Promise<{ bytes: Buffer; fileName: string; downloadId: string }> {
  const made = await w.value('backup:create', { passphrase: TEST_PASSPHRASE });
  const parts: Buffer[] = [];
  for (let index = 0; index * made.chunkBytes < made.totalBytes; index++) {
    parts.push(Buffer.from((await w.value('backup:download', { downloadId: made.downloadId, index })).data, 'base64'));
  }
  return { bytes: Buffer.concat(parts), fileName: made.fileName, downloadId: made.downloadId };
}

/** Sends a file as the screen does: begin, then its chunks in order; returns the upload id. */
async function upload(w: TestWerkbank, bytes: Buffer): Promise<string> {
  const { uploadId, chunkBytes } = await w.value('backup:uploadBegin', { totalBytes: bytes.length });
  for (let start = 0, index = 0; start < bytes.length; start += chunkBytes, index++) {
    await w.value('backup:uploadChunk', { uploadId, index, data: bytes.subarray(start, start + chunkBytes).toString('base64') });
  }
  return uploadId;
}

/** The store's folder, without the WAL files SQLite keeps only while the store is open. */
const storeFolder = (w: TestWerkbank) => readdirSync(w.session.dataDir).filter((n) => !/-(wal|shm)$/.test(n)).sort();
const caseCodes = async (w: TestWerkbank) => (await w.value('cases:list', {})).items.map((c) => c.code);

describe('backup:create and backup:download', () => {
  it('hand out, in chunks, one backup file that restores elsewhere to this store; the backup is audited with the SHA-256 of that very file', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const { bytes, fileName } = await download(w);
    expect(fileName).toMatch(/^werkbank-reservekopie-2025-06-02-\d{4}\.cwbbackup$/);
    expect(bytes.subarray(0, 9).toString('latin1')).toBe('CWBBACKUP');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'store.backup', entity: 'store', entityId: null, detail: { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } },
    ]);
    const target = join(tempDir(), 'werkbank.db');
    putInPlace(await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..')), target, null);
    const restored = await openStore(target, TEST_PASSPHRASE);
    expect(restored.prepare('SELECT code FROM cases ORDER BY code').pluck().all()).toEqual([...(await caseCodes(w))].sort());
    restored.close();
  });

  it('a wrong passphrase makes no backup and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'backup:create', { passphrase: 'niet de goede zin' }, 'WRONG_PASSPHRASE', 'er is geen reservekopie gemaakt');
  });

  it('a download is gone after its last chunk, and after a lock', async () => {
    const w = await openWerkbank();
    const { downloadId } = await download(w);
    const again = await w.call('backup:download', { downloadId, index: 0 });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');

    const made = await w.value('backup:create', { passphrase: TEST_PASSPHRASE });
    w.session.lock();
    await w.session.unlock(TEST_PASSPHRASE);
    const afterLock = await w.call('backup:download', { downloadId: made.downloadId, index: 0 });
    expect(!afterLock.ok && afterLock.error.code).toBe('NOT_FOUND');
  });
});

describe('backup:inspect checks the whole backup and replaces nothing', () => {
  it('says what the backup holds (made on, cases, signalen, audit entries), and leaves the open store and its folder as they were', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { bytes } = await download(w);
    const auditInBackup = lastAuditSeq(w.db) - 1;
    await w.value('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'] });
    const [before, folder] = [storeState(w.db), storeFolder(w)];
    const summary = await w.value('backup:inspect', { uploadId: await upload(w, bytes), passphrase: TEST_PASSPHRASE });
    expect(summary).toEqual({ madeAt: TEST_NOW.toISOString(), cases: 9, signalen: 1, auditEntries: auditInBackup });
    expect(storeState(w.db)).toEqual(before);
    // The checked copy waits in a folder of its own beside the store, and nothing else is new.
    expect(storeFolder(w).filter((n) => !folder.includes(n))).toEqual([expect.stringMatching(/^\.restore-/)]);
  });

  it('refuses a wrong passphrase, a changed byte, a truncated file and a file that is no backup — each changing nothing and leaving nothing behind', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { bytes } = await download(w);
    const changed = Buffer.from(bytes);
    changed[bytes.length - 50] = changed[bytes.length - 50]! ^ 0x01;
    const folder = storeFolder(w);
    const cases: [Buffer, string, string, string][] = [
      [bytes, 'niet de goede zin', 'WRONG_PASSPHRASE', 'past niet bij de reservekopie'],
      [changed, TEST_PASSPHRASE, 'INTEGRITY', 'beschadigd of onvolledig'],
      [bytes.subarray(0, bytes.length - 10), TEST_PASSPHRASE, 'INTEGRITY', 'beschadigd of onvolledig'],
      [Buffer.from('{"format":"casuistiek-werkbank/v1"}'), TEST_PASSPHRASE, 'BAD_INPUT', 'Dit is geen reservekopie'],
    ];
    for (const [file, passphrase, code, message] of cases) {
      const uploadId = await upload(w, file);
      await expectRefusedUnchanged(w, 'backup:inspect', { uploadId, passphrase }, code as 'INTEGRITY', message);
      expect(storeFolder(w)).toEqual(folder);
    }
  });
});

describe('backup:restore replaces the open store only once confirmed, and keeps the replaced one', () => {
  it('locks, keeps the store as werkbank.db.before-restore-<time> with its key file, puts the backup in place; the unlock screen is told; after unlocking the later change is gone and the restore is audited in the restored store', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { bytes } = await download(w);
    const casesInBackup = await caseCodes(w);
    const added = (await w.value('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'] })).case.code;
    const uploadId = await upload(w, bytes);
    const summary = await w.value('backup:inspect', { uploadId, passphrase: TEST_PASSPHRASE });

    w.setNow(new Date('2025-06-02T08:00:00Z'));
    const r = await w.value('backup:restore', { uploadId, confirmed: true });
    expect(r.keptAs).toBe('werkbank.db.before-restore-20250602T080000Z');
    expect(r.status).toEqual({ state: 'vergrendeld', storeLabel: w.session.dbFile, autoLockMinutes: 10, restored: { madeAt: summary.madeAt, keptAs: r.keptAs } });
    expect(storeFolder(w)).toEqual(['werkbank.db', 'werkbank.db.anchor.json', `${r.keptAs}`, `${r.keptAs}.anchor.json`, `${r.keptAs}.key.json`, 'werkbank.db.key.json']);
    const locked = await w.call('cases:list', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');

    const unlocked = await w.value('session:unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked.restored).toBeUndefined();
    expect(await caseCodes(w)).toEqual(casesInBackup);
    expect(auditSince(w.session.database(), summary.auditEntries)).toEqual([
      { action: 'store.restore', entity: 'store', entityId: null, detail: { madeAt: summary.madeAt, replaced: r.keptAs } },
      // §5: the unlock after the restore is audited as every unlock is.
      { action: 'store.unlock', entity: 'store', entityId: null, detail: { method: 'passphrase' } },
    ]);
    const actor = w.session.database().prepare(`SELECT actor FROM audit_log WHERE action = 'store.restore'`).pluck().get();
    expect(actor).toBe(TEST_ACTOR);

    const kept = await openStore(join(w.session.dataDir, r.keptAs), TEST_PASSPHRASE);
    expect(kept.prepare('SELECT COUNT(*) FROM cases WHERE code = ?').pluck().get(added)).toBe(1);
    kept.close();
  });

  it('without the confirmation, for an upload that was not inspected, after abort or after a lock it is refused and nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { bytes } = await download(w);
    const inspected = async () => {
      const uploadId = await upload(w, bytes);
      await w.value('backup:inspect', { uploadId, passphrase: TEST_PASSPHRASE });
      return uploadId;
    };
    const folder = storeFolder(w);
    let uploadId = await inspected();
    await expectRefusedUnchanged(w, 'backup:restore', { uploadId, confirmed: false }, 'BAD_INPUT', 'Bevestig eerst dat de huidige werkbank wordt vervangen');
    await expectRefusedUnchanged(w, 'backup:restore', { uploadId: 'een-andere', confirmed: true }, 'NOT_FOUND', 'niet (meer) gecontroleerd');
    expect((await w.value('backup:abort', { uploadId })).discarded).toBe(true);
    await expectRefusedUnchanged(w, 'backup:restore', { uploadId, confirmed: true }, 'NOT_FOUND');
    expect(storeFolder(w)).toEqual(folder);

    uploadId = await inspected();
    w.session.lock();
    expect(storeFolder(w)).toEqual(folder);
    await w.session.unlock(TEST_PASSPHRASE);
    const r = await w.call('backup:restore', { uploadId, confirmed: true });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(storeFolder(w)).toEqual(folder);
  });
});
