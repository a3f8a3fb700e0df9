/**
 * Issue #13 items 2–3: `werkbank bench --json` prints one JSON line per size with every §7 figure
 * (the shape, never the timing), and `werkbank demo` fills a store through the normal import.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { benchSize } from '../../../electron/cli/bench';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { listCases } from '../../../electron/core/data/caseList';
import { openStore, closeStore } from '../../../electron/core/store/store';
import { runDemo } from '../../../electron/cli/demo';
import { tempDir, TEST_PASSPHRASE } from '../helpers';

const FIGURES = [
  'cases', 'interventions', 'meetings', 'importMs', 'openUnlockMs', 'caseListMs', 'businesscaseMs', 'businesscaseFirstMs', 'businesscaseKalenderjaarMs', 'rawSqlMs',
  'businesscaseVsRawSql', 'encryptedVsPlain', 'xlsxExportMs', 'pdfExportMs', 'rssMb',
  // The same in CPU time (the machine is shared: the wall clock grows with the others' load), and that load.
  'importCpuMs', 'openUnlockCpuMs', 'caseListCpuMs', 'businesscaseCpuMs', 'businesscaseFirstCpuMs', 'businesscaseKalenderjaarCpuMs', 'rawSqlCpuMs', 'businesscaseVsRawSqlCpu', 'encryptedVsPlainCpu',
  'xlsxExportCpuMs', 'pdfExportCpuMs', 'loadAverage1m',
];

describe('werkbank bench reports every §7 figure per size', () => {
  test('one line for 50 cases: the counts of the generated dataset and a number for every figure; its temporary stores are gone', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('werkbank-bench-')).length;
    const line = await benchSize(50, new Date('2026-06-30T12:00:00Z'));
    const data = generateDataset({ cases: 50, seed: 13 });
    expect(Object.keys(line)).toEqual(FIGURES);
    expect([line.cases, line.interventions, line.meetings]).toEqual([50, data.cases.reduce((n, c) => n + c.interventions.length, 0), 5]);
    expect(Object.values(line).filter((v) => typeof v !== 'number' || !Number.isFinite(v))).toEqual([]);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('werkbank-bench-')).length).toBe(before);
  }, 120_000);

  test('--sizes takes a comma list; --json defaults off; the default size is 10.000', () => {
    expect(parseCommand(['bench', '--json', '--sizes', '1000,10000,50000'])).toMatchObject({ command: 'bench', json: true, sizes: [1000, 10000, 50000] });
    expect(parseCommand(['bench'])).toMatchObject({ command: 'bench', json: false, sizes: [10000] });
  });

  test('a malformed --sizes is refused with a Dutch message naming the option', () => {
    expect(() => parseCommand(['bench', '--sizes', '10k'])).toThrow(/--sizes is een lijst aantallen casussen/);
  });
});

describe('werkbank demo fills a store with generated cases', () => {
  test('--cases 40 --seed 5 on a missing store: made, then 40 cases imported', async () => {
    expect(parseCommand(['demo', '--db', 'x.db', '--cases', '40', '--seed', '5'])).toMatchObject({ command: 'demo', db: 'x.db', cases: 40, seed: 5 });
    const dbFile = join(tempDir('werkbank-demo-test-'), 'werkbank.db');
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, now: () => new Date('2026-06-30T12:00:00Z') } as unknown as Parameters<typeof runDemo>[2];
    expect(await runDemo({ dbFile, cases: 40, seed: 5 }, async () => TEST_PASSPHRASE, io)).toBe(0);
    expect(existsSync(dbFile)).toBe(true);
    const db = await openStore(dbFile, TEST_PASSPHRASE);
    try {
      expect(listCases(db, {}, '2026-06-30')).toHaveLength(40);
    } finally {
      closeStore(db);
    }
    expect(out.join('')).toMatch(/gevuld met demogegevens \(fictief, seed 5\): 40 casussen/);
  }, 120_000);
});
