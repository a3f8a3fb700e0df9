/** Issue #11 item 1 on the command line: `werkbank passphrase` and `werkbank rekey`. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../electron/core/store/store';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const NEW = 'nieuwe wachtwoordzin voor 2027';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function store(): Promise<string> {
  const db = join(tempDir(), 'w.db');
  const open = await createStore(db, TEST_PASSPHRASE, TEST_KDF);
  open.pragma('wal_checkpoint(TRUNCATE)');
  open.close();
  return db;
}

describe('issue #11: werkbank passphrase', () => {
  it('changes the passphrase from the two variables: exit 0, the database file unchanged, only the new one opens it', async () => {
    const db = await store();
    const before = sha(db);
    const r = await werkbank(['passphrase', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE, WERKBANK_NEW_PASSPHRASE: NEW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('de oude opent de werkbank niet meer');
    expect(sha(db)).toBe(before);
    const old = await werkbank(['verify', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE });
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('Deze wachtwoordzin past niet bij deze werkbank');
    expect((await werkbank(['verify', '--db', db], { WERKBANK_PASSPHRASE: NEW })).code).toBe(0);
  });

  it('refuses a new passphrase shorter than 12 characters and changes nothing', async () => {
    const db = await store();
    const key = sha(`${db}.key.json`);
    const r = await werkbank(['passphrase', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE, WERKBANK_NEW_PASSPHRASE: 'kort' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('minstens 12 tekens');
    expect(sha(`${db}.key.json`)).toBe(key);
  });

  it('without a new passphrase and without a terminal it names WERKBANK_NEW_PASSPHRASE and changes nothing', async () => {
    const db = await store();
    const key = sha(`${db}.key.json`);
    const r = await werkbank(['passphrase', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WERKBANK_NEW_PASSPHRASE');
    expect(sha(`${db}.key.json`)).toBe(key);
  });
});

describe('issue #11: werkbank rekey', () => {
  it('re-encrypts the file with a new database key; the same passphrase opens it and verify passes', async () => {
    const db = await store();
    const before = sha(db);
    const r = await werkbank(['rekey', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE });
    expect(r.code).toBe(0);
    expect(sha(db)).not.toBe(before);
    expect((await werkbank(['verify', '--db', db], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE })).code).toBe(0);
  });

  it('a wrong passphrase rotates nothing', async () => {
    const db = await store();
    const [file, key] = [sha(db), sha(`${db}.key.json`)];
    expect((await werkbank(['rekey', '--db', db], { WERKBANK_PASSPHRASE: 'niet de goede zin' })).code).toBe(1);
    expect([sha(db), sha(`${db}.key.json`)]).toEqual([file, key]);
  });
});
