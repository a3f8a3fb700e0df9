import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/store';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };

describe('§6 werkbank command: exit codes and bilingual errors', () => {
  it('exits 1 on an unknown command with the message in Dutch and in English', async () => {
    const r = await werkbank(['toveren']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fout: Onbekende opdracht 'toveren'.");
    expect(r.stderr).toContain("error: Unknown command 'toveren'.");
  });

  it('exits 1 and names the option when --what is not one of the exports', async () => {
    const r = await werkbank(['export', '--what', 'alles', '--format', 'json', '--out', 'x.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/what: --what moet een van dataset, businesscase, indicators, register, verslag, tussenevaluatie zijn/);
  });

  it('exits 1 without a passphrase when there is no terminal to ask, instead of hanging', async () => {
    const r = await werkbank(['verify', '--db', join(tempDir(), 'w.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WERKBANK_PASSPHRASE');
    expect(r.stderr).toContain('No passphrase');
  });

  it('prints usage with --help and exits 0', async () => {
    const r = await werkbank(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('werkbank export --what dataset|businesscase|indicators|register');
  });
});

describe('§6 werkbank init and verify', () => {
  it('init creates an encrypted store that verify accepts (exit 0)', async () => {
    const db = join(tempDir(), 'w.db');
    expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
    const v = await werkbank(['verify', '--db', db], env);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/In orde: database intact, \d+ auditregels, keten geldig/);
  });

  it('init refuses to overwrite an existing store (exit 1)', async () => {
    const db = join(tempDir(), 'w.db');
    await werkbank(['init', '--db', db], env);
    const again = await werkbank(['init', '--db', db], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Er bestaat al een werkbank');
  });

  it('a wrong passphrase is a user error (exit 1) in both languages', async () => {
    const db = join(tempDir(), 'w.db');
    await werkbank(['init', '--db', db], env);
    const r = await werkbank(['verify', '--db', db], { WERKBANK_PASSPHRASE: 'niet de goede zin' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Deze wachtwoordzin past niet');
    expect(r.stderr).toContain('The passphrase does not match');
  });

  it('verify exits 2 when the audit chain has been tampered with', async () => {
    const db = join(tempDir(), 'w.db');
    await werkbank(['init', '--db', db], env);
    const conn = await openStore(db, TEST_PASSPHRASE);
    conn.exec('DROP TRIGGER audit_log_no_update');
    conn.prepare(`UPDATE audit_log SET actor = 'iemand anders' WHERE seq = 1`).run();
    conn.close();
    const r = await werkbank(['verify', '--db', db], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('auditketen gebroken bij regel 1');
  });

  it('reads the passphrase from --passphrase-file', async () => {
    const dir = tempDir();
    const db = join(dir, 'w.db');
    const file = join(dir, 'zin.txt');
    (await import('node:fs')).writeFileSync(file, `${TEST_PASSPHRASE}\n`);
    expect((await werkbank(['init', '--db', db, '--passphrase-file', file])).code).toBe(0);
    expect((await werkbank(['verify', '--db', db], env)).code).toBe(0);
  });
});
