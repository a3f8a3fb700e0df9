import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../../shared/format/money';
import { pdfPages } from '../export/pdfText';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };

async function storeWithFixture(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  expect((await werkbank(['import', 'test/fixtures/dataset-voorbeeld.json', '--db', db], env)).code).toBe(0);
  return { dir, db };
}

const text = async (file: string) => (await pdfPages(readFileSync(file))).join('\n').replace(/\u00a0/g, ' ');

describe('§6 werkbank export --format pdf and --what verslag', () => {
  it('writes the businesscase, indicators and register as PDF, with the JSON export’s totals', async () => {
    const { dir, db } = await storeWithFixture();
    const json = join(dir, 'bc.json');
    await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--out', json, '--db', db], env);
    const figures = JSON.parse(readFileSync(json, 'utf8')) as { nettoRendement: number; investering: number };
    for (const what of ['businesscase', 'indicators', 'register']) {
      const out = join(dir, `${what}.pdf`);
      const r = await werkbank(['export', '--what', what, '--format', 'pdf', '--year', '2024', '--out', out, '--db', db], env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(existsSync(`${out}.part`)).toBe(false);
    }
    const bc = await text(join(dir, 'businesscase.pdf'));
    expect(bc).toContain(formatEuro(figures.nettoRendement).replace(/\u00a0/g, ' '));
    expect(bc).toContain(formatEuro(figures.investering).replace(/\u00a0/g, ' '));
  });

  it('writes the verslag of a meeting as PDF (full or anonymised) and as JSON', async () => {
    const { dir, db } = await storeWithFixture();
    const base = ['export', '--what', 'verslag', '--meeting', 'bijeenkomst-blo-2024-03-05', '--db', db];
    expect((await werkbank([...base, '--format', 'pdf', '--out', join(dir, 'v.pdf')], env)).code).toBe(0);
    expect((await werkbank([...base, '--format', 'pdf', '--pseudonymised', '--out', join(dir, 'va.pdf')], env)).code).toBe(0);
    expect((await werkbank([...base, '--format', 'json', '--out', join(dir, 'v.json')], env)).code).toBe(0);
    expect(await text(join(dir, 'v.pdf'))).toContain('H. Koster');
    const anon = await text(join(dir, 'va.pdf'));
    expect(anon).toContain('(geanonimiseerd)');
    expect(anon).not.toContain('H. Koster');
    expect((JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8')) as { version: string }).version).toBe('volledig');
  });

  it('refuses what cannot be made, naming the fix, and writes nothing', async () => {
    const { dir, db } = await storeWithFixture();
    const out = join(dir, 'x.pdf');
    const noMeeting = await werkbank(['export', '--what', 'verslag', '--format', 'pdf', '--out', out, '--db', db], env);
    expect(noMeeting.code).toBe(1);
    expect(noMeeting.stderr).toContain('--meeting ID');
    const csv = await werkbank(['export', '--what', 'verslag', '--meeting', 'bijeenkomst-blo-2024-03-05', '--format', 'csv', '--out', out, '--db', db], env);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('--format pdf');
    const unknown = await werkbank(['export', '--what', 'verslag', '--meeting', 'bestaat-niet', '--format', 'pdf', '--out', out, '--db', db], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Bijeenkomst 'bestaat-niet' bestaat niet");
    const dataset = await werkbank(['export', '--what', 'dataset', '--format', 'pdf', '--out', out, '--db', db], env);
    expect(dataset.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
