/**
 * `werkbank bench [--json] [--sizes N,N,…]` (issue #13 item 3, PRODUCT.md §7): per size, a
 * generated dataset (generateDataset, seed 13) imported into a temporary ENCRYPTED store and into a
 * PLAIN one with the same schema, then the §7 figures through the real services. A repeated
 * figure is the median of 7 runs. The businesscase's first run after opening is reported apart
 * (`businesscaseFirst…`, cold: nothing compiled or cached yet); its median is of the 7 runs after
 * it. The two stores' workloads run in turns (workloads below). The import writes every case's
 * summary (data/caseSummaries.ts), so `importMs` includes them.
 * Every time is measured twice: the wall clock (`…Ms`) and the process's CPU time (`…CpuMs`,
 * process.cpuUsage, user + system, every thread — scrypt runs in libuv's pool). On a shared machine
 * the wall clock grows with the others' load while the CPU time does not, so the §7 budgets are
 * judged on the CPU figures (README); `loadAverage1m` says how loaded the machine was.
 * The temporary folder is removed afterwards, also on failure. Timings are reported, never
 * asserted (tests prove the JSON's shape on a tiny size).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
import { createPlainBenchStore, openPlainBenchStore } from '../core/store/plainStore';
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
  /** The first businesscase after opening the store (cold). */
  businesscaseFirstMs: number;
  /** The same year in the §3.8 kalenderjaar view (its cohort figures and the whole view), median; the cohort view builds only measure 19's figure of it. */
  businesscaseKalenderjaarMs: number;
  rawSqlMs: number;
  businesscaseVsRawSql: number;
  /** The workload: the case list plus the businesscase (their medians), encrypted ÷ plain. */
  encryptedVsPlain: number;
  xlsxExportMs: number;
  pdfExportMs: number;
  /** The process's peak resident memory so far (MB). */
  rssMb: number;
  /** The same figures in CPU time of this process (ms), which the others' load does not inflate. */
  importCpuMs: number;
  openUnlockCpuMs: number;
  caseListCpuMs: number;
  businesscaseCpuMs: number;
  businesscaseFirstCpuMs: number;
  businesscaseKalenderjaarCpuMs: number;
  rawSqlCpuMs: number;
  businesscaseVsRawSqlCpu: number;
  encryptedVsPlainCpu: number;
  xlsxExportCpuMs: number;
  pdfExportCpuMs: number;
  /** The machine's 1-minute load average when this size finished (os.loadavg; 0 where unknown). */
  loadAverage1m: number;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

interface Timing {
  ms: number;
  cpuMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function timed<T>(work: () => T): Timing & { value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, cpuMs: cpuMsSince(cpu), value };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, cpuMs: cpuMsSince(cpu), value };
}

const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The median wall clock and the median CPU time of 7 runs (each its own median). */
function median(work: () => unknown): Timing {
  const runs = Array.from({ length: REPEATS }, () => timed(work));
  return { ms: middle(runs.map((r) => r.ms)), cpuMs: middle(runs.map((r) => r.cpuMs)) };
}

interface Workload {
  caseList: Timing;
  businesscase: Timing;
  businesscaseFirst: Timing;
}

/**
 * The workload both stores run — the case list and the businesscase — in turns: first each store's
 * first businesscase after opening (cold), then 7 rounds of the case list and the businesscase on
 * either store, the encrypted one first in one round and the plain one in the next, each figure the
 * median of its 7. In turns, not one store after the other: the heap and the machine are then the
 * same for both, so `encryptedVsPlain` compares the stores, not the moments they were measured at
 * (one after the other, the ratio moved between 0,67 and 1,82 from run to run).
 */
function workloads(encrypted: Db, plain: Db): { encrypted: Workload; plain: Workload } {
  const stores = [encrypted, plain] as const;
  const firsts = stores.map((db) => timed(() => businesscaseReport(db, { year: YEAR })));
  const runs = stores.map(() => ({ caseList: [] as Timing[], businesscase: [] as Timing[] }));
  for (let round = 0; round < REPEATS; round += 1) {
    // Which store goes first alternates: a run pays for the garbage the run before it left.
    for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const db = stores[i]!;
      const r = runs[i]!;
      r.caseList.push(timed(() => listCases(db, CASE_LIST_QUERY, TODAY)));
      r.businesscase.push(timed(() => businesscaseReport(db, { year: YEAR })));
    }
  }
  const medianOf = (ts: Timing[]): Timing => ({ ms: middle(ts.map((t) => t.ms)), cpuMs: middle(ts.map((t) => t.cpuMs)) });
  const [enc, pln] = stores.map((_, i) => ({ caseList: medianOf(runs[i]!.caseList), businesscase: medianOf(runs[i]!.businesscase), businesscaseFirst: firsts[i]! }));
  return { encrypted: enc!, plain: pln! };
}

export async function benchSize(cases: number, now: Date): Promise<BenchLine> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-bench-'));
  try {
    // The import as a file arrives: its text parsed and validated, then written in one transaction.
    // Only the text is kept: the generated objects (millions) would otherwise stay alive on the heap
    // through every timing below, and every garbage collection the app never has would mark them.
    const text = JSON.stringify(generateDataset({ cases, seed: SEED }));
    const dbFile = join(dir, 'werkbank.db');
    closeStore(await createStore(dbFile, PASSPHRASE, DEFAULT_SCRYPT));
    let db = await openStore(dbFile, PASSPHRASE, now);
    const imported = timed(() => importDataset(db, JSON.parse(text), { actor: 'bench', now }));
    closeStore(db);

    const plainFile = join(dir, 'plain.db');
    const plainImport = createPlainBenchStore(plainFile);
    importDataset(plainImport, JSON.parse(text), { actor: 'bench', now });
    plainImport.close();
    // Closed and opened again like the encrypted store (its WAL checkpointed, its cache empty):
    // kept open after the import, the plain store read through the import's whole WAL.
    const plainDb = openPlainBenchStore(plainFile);

    const opened = await timedAsync(() => openStore(dbFile, PASSPHRASE, now));
    db = opened.value;
    const { encrypted, plain } = workloads(db, plainDb);
    plainDb.close();
    const kalenderjaarView = median(() => businesscaseReport(db, { year: YEAR, view: 'kalenderjaar' }));
    const rawSql = median(() => readBenchFloor(db, `${String(YEAR)}-01-01`, `${String(YEAR)}-12-31`));
    const request = { what: 'businesscase', year: YEAR, pseudonymised: false, now, actor: 'bench' } as const;
    const xlsx = await timedAsync(() => exportFile(db, { ...request, format: 'xlsx' }));
    const pdf = await timedAsync(() => exportFile(db, { ...request, format: 'pdf' }));
    closeStore(db);

    const both = (w: { caseList: Timing; businesscase: Timing }, k: keyof Timing) => w.caseList[k] + w.businesscase[k];
    return {
      cases: imported.value.cases,
      interventions: imported.value.interventions,
      meetings: imported.value.meetings,
      importMs: round1(imported.ms),
      openUnlockMs: round1(opened.ms),
      caseListMs: round1(encrypted.caseList.ms),
      businesscaseMs: round1(encrypted.businesscase.ms),
      businesscaseFirstMs: round1(encrypted.businesscaseFirst.ms),
      businesscaseKalenderjaarMs: round1(kalenderjaarView.ms),
      rawSqlMs: round1(rawSql.ms),
      businesscaseVsRawSql: ratio(encrypted.businesscase.ms, rawSql.ms),
      encryptedVsPlain: ratio(both(encrypted, 'ms'), both(plain, 'ms')),
      xlsxExportMs: round1(xlsx.ms),
      pdfExportMs: round1(pdf.ms),
      rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      importCpuMs: round1(imported.cpuMs),
      openUnlockCpuMs: round1(opened.cpuMs),
      caseListCpuMs: round1(encrypted.caseList.cpuMs),
      businesscaseCpuMs: round1(encrypted.businesscase.cpuMs),
      businesscaseFirstCpuMs: round1(encrypted.businesscaseFirst.cpuMs),
      businesscaseKalenderjaarCpuMs: round1(kalenderjaarView.cpuMs),
      rawSqlCpuMs: round1(rawSql.cpuMs),
      businesscaseVsRawSqlCpu: ratio(encrypted.businesscase.cpuMs, rawSql.cpuMs),
      encryptedVsPlainCpu: ratio(both(encrypted, 'cpuMs'), both(plain, 'cpuMs')),
      xlsxExportCpuMs: round1(xlsx.cpuMs),
      pdfExportCpuMs: round1(pdf.cpuMs),
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
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
    ['businesscase, eerste na openen (ms)', (l) => nl(l.businesscaseFirstMs)],
    ['businesscase kalenderjaarweergave, mediaan (ms)', (l) => nl(l.businesscaseKalenderjaarMs)],
    ['ruwe SQL, mediaan (ms)', (l) => nl(l.rawSqlMs)],
    ['businesscase ÷ ruwe SQL', (l) => `${nl(l.businesscaseVsRawSql)}×`],
    ['versleuteld ÷ onversleuteld', (l) => `${nl(l.encryptedVsPlain)}×`],
    ['XLSX-export (ms)', (l) => nl(l.xlsxExportMs)],
    ['PDF-export (ms)', (l) => nl(l.pdfExportMs)],
    ['geheugen, piek (MB)', (l) => nl(l.rssMb)],
    ['import, CPU (ms)', (l) => nl(l.importCpuMs)],
    ['openen + ontgrendelen, CPU (ms)', (l) => nl(l.openUnlockCpuMs)],
    ['casuslijst, CPU, mediaan (ms)', (l) => nl(l.caseListCpuMs)],
    ['businesscase, CPU, mediaan (ms)', (l) => nl(l.businesscaseCpuMs)],
    ['businesscase, CPU, eerste na openen (ms)', (l) => nl(l.businesscaseFirstCpuMs)],
    ['businesscase kalenderjaarweergave, CPU, mediaan (ms)', (l) => nl(l.businesscaseKalenderjaarCpuMs)],
    ['ruwe SQL, CPU, mediaan (ms)', (l) => nl(l.rawSqlCpuMs)],
    ['businesscase ÷ ruwe SQL, CPU', (l) => `${nl(l.businesscaseVsRawSqlCpu)}×`],
    ['versleuteld ÷ onversleuteld, CPU', (l) => `${nl(l.encryptedVsPlainCpu)}×`],
    ['XLSX-export, CPU (ms)', (l) => nl(l.xlsxExportCpuMs)],
    ['PDF-export, CPU (ms)', (l) => nl(l.pdfExportCpuMs)],
    ['belasting machine (1 min)', (l) => nl(l.loadAverage1m)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, cell]) => [label.padEnd(width), ...lines.map((l) => cell(l).padStart(12))].join('  ')).join('\n');
}
