/**
 * `werkbank bench [--json] [--sizes N,N,…]` (issue #13 item 3, PRODUCT.md §7): per size, a
 * generated dataset (generateDataset, seed 13) imported into a temporary ENCRYPTED store and into a
 * PLAIN one with the same schema, then the §7 figures through the real services. A repeated
 * figure is the median of 7 runs, the first (cold) one included: the median ignores that outlier.
 * The temporary folder is removed afterwards, also on failure. Timings are reported, never
 * asserted (tests prove the JSON's shape on a tiny size).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDataset } from '../core/demo/generateDataset';
import { importDataset } from '../core/data/importDataset';
import { listCases } from '../core/data/caseList';
import { readBenchFloor } from '../core/data/benchFloor';
import { exportFile } from '../core/export/exportFile';
import { businesscaseReport } from '../core/reports/businesscase';
import { DEFAULT_SCRYPT } from '../core/store/kdf';
import type { Db } from '../core/store/openDatabase';
import { createPlainBenchStore } from '../core/store/plainStore';
import { closeStore, createStore, openStore } from '../core/store/store';

const REPEATS = 7;
const SEED = 13;
/** The generated datasets run to 2026-06-30; 2025 is the last whole year in them. */
const YEAR = 2025;
const TODAY = '2026-06-30';
const PASSPHRASE = 'benchmark-wachtwoordzin';
/** The case list as a chair filters it: one wijk and one spoor, newest first (the service sorts). */
const CASE_LIST_QUERY = { wijk: 'Bloemhof', spoor: 'wonen' } as const;

export interface BenchLine {
  cases: number;
  interventions: number;
  meetings: number;
  importMs: number;
  openUnlockMs: number;
  caseListMs: number;
  businesscaseMs: number;
  rawSqlMs: number;
  businesscaseVsRawSql: number;
  /** The workload: the case list plus the businesscase (their medians), encrypted ÷ plain. */
  encryptedVsPlain: number;
  xlsxExportMs: number;
  pdfExportMs: number;
  /** The process's peak resident memory so far (MB). */
  rssMb: number;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function median(work: () => unknown): number {
  const runs = Array.from({ length: REPEATS }, () => timed(work).ms).sort((a, b) => a - b);
  return runs[Math.floor(REPEATS / 2)] ?? Number.NaN;
}

/** The workload both stores run: the case list and the businesscase, each the median of 7. */
function workload(db: Db): { caseListMs: number; businesscaseMs: number } {
  return {
    caseListMs: median(() => listCases(db, CASE_LIST_QUERY, TODAY)),
    businesscaseMs: median(() => businesscaseReport(db, { year: YEAR })),
  };
}

export async function benchSize(cases: number, now: Date): Promise<BenchLine> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-bench-'));
  try {
    const dataset = generateDataset({ cases, seed: SEED });
    // The import as a file arrives: its text parsed and validated, then written in one transaction.
    const text = JSON.stringify(dataset);
    const dbFile = join(dir, 'werkbank.db');
    closeStore(await createStore(dbFile, PASSPHRASE, DEFAULT_SCRYPT));
    let db = await openStore(dbFile, PASSPHRASE, now);
    const imported = timed(() => importDataset(db, JSON.parse(text), { actor: 'bench', now }));
    closeStore(db);

    const opened = await timedAsync(() => openStore(dbFile, PASSPHRASE, now));
    db = opened.value;
    const encrypted = workload(db);
    const rawSqlMs = median(() => readBenchFloor(db, `${String(YEAR)}-01-01`, `${String(YEAR)}-12-31`));
    const request = { what: 'businesscase', year: YEAR, pseudonymised: false, now, actor: 'bench' } as const;
    const xlsx = await timedAsync(() => exportFile(db, { ...request, format: 'xlsx' }));
    const pdf = await timedAsync(() => exportFile(db, { ...request, format: 'pdf' }));
    closeStore(db);

    const plainDb = createPlainBenchStore(join(dir, 'plain.db'));
    importDataset(plainDb, JSON.parse(text), { actor: 'bench', now });
    const plain = workload(plainDb);
    plainDb.close();

    return {
      cases: imported.value.cases,
      interventions: imported.value.interventions,
      meetings: imported.value.meetings,
      importMs: round1(imported.ms),
      openUnlockMs: round1(opened.ms),
      caseListMs: round1(encrypted.caseListMs),
      businesscaseMs: round1(encrypted.businesscaseMs),
      rawSqlMs: round1(rawSqlMs),
      businesscaseVsRawSql: ratio(encrypted.businesscaseMs, rawSqlMs),
      encryptedVsPlain: ratio(encrypted.caseListMs + encrypted.businesscaseMs, plain.caseListMs + plain.businesscaseMs),
      xlsxExportMs: round1(xlsx.ms),
      pdfExportMs: round1(pdf.ms),
      rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nl = (n: number) => n.toLocaleString('nl-NL');

/** The readable Dutch table (without --json): one row per figure, one column per size. */
export function benchTable(lines: readonly BenchLine[]): string {
  const rows: [string, (l: BenchLine) => string][] = [
    ['casussen', (l) => nl(l.cases)],
    ['interventies', (l) => nl(l.interventions)],
    ['bijeenkomsten', (l) => nl(l.meetings)],
    ['import (ms)', (l) => nl(l.importMs)],
    ['openen + ontgrendelen (ms)', (l) => nl(l.openUnlockMs)],
    ['casuslijst, mediaan (ms)', (l) => nl(l.caseListMs)],
    ['businesscase, mediaan (ms)', (l) => nl(l.businesscaseMs)],
    ['ruwe SQL, mediaan (ms)', (l) => nl(l.rawSqlMs)],
    ['businesscase ÷ ruwe SQL', (l) => `${nl(l.businesscaseVsRawSql)}×`],
    ['versleuteld ÷ onversleuteld', (l) => `${nl(l.encryptedVsPlain)}×`],
    ['XLSX-export (ms)', (l) => nl(l.xlsxExportMs)],
    ['PDF-export (ms)', (l) => nl(l.pdfExportMs)],
    ['geheugen, piek (MB)', (l) => nl(l.rssMb)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, cell]) => [label.padEnd(width), ...lines.map((l) => cell(l).padStart(12))].join('  ')).join('\n');
}
