import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };
const FIXTURE = 'test/fixtures/dataset-voorbeeld.json';
const INVALID = JSON.parse(readFileSync('test/fixtures/invalid/index.json', 'utf8')) as {
  files: { file: string; path: string; rule: string }[];
};

async function storeWithFixture(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  const imported = await werkbank(['import', FIXTURE, '--db', db], env);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  return { dir, db };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
/** What says when and from which store's log a file was made (issue #11 item 3: the audit head), not what it holds. */
const withoutStamp = ({ exportedAt: _drop, auditHead: _head, ...rest }: Record<string, unknown>) => rest;

describe('§4 + §6 round trip through the werkbank command', () => {
  it('the example dataset has at least eight cases across two wijken and two years', () => {
    const data = readJson(FIXTURE) as { cases: { code: string; wijk: string; referenceDate: string | null }[] };
    expect(data.cases.length).toBeGreaterThanOrEqual(8);
    expect(new Set(data.cases.map((c) => c.wijk)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(data.cases.map((c) => c.referenceDate?.slice(0, 4)).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
  });

  it('export → import into an empty store → export gives an identical file (except exportedAt and auditHead)', async () => {
    const { dir, db } = await storeWithFixture();
    const first = join(dir, 'een.json');
    expect((await werkbank(['export', '--what', 'dataset', '--format', 'json', '--out', first, '--db', db], env)).code).toBe(0);
    const db2 = join(dir, 'w2.db');
    await werkbank(['init', '--db', db2], env);
    expect((await werkbank(['import', first, '--db', db2], env)).code).toBe(0);
    const second = join(dir, 'twee.json');
    expect((await werkbank(['export', '--what', 'dataset', '--format', 'json', '--out', second, '--db', db2], env)).code).toBe(0);
    expect(withoutStamp(readJson(second))).toEqual(withoutStamp(readJson(first)));
    expect((readJson(first).cases as unknown[]).length).toBe((readJson(FIXTURE).cases as unknown[]).length);
  });

  it.each(INVALID.files)('an invalid file ($file) exits 1, names $path, and changes nothing', async ({ file, path }) => {
    const { dir, db } = await storeWithFixture();
    const before = join(dir, 'voor.json');
    await werkbank(['export', '--what', 'dataset', '--format', 'json', '--out', before, '--db', db], env);
    const r = await werkbank(['import', join('test/fixtures/invalid', file), '--db', db], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(/^fout: /m);
    expect(r.stderr).toMatch(/^error: /m);
    const after = join(dir, 'na.json');
    await werkbank(['export', '--what', 'dataset', '--format', 'json', '--out', after, '--db', db], env);
    expect(withoutStamp(readJson(after))).toEqual(withoutStamp(readJson(before)));
  });

  it('a file that is not JSON at all is a user error and imports nothing', async () => {
    const { dir, db } = await storeWithFixture();
    const broken = join(dir, 'kapot.json');
    (await import('node:fs')).writeFileSync(broken, '{ "format": ');
    const r = await werkbank(['import', broken, '--db', db], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('geen geldige JSON');
  });
});

describe('§6 export --what businesscase: the §3 field names, per case under cases[]', () => {
  it('writes integer cents, rendementPerEuro with two decimals or null, and every case with its code', async () => {
    const { dir, db } = await storeWithFixture();
    const out = join(dir, 'bc.json');
    expect((await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--out', out, '--db', db], env)).code).toBe(0);
    const bc = readJson(out);
    for (const field of ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement']) {
      expect(Number.isSafeInteger(bc[field]), field).toBe(true);
    }
    expect(bc).toHaveProperty('perPayer');
    expect(bc).toHaveProperty('perSpoor');
    expect(bc).toHaveProperty('perWijk');
    expect(bc).toHaveProperty('counts');
    // §3.2: vermedenGecorrigeerd / investering with two decimals (half away from zero), null without investering.
    const perEuro = (f: { vermedenGecorrigeerd: number; investering: number }) => {
      if (f.investering === 0) return null;
      const q = f.vermedenGecorrigeerd / f.investering;
      return (Math.sign(q) * Math.round(Math.abs(q) * 100)) / 100;
    };
    const total = bc as unknown as { vermedenGecorrigeerd: number; investering: number; rendementPerEuro: number | null };
    expect(total.investering).toBeGreaterThan(0); // the example invests in 2024, so the ratio is defined
    expect(total.rendementPerEuro).toBe(perEuro(total));
    const cases = bc.cases as { code: string; vermedenGecorrigeerd: number; investering: number; rendementPerEuro: number | null }[];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.code).toMatch(/^[A-Z]{3}-2024-\d{3}$/);
    for (const c of cases) expect(c.rendementPerEuro, c.code).toBe(perEuro(c));
    // The totals are the sums of the cases, cent for cent.
    expect(cases.reduce((s, c) => s + c.vermedenGecorrigeerd, 0)).toBe(bc.vermedenGecorrigeerd);
  });

  it('shows the same figures in CSV (Dutch notation) as in JSON (cents)', async () => {
    const { dir, db } = await storeWithFixture();
    const jsonOut = join(dir, 'bc.json');
    const csvOut = join(dir, 'bc.csv');
    await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--out', jsonOut, '--db', db], env);
    await werkbank(['export', '--what', 'businesscase', '--format', 'csv', '--year', '2024', '--out', csvOut, '--db', db], env);
    const bc = readJson(jsonOut) as { cases: { code: string; vermedenGecorrigeerd: number; investering: number }[] };
    const rows = readFileSync(csvOut, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    const euro = (cents: number) =>
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
    for (const c of bc.cases) {
      const row = rows.find((r) => r[0] === c.code);
      expect(row, c.code).toBeDefined();
      expect(row![6]).toBe(euro(c.vermedenGecorrigeerd));
      expect(row![8]).toBe(euro(c.investering));
    }
  });

  it('pseudonymised exports hold no alias or birth year', async () => {
    const { dir, db } = await storeWithFixture();
    const out = join(dir, 'ps.json');
    await werkbank(['export', '--what', 'dataset', '--format', 'json', '--pseudonymised', '--out', out, '--db', db], env);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/"alias"/);
    expect(text).not.toMatch(/"birthYear"/);
  });

  it('writes the businesscase as a PDF (issue #10): a real PDF file, no temporary file left', async () => {
    const { dir, db } = await storeWithFixture();
    const out = join(dir, 'x.pdf');
    const r = await werkbank(['export', '--what', 'businesscase', '--format', 'pdf', '--year', '2024', '--out', out, '--db', db], env);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
