/**
 * Issue #11 item 1 on key file v3: the OS keychain's wrap holds the database key AND the audit
 * secret, so an unlock with the computer account writes an audit log that verifies exactly as one
 * after a passphrase unlock (MACs, anchor); a blob whose audit secret is not the log's is refused;
 * a rekey drops the wrap (audited); a backup carries none and a restore writes none.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackup, sealBackup } from '../../../electron/core/store/backupFile';
import { keyFilePath, parseKeyFile, readKeyFile } from '../../../electron/core/store/keyFile';
import { keyFrom } from '../../../electron/core/store/keys';
import { putInPlace, verifyBackup } from '../../../electron/core/store/restore';
import { closeStore, openStore, rekeyStore } from '../../../electron/core/store/store';
import { verifyAuditLog } from '../../../electron/core/store/verify';
import { fakeKeychain } from '../fakeKeychain';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { auditSince, lastAuditSeq, openWerkbank, type TestWerkbank } from './harness';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const keyFileOf = (w: TestWerkbank) => keyFilePath(w.session.dbFile);
const keyJson = (w: TestWerkbank) => JSON.parse(readFileSync(keyFileOf(w), 'utf8')) as Record<string, unknown>;

async function withOsUnlock(keychain = fakeKeychain()): Promise<TestWerkbank> {
  const w = await openWerkbank({ osKeyProtector: keychain.protector });
  await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
  return w;
}

/** The backup file as backup:create hands it out, in one piece. */
async function backupBytes(w: TestWerkbank): Promise<Buffer> {
  const made = await w.value('backup:create', { passphrase: TEST_PASSPHRASE });
  const parts: Buffer[] = [];
  for (let index = 0; index * made.chunkBytes < made.totalBytes; index++) {
    parts.push(Buffer.from((await w.value('backup:download', { downloadId: made.downloadId, index })).data, 'base64'));
  }
  return Buffer.concat(parts);
}

describe('§5 unlock with the computer account (issue #11 item 1, key v3): the audit log as after a passphrase unlock', () => {
  it('entries written after an OS unlock carry MACs under the store’s audit secret and the anchor follows them: the passphrase later verifies the whole log', async () => {
    const w = await withOsUnlock();
    await w.value('session:lock', {});
    await w.value('session:unlockWithOs', {});
    const afterUnlock = verifyAuditLog(w.session.database());
    const head = lastAuditSeq(w.session.database());
    expect(afterUnlock.anchor).toEqual({ state: 'ok', anchorSeq: head, headSeq: head });
    await w.value('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'] });
    const written = lastAuditSeq(w.session.database());
    await w.value('session:lock', {});

    const db = await openStore(w.session.dbFile, TEST_PASSPHRASE);
    try {
      expect(verifyAuditLog(db)).toEqual({
        chain: { ok: true, entries: written },
        macs: { ok: true, sealedBy: null, mismatched: [], unsigned: [] },
        anchor: { state: 'ok', anchorSeq: written, headSeq: written },
      });
    } finally {
      closeStore(db);
    }
  });

  it('a blob with the right database key but an audit secret of its own (forged by whoever runs as this account) is refused, and nothing is written', async () => {
    const keychain = fakeKeychain();
    const w = await withOsUnlock(keychain);
    const file = readKeyFile(keyFileOf(w));
    const database = file && (await keyFrom(file, TEST_PASSPHRASE));
    if (!database) throw new Error('expected the database key');
    const forged = await keychain.protector.wrap({ database, audit: randomBytes(32) });
    const json = keyJson(w);
    writeFileSync(keyFileOf(w), JSON.stringify({ ...json, osWrapped: { ...(json.osWrapped as object), ...forged } }));
    await w.value('session:lock', {});
    const before = [sha(keyFileOf(w)), sha(w.session.dbFile), sha(`${w.session.dbFile}.anchor.json`)];

    const r = await w.call('session:unlockWithOs', {});
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'OS_KEYCHAIN',
        message:
          'De sleutels die uw computeraccount bewaart, horen niet bij het logboek van deze werkbank. Vul uw wachtwoordzin in en zet ontgrendelen met uw computeraccount opnieuw aan in Beheer → Beveiliging.',
      },
    });
    expect([w.session.status().state, sha(keyFileOf(w)), sha(w.session.dbFile), sha(`${w.session.dbFile}.anchor.json`)]).toEqual(['vergrendeld', ...before]);
    expect((await w.value('session:unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('ontgrendeld');
    expect(verifyAuditLog(w.session.database()).macs.ok).toBe(true);
  });
});

describe('§5 unlock with the computer account (issue #11 item 1, key v3): with rekey, backup and restore', () => {
  it('session:rekey drops the wrap and the log says it went off because of the rekey', async () => {
    const w = await withOsUnlock();
    const seq = lastAuditSeq(w.session.database());
    await w.value('session:rekey', { passphrase: TEST_PASSPHRASE });
    expect(keyJson(w)).not.toHaveProperty('osWrapped');
    expect(auditSince(w.session.database(), seq)).toEqual([
      { action: 'store.rekey', entity: 'store', entityId: null, detail: {} },
      { action: 'store.osUnlockOff', entity: 'store', entityId: null, detail: { because: 'rekey' } },
    ]);
  });

  it('werkbank rekey (no keychain at hand) drops it too; the audit secret is carried over, so the log still verifies', async () => {
    const w = await withOsUnlock();
    await w.value('session:lock', {});
    await rekeyStore(w.session.dbFile, TEST_PASSPHRASE);
    expect(keyJson(w)).not.toHaveProperty('osWrapped');
    expect(await w.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: null });
    await w.value('session:unlock', { passphrase: TEST_PASSPHRASE });
    const check = verifyAuditLog(w.session.database());
    expect([check.chain.ok, check.macs.ok, check.anchor.state]).toEqual([true, true, 'ok']);
  });

  it('a backup carries no OS wrap (the store keeps its own), and the store restored from it opens with the passphrase only', async () => {
    const w = await withOsUnlock();
    const bytes = await backupBytes(w);
    expect(readBackup(bytes).header.keyFile).not.toHaveProperty('osWrapped');
    expect(keyJson(w)).toHaveProperty('osWrapped');
    const target = join(tempDir(), 'werkbank.db');
    putInPlace(await verifyBackup(bytes, TEST_PASSPHRASE, join(target, '..')), target, null);
    expect(readKeyFile(keyFilePath(target))).not.toHaveProperty('osWrapped');
  });

  it('a backup file that does hold one (another build) is restored without it: the wrap belongs to the account it was made on', async () => {
    const w = await withOsUnlock();
    const osWrapped = keyJson(w).osWrapped;
    const opened = readBackup(await backupBytes(w));
    const carried = parseKeyFile(opened.header.keyFile);
    const key = carried && (await keyFrom(carried, TEST_PASSPHRASE));
    if (!key) throw new Error('expected the database key');
    const withWrap = sealBackup({ ...opened.header, keyFile: { ...(opened.header.keyFile as object), osWrapped } }, opened.database, key);
    expect(readBackup(withWrap).header.keyFile).toHaveProperty('osWrapped');

    const uploadBegin = await w.value('backup:uploadBegin', { totalBytes: withWrap.length });
    for (let start = 0, index = 0; start < withWrap.length; start += uploadBegin.chunkBytes, index++) {
      await w.value('backup:uploadChunk', { uploadId: uploadBegin.uploadId, index, data: withWrap.subarray(start, start + uploadBegin.chunkBytes).toString('base64') });
    }
    await w.value('backup:inspect', { uploadId: uploadBegin.uploadId, passphrase: TEST_PASSPHRASE });
    await w.value('backup:restore', { uploadId: uploadBegin.uploadId, confirmed: true });
    expect(keyJson(w)).not.toHaveProperty('osWrapped');
    expect(await w.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: null });
    const r = await w.call('session:unlockWithOs', {});
    expect(!r.ok && r.error.code).toBe('OS_KEYCHAIN');
    expect((await w.value('session:unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('ontgrendeld');
  });
});
