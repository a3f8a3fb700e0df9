/**
 * Issue #11 item 3 on the command line: `werkbank verify` reports MAC failures, truncation and
 * rollback with exit 2, naming the sequence numbers in Dutch and in English; an anchor left behind
 * by a crash verifies fine; `--against` compares the audit head a dataset export recorded.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, entryHash, GENESIS_HASH } from '../../../electron/core/store/audit';
import { anchorPath } from '../../../electron/core/store/auditAnchor';
import type { Db } from '../../../electron/core/store/openDatabase';
import { closeStore, createStore, openStore } from '../../../electron/core/store/store';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };

/** A store whose log holds store.create and `more` entries (so the head is 1 + more). */
async function store(more: number): Promise<string> {
  const file = join(tempDir(), 'w.db');
  const db = await createStore(file, TEST_PASSPHRASE, TEST_KDF);
  append(db, more);
  closeStore(db);
  return file;
}

function append(db: Db, n: number): void {
  for (let i = 0; i < n; i++) appendAudit(db, { actor: 'gebruiker', action: 'case.update', entity: 'case', entityId: 'BLO-2025-001' });
}

async function withStore(file: string, work: (db: Db) => void): Promise<void> {
  const db = await openStore(file, TEST_PASSPHRASE);
  work(db);
  closeStore(db);
}

describe('issue #11 item 3: werkbank verify catches truncation and rollback (exit 2)', () => {
  it('the last entries removed (triggers dropped): exit 2, naming the missing numbers', async () => {
    const file = await store(5);
    await withStore(file, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq > 4').run();
    });
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('het logboek eindigt bij regel 4 maar het anker noemt regel 6: regels 5–6 verwijderd, of een oudere kopie van de database teruggezet');
    expect(r.stderr).toContain('audit log truncated or rolled back: it ends at entry 4 but the anchor names entry 6 (entries 5–6 missing)');
  });

  it('an older copy of the database file put back: exit 2', async () => {
    const file = await store(2);
    const older = join(tempDir(), 'ouder.db');
    copyFileSync(file, older);
    await withStore(file, (db) => append(db, 3));
    copyFileSync(older, file);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('het logboek eindigt bij regel 3 maar het anker noemt regel 6');
  });

  it('an older copy put back and written to since (past the anchor’s number): exit 2, a rollback', async () => {
    const file = await store(1);
    const older = join(tempDir(), 'ouder.db');
    copyFileSync(file, older);
    await withStore(file, (db) => append(db, 2));
    copyFileSync(older, file);
    await withStore(file, (db) => append(db, 3));
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('regel 4 is niet de regel die het anker vastlegde: een oudere kopie van de database is teruggezet en daarna verder gebruikt');
    expect(r.stderr).toContain('rollback: entry 4 is not the one the anchor recorded');
  });

  it('one entry’s detail changed and the plain chain recomputed (SQL access without the audit key): the MACs catch it', async () => {
    const file = await store(4);
    await withStore(file, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET detail = '{"fields":["alias"]}' WHERE seq = 3`).run();
      let prev = GENESIS_HASH;
      for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<typeof entryHash>[1][]) {
        const hash = entryHash(prev, row);
        db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
        prev = hash;
      }
    });
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('auditketen gebroken');
    expect(r.stderr).toContain('MAC klopt niet bij regels 3–5: gewijzigd zonder de auditsleutel');
    expect(r.stderr).toContain('MAC mismatch at entries 3–5: changed without the audit key');
  });

  it('a crash-like state, the anchor behind the table: exit 0', async () => {
    const file = await store(1);
    const behind = readFileSync(anchorPath(file));
    await withStore(file, (db) => append(db, 2));
    writeFileSync(anchorPath(file), behind);
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('In orde: database intact, 4 auditregels, keten geldig, elke MAC geldig, anker bij regel 2.\n');
  });

  it('the anchor file missing: exit 2, saying removed entries cannot be ruled out', async () => {
    const file = await store(1);
    rmSync(anchorPath(file));
    const r = await werkbank(['verify', '--db', file], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('het anker naast de database (.anchor.json) ontbreekt');
  });
});

describe('issue #11 item 3: werkbank verify --against a dataset export', () => {
  it('passes while the store holds the exported head; an older copy put back with its own anchor passes alone but not against the export', async () => {
    const file = await store(1);
    const older = join(tempDir(), 'ouder.db');
    const olderAnchor = join(tempDir(), 'ouder.anchor.json');
    copyFileSync(file, older);
    copyFileSync(anchorPath(file), olderAnchor);
    await withStore(file, (db) => append(db, 2));
    const out = join(tempDir(), 'dataset.json');
    expect((await werkbank(['export', '--what', 'dataset', '--format', 'json', '--out', out, '--db', file], env)).code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { auditHead: unknown }).auditHead).toMatchObject({ seq: 4 });
    const ok = await werkbank(['verify', '--db', file, '--against', out], env);
    expect(ok.stdout).toContain(`, en de kop uit ${out} staat er ongewijzigd in.`);
    expect(ok.code).toBe(0);
    copyFileSync(older, file);
    copyFileSync(olderAnchor, anchorPath(file));
    expect((await werkbank(['verify', '--db', file], env)).code).toBe(0);
    const r = await werkbank(['verify', '--db', file, '--against', out], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`het logboek is korter dan toen ${out} werd gemaakt (dat noemt regel 4): regels verwijderd of een oudere kopie teruggezet`);
  });

  it('a file without auditHead is a user error (exit 1)', async () => {
    const file = await store(0);
    const other = join(tempDir(), 'x.json');
    writeFileSync(other, '{"format":"iets"}');
    const r = await werkbank(['verify', '--db', file, '--against', other], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('heeft geen auditHead');
  });
});
