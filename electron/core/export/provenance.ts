/**
 * Issue #14 item 10, the reproducible evaluation package: every evaluator export names the
 * SHA-256 of the pseudonymised dataset it came from and the `werkbank` command that recomputes it.
 *
 * The dataset's canonical bytes are those of `werkbank export --what dataset --format json
 * --pseudonymised` without its two moment-bound fields (`exportedAt`, and the `auditHead` the CLI
 * adds): the file as exportDataset writes it, JSON with two-space indent and a final newline. The
 * dataset export has no filters, so "the same filters" is always the whole pseudonymised dataset;
 * the export's own filters are in its command. Import → export gives the same bytes (§4 round
 * trip), which is why `werkbank verify-export` can recompute the hash from a re-imported dataset.
 */
import { createHash } from 'node:crypto';
import type { DatasetFile } from '../../../shared/interchange';
import { exportDataset } from '../data';
import type { Db } from '../store/openDatabase';
import { periodText, yearPeriod } from '../../../shared/calc/period';
import type { ExportRequest } from './buildExport';

/** What an export says about where it came from (JSON: `provenance`; CSV/XLSX/PDF: context lines). */
export interface Provenance {
  datasetSha256: string;
  /** argv of the command that recomputes this export, program name first. */
  recompute: string[];
}

function canonicalDatasetBytes(file: DatasetFile): string {
  const { exportedAt: _moment, ...rest } = file as DatasetFile & { auditHead?: unknown };
  const { auditHead: _head, ...data } = rest as typeof rest & { auditHead?: unknown };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function datasetSha256(db: Db): string {
  return createHash('sha256').update(canonicalDatasetBytes(exportDataset(db, { pseudonymised: true })), 'utf8').digest('hex');
}

/** The part of a request the command depends on. */
export type CommandRequest = Pick<ExportRequest, 'what' | 'format' | 'year' | 'period' | 'view' | 'wijk' | 'spoor' | 'tafel' | 'onlyVastgesteld' | 'registerOnlyYear' | 'pseudonymised' | 'now'>;

/** A calendar year as --year (the shorthand, as every export before periods named it), any other period as --period. */
function periodArgs(req: CommandRequest): string[] {
  const period = req.period ?? yearPeriod(req.year);
  return period.kind === 'year' ? ['--year', period.from.slice(0, 4)] : ['--period', periodText(period)];
}

/**
 * The one place that turns an export request into its `werkbank export` command: the period as
 * --year or --period, the kalenderjaar view as --view (cohort is the default, so it is left out).
 * `--as-of` pins the moment, so "today"-bound figures (overdue escalations, review dates) and the
 * "made at" line come out the same.
 */
function recomputeCommand(req: CommandRequest): string[] {
  const opt = (flag: string, value: string | undefined) => (value === undefined ? [] : [flag, value]);
  const on = (flag: string, value: boolean | undefined) => (value === true ? [flag] : []);
  return [
    'werkbank',
    'export',
    '--what',
    req.what,
    '--format',
    req.format,
    ...periodArgs(req),
    ...(req.what === 'businesscase' && req.view === 'kalenderjaar' ? ['--view', 'kalenderjaar'] : []),
    ...opt('--wijk', req.wijk),
    ...opt('--spoor', req.spoor),
    ...opt('--tafel', req.tafel),
    ...on('--only-vastgesteld', req.onlyVastgesteld),
    ...on('--year-only', req.registerOnlyYear),
    ...on('--pseudonymised', req.pseudonymised),
    '--as-of',
    req.now.toISOString(),
    '--out',
    `${req.what}.${req.format}`,
  ];
}

export function provenanceOf(db: Db, req: CommandRequest): Provenance {
  return { datasetSha256: datasetSha256(db), recompute: recomputeCommand(req) };
}

const PLAIN = /^[A-Za-z0-9_\-.:/=+,@]+$/;

/** argv as one line a POSIX shell reads back into the same argv (single quotes where needed). */
export function shellLine(argv: readonly string[]): string {
  return argv.map((a) => (PLAIN.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(' ');
}

/** The inverse of shellLine: words split on spaces, '…' quoted, \' outside quotes. Null when malformed. */
export function parseShellLine(line: string): string[] | null {
  const out: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === ' ') {
      if (word !== null) out.push(word);
      word = null;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return null;
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i += 1;
    } else word = (word ?? '') + ch;
  }
  if (word !== null) out.push(word);
  return out;
}
