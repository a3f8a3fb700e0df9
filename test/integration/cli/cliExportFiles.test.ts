/**
 * Issue #10 items 1 and 5 through `werkbank export`: --format xlsx for businesscase, indicators and
 * register (the dataset refused: it is a tree), and every file written atomically — a temporary
 * file in the same folder, then a rename; a failure leaves neither a file nor a temporary file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };

async function storeWithFixture(): Promise<{ db: string; out: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  expect((await werkbank(['import', 'test/fixtures/dataset-voorbeeld.json', '--db', db], env)).code).toBe(0);
  // The exports go to a folder of their own, so "nothing else in it" is exact.
  const out = join(dir, 'out');
  mkdirSync(out);
  return { db, out };
}

describe('werkbank export --format xlsx', () => {
  it.each([
    ['businesscase', 'Kerncijfers'],
    ['indicators', 'Indicatoren'],
    ['register', 'Weekbedragregister'],
  ])('%s: a workbook with its sheets and a Toelichting, equal to the JSON export', async (what, firstSheet) => {
    const { db, out } = await storeWithFixture();
    const file = join(out, `${what}.xlsx`);
    const r = await werkbank(['export', '--what', what, '--format', 'xlsx', '--year', '2024', '--out', file, '--db', db], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(file));
    expect(sheets[0]?.sheet).toBe(firstSheet);
    expect(sheets.at(-1)?.sheet).toBe('Toelichting');
    expect(readdirSync(out)).toEqual([`${what}.xlsx`]);
  });

  it('the businesscase total in the workbook is the JSON file’s cents / 100', async () => {
    const { db, out } = await storeWithFixture();
    await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--out', join(out, 'bc.json'), '--db', db], env);
    await werkbank(['export', '--what', 'businesscase', '--format', 'xlsx', '--year', '2024', '--out', join(out, 'bc.xlsx'), '--db', db], env);
    const json = JSON.parse(readFileSync(join(out, 'bc.json'), 'utf8')) as { nettoRendement: number };
    const kern = (await readXlsxFile(readFileSync(join(out, 'bc.xlsx'))))[0]?.data;
    expect(kern?.find((row) => row[0] === 'Netto rendement')?.[1]).toBe(json.nettoRendement / 100);
    expect(json.nettoRendement).toBe(5143450);
  });

  it('refuses a dataset as xlsx with a clear message and writes nothing', async () => {
    const { db, out } = await storeWithFixture();
    const r = await werkbank(['export', '--what', 'dataset', '--format', 'xlsx', '--out', join(out, 'd.xlsx'), '--db', db], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Een dataset kan alleen als json worden geëxporteerd');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('every export is written atomically (issue #10 item 5)', () => {
  it('a failed export leaves no file and no temporary file, and an earlier file untouched', async () => {
    const { db, out } = await storeWithFixture();
    const file = join(out, 'd.csv');
    writeFileSync(file, 'earlier');
    // A dataset cannot be CSV: the export fails after the store was opened.
    const r = await werkbank(['export', '--what', 'dataset', '--format', 'csv', '--out', file, '--db', db], env);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(['d.csv']);
    expect(readFileSync(file, 'utf8')).toBe('earlier');
  });

  it('a write that fails (the target is a folder) leaves no temporary file', async () => {
    const { db, out } = await storeWithFixture();
    mkdirSync(join(out, 'bc.xlsx'));
    const r = await werkbank(['export', '--what', 'businesscase', '--format', 'xlsx', '--year', '2024', '--out', join(out, 'bc.xlsx'), '--db', db], env);
    expect(r.code).not.toBe(0);
    expect(readdirSync(out)).toEqual(['bc.xlsx']);
    expect(readdirSync(join(out, 'bc.xlsx'))).toEqual([]);
  });

  it('a successful export replaces the earlier file in one step and leaves only the file', async () => {
    const { db, out } = await storeWithFixture();
    const file = join(out, 'bc.csv');
    writeFileSync(file, 'earlier');
    expect((await werkbank(['export', '--what', 'businesscase', '--format', 'csv', '--year', '2024', '--out', file, '--db', db], env)).code).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('\uFEFFcasuscode;')).toBe(true);
    expect(readdirSync(out)).toEqual(['bc.csv']);
  });
});
