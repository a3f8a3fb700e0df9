/** Issue #11 item 4 on the command line: `werkbank backup` and `werkbank restore`. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { createStore, openStore } from '../../../electron/core/store/store';
import { snapshot, voorbeeld } from '../data/helpers';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A store with the example dataset, closed; and a folder for the backup. */
async function store(): Promise<{ db: string; dir: string }> {
  const dir = tempDir('werkbank-cli-');
  const db = join(dir, 'werkbank.db');
  const open = await createStore(db, TEST_PASSPHRASE, TEST_KDF);
  importDataset(open, voorbeeld(), { actor: 'test' });
  open.close();
  return { db, dir };
}

async function backupFile(db: string): Promise<string> {
  const out = join(tempDir('werkbank-kopie-'), 'kopie.cwbbackup');
  const r = await werkbank(['backup', '--db', db, '--out', out], env);
  expect([r.code, r.stderr]).toEqual([0, `Reservekopie maken van ${db}…\n`]);
  return out;
}

async function contents(db: string) {
  const open = await openStore(db, TEST_PASSPHRASE);
  try {
    return snapshot(open);
  } finally {
    open.close();
  }
}

describe('issue #11 item 4: werkbank backup', () => {
  it('writes one file, readable by its owner only, that is not plaintext, and says its size and SHA-256', async () => {
    const { db } = await store();
    const out = join(tempDir(), 'kopie.cwbbackup');
    const r = await werkbank(['backup', '--db', db, '--out', out], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Reservekopie geschreven naar ${out} (${(statSync(out).size / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB, SHA-256 ${sha(out)}). Terugzetten kan met de huidige wachtwoordzin.\n`);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 9).toString('latin1')).toBe('CWBBACKUP');
    expect([bytes.includes(Buffer.from('SQLite format 3')), bytes.includes(Buffer.from('BLO-2024-001'))]).toEqual([false, false]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(out, '..'))).toEqual(['kopie.cwbbackup']);
  });

  it('is made while the app holds the store open and has just written to it', async () => {
    const { db } = await store();
    const app = await openStore(db, TEST_PASSPHRASE);
    app.prepare("INSERT INTO settings (key, value) VALUES ('test.nieuw', 'net geschreven')").run();
    const out = await backupFile(db);
    app.close();
    const target = join(tempDir(), 'terug.db');
    expect((await werkbank(['restore', out, '--out', target], env)).code).toBe(0);
    const restored = await openStore(target, TEST_PASSPHRASE);
    expect(restored.prepare("SELECT value FROM settings WHERE key = 'test.nieuw'").pluck().get()).toBe('net geschreven');
    restored.close();
  });

  it('refuses --out naming the store itself or its key file (exit 1), and the store stays as it was', async () => {
    const { db } = await store();
    const before = [sha(db), sha(`${db}.key.json`)];
    for (const out of [db, `${db}.key.json`]) {
      const r = await werkbank(['backup', '--db', db, '--out', out], env);
      expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('is een bestand van de werkbank zelf')]);
    }
    expect([sha(db), sha(`${db}.key.json`)]).toEqual(before);
  });

  it('a wrong passphrase writes no file (exit 1)', async () => {
    const { db } = await store();
    const out = join(tempDir(), 'kopie.cwbbackup');
    const r = await werkbank(['backup', '--db', db, '--out', out], { WERKBANK_PASSPHRASE: 'niet de goede zin' });
    expect(r.code).toBe(1);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});

describe('issue #11 item 4: werkbank restore', () => {
  it('restores the whole store in a new place with the passphrase alone, reporting progress on stderr; verify passes', async () => {
    const { db } = await store();
    const out = await backupFile(db);
    const target = join(tempDir('werkbank-elders-'), 'nieuw', 'werkbank.db');
    const r = await werkbank(['restore', out, '--out', target], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Reservekopie lezen en de wachtwoordzin controleren…\nDatabase in de kopie controleren (integriteit, verwijzingen, auditketen)…\nTerugzetten…\n',
    );
    expect(r.stdout).toMatch(/^Teruggezet in .*: de reservekopie van 2026-11-23T10:00:00\.000Z met 9 casussen en \d+ auditregels\. Ontgrendel met de wachtwoordzin van de kopie\.\n$/);
    expect(readdirSync(join(target, '..')).sort()).toEqual(['werkbank.db', 'werkbank.db.anchor.json', 'werkbank.db.key.json']); // the restore anchors the restored head
    expect(await contents(target)).toEqual(await contents(db));
    expect((await werkbank(['verify', '--db', target], env)).code).toBe(0);
  });

  it('refuses an existing store — its database or only its key file — without --force: exit 1 before any passphrase is asked, nothing changed', async () => {
    const { db } = await store();
    const out = await backupFile(db);
    const other = await store();
    const before = [sha(other.db), sha(`${other.db}.key.json`)];
    const r = await werkbank(['restore', out, '--out', other.db]);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining(`Er staat al een werkbank in ${other.db}`)]);
    expect(r.stderr).toContain('--force');
    expect([sha(other.db), sha(`${other.db}.key.json`)]).toEqual(before);

    const onlyKey = join(tempDir(), 'werkbank.db');
    writeFileSync(`${onlyKey}.key.json`, '{}');
    expect((await werkbank(['restore', out, '--out', onlyKey], env)).code).toBe(1);
    expect(readdirSync(join(onlyKey, '..'))).toEqual(['werkbank.db.key.json']);
  });

  it('with --force replaces the store and keeps the replaced one, with its key file, as <db>.before-restore-<time>; it still opens with its own passphrase', async () => {
    const { db } = await store();
    const out = await backupFile(db);
    const target = join(tempDir(), 'werkbank.db');
    (await createStore(target, 'de andere wachtwoordzin', TEST_KDF)).close();
    const before = sha(target);
    const r = await werkbank(['restore', out, '--out', target, '--force'], env);
    expect(r.code).toBe(0);
    const kept = `${target}.before-restore-20261123T100000Z`;
    expect(r.stdout).toContain(`De vorige werkbank is bewaard als ${kept} (met haar eigen sleutelbestand).`);
    expect(readdirSync(join(target, '..')).sort()).toEqual(['werkbank.db', 'werkbank.db.anchor.json', 'werkbank.db.before-restore-20261123T100000Z', 'werkbank.db.before-restore-20261123T100000Z.anchor.json', 'werkbank.db.before-restore-20261123T100000Z.key.json', 'werkbank.db.key.json']);
    expect(sha(kept)).toBe(before);
    expect((await werkbank(['verify', '--db', kept], { WERKBANK_PASSPHRASE: 'de andere wachtwoordzin' })).code).toBe(0);
    expect(await contents(target)).toEqual(await contents(db));
  });

  it('a broken backup — one flipped byte, or cut short — exits 2 and writes nothing', async () => {
    const { db } = await store();
    const good = readFileSync(await backupFile(db));
    const flipped = Buffer.from(good);
    flipped[good.length - 100] = flipped[good.length - 100]! ^ 0x80;
    for (const [name, bytes] of [
      ['omgedraaid.cwbbackup', flipped],
      ['afgekapt.cwbbackup', good.subarray(0, good.length - 1000)],
    ] as const) {
      const dir = tempDir();
      const file = join(dir, name);
      writeFileSync(file, bytes);
      mkdirSync(join(dir, 'doel'));
      const r = await werkbank(['restore', file, '--out', join(dir, 'doel', 'werkbank.db')], env);
      expect([name, r.code, r.stderr]).toEqual([name, 2, expect.stringContaining('fout: De reservekopie is beschadigd of onvolledig')]);
      expect(r.stderr).toContain('error: The backup file is damaged or truncated');
      expect(readdirSync(join(dir, 'doel'))).toEqual([]);
    }
  });

  it('a wrong passphrase exits 1 and writes nothing', async () => {
    const { db } = await store();
    const out = await backupFile(db);
    const dir = tempDir();
    const r = await werkbank(['restore', out, '--out', join(dir, 'werkbank.db')], { WERKBANK_PASSPHRASE: 'niet de goede zin' });
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('Deze wachtwoordzin past niet bij de reservekopie')]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('without --out it names the option', async () => {
    const r = await werkbank(['restore', 'kopie.cwbbackup']);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('geef op waar de werkbank komt met --out DB')]);
  });
});
