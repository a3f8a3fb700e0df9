/**
 * Issue #11 item 3: a complete audit trail. Every entry carries a MAC under the store's audit key;
 * the head is anchored in a file beside the store after every commit; entries from before the MAC
 * are sealed once; the keys survive rekey and a passphrase change.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAudited } from '../../../electron/core/data/audited';
import { appendAudit, entryHash, GENESIS_HASH, verifyAuditChain } from '../../../electron/core/store/audit';
import { anchorPath } from '../../../electron/core/store/auditAnchor';
import { writeAuditAnchor } from '../../../electron/core/store/auditSeal';
import { checkAuditAnchor, verifyAuditMacs } from '../../../electron/core/store/auditVerify';
import { deriveKey, newKdfParams } from '../../../electron/core/store/kdf';
import { keyFilePath } from '../../../electron/core/store/keyFile';
import { wrapKey } from '../../../electron/core/store/keyWrap';
import { newDatabaseKey } from '../../../electron/core/store/keys';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { openDatabase, type Db } from '../../../electron/core/store/openDatabase';
import { changePassphrase, closeStore, createStore, openStore, rekeyStore } from '../../../electron/core/store/store';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';

const anchorOf = (file: string) => JSON.parse(readFileSync(anchorPath(file), 'utf8')) as { seq: number; mac: string };
const headSeq = (db: Db) => (db.prepare('SELECT MAX(seq) AS n FROM audit_log').get() as { n: number }).n;

async function storeWith(entries: number): Promise<{ file: string; db: Db }> {
  const file = join(tempDir(), 'w.db');
  const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
  for (let i = 0; i < entries; i++) appendAudit(db, { actor: 'a', action: 'case.update', entity: 'case', entityId: `BLO-2025-00${String(i + 1)}` });
  return { file, db };
}

/** What someone with SQL access but without the audit key can do: rewrite an entry and recompute the chain after it. */
function rewriteAndRechain(db: Db, seq: number, detail: string): void {
  db.exec('DROP TRIGGER audit_log_no_update');
  db.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(detail, seq);
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<typeof entryHash>[1][];
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = entryHash(prev, row);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

describe('issue #11 item 3: every entry carries a MAC under the audit key', () => {
  it('a new store MACs every entry from the first; the chain and the MACs verify', async () => {
    const { db } = await storeWith(3);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE mac IS NULL').get()).toEqual({ n: 0 });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 4 });
    expect(verifyAuditMacs(db)).toEqual({ ok: true, sealedBy: null, mismatched: [], unsigned: [] });
    closeStore(db);
  });

  it('an entry rewritten with a recomputed chain passes the chain but its MAC and every later one fail', async () => {
    const { db } = await storeWith(4);
    rewriteAndRechain(db, 3, JSON.stringify({ fields: ['alias'] }));
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 5 });
    expect(verifyAuditMacs(db)).toEqual({ ok: false, sealedBy: null, mismatched: [{ from: 3, to: 5 }], unsigned: [] });
    closeStore(db);
  });

  it('an entry added without the key (no MAC) is named as unsigned', async () => {
    const { db } = await storeWith(1);
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    const row = { seq: last.seq + 1, at: '2026-01-01T00:00:00.000Z', actor: 'x', action: 'case.update', entity: 'case', entity_id: null, detail: '{}' };
    db.prepare('INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...Object.values(row),
      last.hash,
      entryHash(last.hash, row),
    );
    expect(verifyAuditMacs(db)).toMatchObject({ ok: false, unsigned: [{ from: 3, to: 3 }] });
    closeStore(db);
  });

  it('a connection opened without the store (no audit key) writes no entry at all', async () => {
    const { file, db } = await storeWith(0);
    closeStore(db);
    const key = newDatabaseKey();
    const raw = openDatabase(join(tempDir(), 'ander.db'), key, { create: true });
    migrate(raw, MIGRATIONS);
    expect(() => appendAudit(raw, { actor: 'a', action: 'x', entity: 'e' })).toThrow(/no audit key registered/);
    raw.close();
    expect(anchorOf(file).seq).toBe(1);
  });
});

describe('issue #11 item 3: the anchor follows every commit', () => {
  it('after an entry outside a transaction, inside writeAudited (once the transaction committed) and at close', async () => {
    const { file, db } = await storeWith(2);
    expect(anchorOf(file).seq).toBe(3);
    writeAudited(db, 'a', () => new Date(), () => ({ result: null, audit: { action: 'case.update', entity: 'case' } }));
    await Promise.resolve();
    expect(anchorOf(file).seq).toBe(4);
    writeAudited(db, 'a', () => new Date(), () => ({ result: null, audit: { action: 'case.update', entity: 'case' } }));
    closeStore(db);
    expect(anchorOf(file).seq).toBe(5);
  });

  it('a refused transaction moves nothing: the anchor stays at the head', async () => {
    const { file, db } = await storeWith(1);
    expect(() =>
      writeAudited(db, 'a', () => new Date(), () => {
        throw new Error('geweigerd');
      }),
    ).toThrow('geweigerd');
    await Promise.resolve();
    expect([anchorOf(file).seq, headSeq(db)]).toEqual([2, 2]);
    closeStore(db);
  });

  it('a crash between commit and anchor (anchor behind the table) verifies fine, and the anchor catches up', async () => {
    const { file, db } = await storeWith(1);
    const behind = readFileSync(anchorPath(file), 'utf8');
    appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    writeFileSync(anchorPath(file), behind);
    expect(checkAuditAnchor(db)).toEqual({ state: 'ok', anchorSeq: 2, headSeq: 4 });
    appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    expect(checkAuditAnchor(db)).toEqual({ state: 'ok', anchorSeq: 5, headSeq: 5 });
    closeStore(db);
  });

  it('removed newest entries leave the table behind its anchor: truncation, and the anchor is not moved back', async () => {
    const { file, db } = await storeWith(4);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq > 3').run();
    expect(checkAuditAnchor(db)).toEqual({ state: 'truncated', anchorSeq: 5, headSeq: 3 });
    // New entries after the cut reach the anchor's number with other content: still caught.
    for (let i = 0; i < 3; i++) appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    expect(checkAuditAnchor(db)).toEqual({ state: 'diverged', anchorSeq: 5, headSeq: 6 });
    expect(anchorOf(file).seq).toBe(5);
    closeStore(db);
  });

  it('an edited, foreign, damaged or missing anchor is reported, and a commit never replaces it', async () => {
    const { file, db } = await storeWith(1);
    const other = await storeWith(1);
    writeFileSync(anchorPath(file), JSON.stringify({ ...anchorOf(file), seq: 1 }));
    expect(checkAuditAnchor(db)).toEqual({ state: 'forged', headSeq: 2 });
    writeFileSync(anchorPath(file), readFileSync(anchorPath(other.file)));
    expect(checkAuditAnchor(db)).toEqual({ state: 'forged', headSeq: 2 });
    writeFileSync(anchorPath(file), '{"format":');
    appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    expect(checkAuditAnchor(db)).toEqual({ state: 'invalid', headSeq: 3 });
    rmSync(anchorPath(file));
    appendAudit(db, { actor: 'a', action: 'x', entity: 'e' });
    expect(checkAuditAnchor(db)).toEqual({ state: 'missing', headSeq: 4 });
    closeStore(db);
    closeStore(other.db);
  });

  it('writeAuditAnchor (after a restore) anchors a sound log afresh, and refuses one whose MACs fail', async () => {
    const { file, db } = await storeWith(2);
    rmSync(anchorPath(file));
    writeAuditAnchor(file, db);
    expect(checkAuditAnchor(db)).toEqual({ state: 'ok', anchorSeq: 3, headSeq: 3 });
    rewriteAndRechain(db, 2, JSON.stringify({ fields: ['alias'] }));
    expect(() => writeAuditAnchor(file, db)).toThrow(/niet compleet of niet ongewijzigd/);
    closeStore(db);
  });
});

describe('issue #11 item 3: the audit key survives rekey and a passphrase change', () => {
  it('after werkbank rekey and werkbank passphrase every MAC and the anchor still verify', async () => {
    const { file, db } = await storeWith(2);
    closeStore(db);
    await rekeyStore(file, TEST_PASSPHRASE, new Date('2026-12-01T10:00:00Z'));
    await changePassphrase(file, TEST_PASSPHRASE, 'een andere wachtwoordzin', new Date('2026-12-02T10:00:00Z'));
    const reopened = await openStore(file, 'een andere wachtwoordzin');
    expect(verifyAuditMacs(reopened)).toMatchObject({ ok: true });
    expect(checkAuditAnchor(reopened)).toMatchObject({ state: 'ok', anchorSeq: headSeq(reopened) });
    expect((reopened.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2').pluck().all() as string[]).sort()).toEqual(['store.passphrase', 'store.rekey']);
    closeStore(reopened);
  });

  it('a key file stripped back to v2 (its audit wrap removed) opens nothing: the wrap is bound to v3', async () => {
    const { file, db } = await storeWith(1);
    closeStore(db);
    const { auditWrapped: _gone, ...rest } = JSON.parse(readFileSync(keyFilePath(file), 'utf8')) as Record<string, unknown>;
    writeFileSync(keyFilePath(file), JSON.stringify({ ...rest, format: 'casuistiek-werkbank/key-v2' }));
    await expect(openStore(file, TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});

/** A store as the app made it before migration 010: key file v2, entries without a MAC. */
async function legacyStore(entries: number): Promise<string> {
  const file = join(tempDir(), 'w.db');
  const kdf = newKdfParams(TEST_KDF);
  const key = newDatabaseKey();
  const aad = `casuistiek-werkbank/key-v2|scrypt|${String(kdf.N)}|${String(kdf.r)}|${String(kdf.p)}|${kdf.saltHex}`;
  writeFileSync(keyFilePath(file), JSON.stringify({ format: 'casuistiek-werkbank/key-v2', kdf, wrapped: wrapKey(key, await deriveKey(TEST_PASSPHRASE, kdf), aad) }));
  const db = openDatabase(file, key, { create: true });
  migrate(db, MIGRATIONS.slice(0, 9));
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= entries; seq++) {
    const row = { seq, at: `2025-0${String(seq)}-01T10:00:00.000Z`, actor: 'gebruiker', action: 'case.update', entity: 'case', entity_id: 'BLO-2025-001', detail: '{}' };
    const hash = entryHash(prev, row);
    db.prepare('INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...Object.values(row), prev, hash);
    prev = hash;
  }
  db.close();
  return file;
}

describe('issue #11 item 3: a store from before the MAC is sealed once at its first unlock', () => {
  it('one MAC’d audit.macStart seals the old head; the entries before it verify by the chain; a second unlock seals nothing', async () => {
    const file = await legacyStore(3);
    const db = await openStore(file, TEST_PASSPHRASE);
    const rows = db.prepare('SELECT seq, action, detail, mac IS NOT NULL AS signed FROM audit_log ORDER BY seq').all() as { seq: number; action: string; detail: string; signed: number }[];
    const hash3 = (db.prepare('SELECT hash FROM audit_log WHERE seq = 3').pluck().get() as string);
    expect(rows.map((r) => [r.seq, r.action, r.signed])).toEqual([
      [1, 'case.update', 0],
      [2, 'case.update', 0],
      [3, 'case.update', 0],
      [4, 'audit.macStart', 1],
      [5, 'store.keyFileUpgraded', 1],
    ]);
    expect(JSON.parse(rows[3]!.detail)).toEqual({ sealedSeq: 3, sealedHash: hash3 });
    expect(verifyAuditMacs(db)).toEqual({ ok: true, sealedBy: 4, mismatched: [], unsigned: [] });
    expect(checkAuditAnchor(db)).toEqual({ state: 'ok', anchorSeq: 5, headSeq: 5 });
    closeStore(db);
    const again = await openStore(file, TEST_PASSPHRASE);
    expect(again.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'audit.macStart'`).get()).toEqual({ n: 1 });
    closeStore(again);
  });

  it('a sealed old entry rewritten with a recomputed chain breaks the seal’s MAC', async () => {
    const file = await legacyStore(3);
    const db = await openStore(file, TEST_PASSPHRASE);
    rewriteAndRechain(db, 2, JSON.stringify({ fields: ['aanleiding'] }));
    expect(verifyAuditChain(db)).toMatchObject({ ok: true });
    expect(verifyAuditMacs(db)).toEqual({ ok: false, sealedBy: null, mismatched: [{ from: 4, to: 5 }], unsigned: [{ from: 1, to: 3 }] });
    closeStore(db);
  });
});
