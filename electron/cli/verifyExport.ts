/**
 * `werkbank verify-export FILE --dataset D.json` (issue #14 item 10): the export names the SHA-256
 * of the pseudonymised dataset it came from and the command that recomputes it. D is imported into
 * a temporary store (thrown away afterwards); its dataset hash must be the one the export names,
 * and the export that command makes from it must equal FILE. Exit 0 equal, 1 differs (the first
 * difference named), 2 a file that cannot be read as an export or a dataset. JSON and CSV exports;
 * an XLSX or PDF names the same hash and command, to be recomputed as json or csv.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { parseStrictJson } from '../../shared/interchange/strictJson';
import { UserError } from '../../shared/ipc/result';
import { importDataset } from '../core/data/importDataset';
import { exportFile } from '../core/export/exportFile';
import { CONTEXT_LABELS } from '../core/export/exportContext';
import { datasetSha256, parseShellLine, type Provenance } from '../core/export/provenance';
import { closeStore, createStore } from '../core/store/store';
import { parseCommand, type CliCommand } from './args';
import { CliError, EXIT } from './errors';
import { exportRequestOf } from './exportRequest';

type VerifyCommand = Extract<CliCommand, { command: 'verify-export' }>;
interface Io {
  stdout: NodeJS.WriteStream;
}

const ProvenanceSchema = z.object({ datasetSha256: z.string().regex(/^[0-9a-f]{64}$/), recompute: z.array(z.string()).min(2) });

const broken = (nl: string, en: string) => new CliError(EXIT.integrity, nl, en);

export async function runVerifyExport(command: VerifyCommand, io: Io): Promise<number> {
  const { file, dataset } = command;
  for (const f of [file, dataset]) if (!existsSync(f)) throw new CliError(EXIT.user, `Bestand ${f} bestaat niet.`, `File ${f} does not exist.`);
  const format = extname(file).toLowerCase();
  if (format !== '.json' && format !== '.csv') {
    throw new CliError(
      EXIT.user,
      `${file}: alleen een json- of csv-export kan worden vergeleken; een xlsx of pdf noemt dezelfde dataset en opdracht: maak die als json of csv en vergelijk die.`,
      `${file}: only a json or csv export can be compared.`,
    );
  }
  const text = readFileSync(file, 'utf8');
  const provenance = format === '.json' ? jsonProvenance(file, text) : csvProvenance(file, text);
  const exportCommand = recomputeCommandOf(file, provenance);

  const parsedDataset = parseStrictJson(readFileSync(dataset, 'utf8'));
  if (!parsedDataset.ok) throw broken(`${dataset} is geen geldige JSON (${parsedDataset.reason}).`, `${dataset} is not valid JSON.`);

  const dir = mkdtempSync(join(tmpdir(), 'werkbank-verify-export-'));
  // A throw-away store: its passphrase is never kept and a light KDF is enough (nothing outlives this run).
  const db = await createStore(join(dir, 'werkbank.db'), randomBytes(24).toString('hex'), { N: 2 ** 12, r: 8, p: 1 });
  try {
    try {
      importDataset(db, parsedDataset.value, { actor: 'verify-export' });
    } catch (e) {
      if (e instanceof UserError) throw broken(`${dataset} is geen bruikbare dataset: ${e.message}`, `${dataset} is not a valid dataset.`);
      throw e;
    }
    const hash = datasetSha256(db);
    if (hash !== provenance.datasetSha256) {
      throw new CliError(
        EXIT.user,
        `Verschilt: ${dataset} is niet de dataset waaruit ${file} is gemaakt (SHA-256 ${hash}, de export noemt ${provenance.datasetSha256}).`,
        `Differs: the dataset's SHA-256 ${hash} is not the ${provenance.datasetSha256} the export names.`,
      );
    }
    const req = exportRequestOf(exportCommand, new Date(), 'verify-export');
    const recomputed = (await exportFile(db, req)).toString('utf8');
    const difference = format === '.json' ? firstJsonDifference(JSON.parse(text) as unknown, JSON.parse(recomputed) as unknown, '') : firstLineDifference(text, recomputed);
    if (difference !== null) {
      throw new CliError(EXIT.user, `Verschilt: ${file} wijkt af van de herberekening uit ${dataset}; eerste verschil: ${difference}.`, `Differs: first difference: ${difference}.`);
    }
    io.stdout.write(`Gelijk: elk cijfer in ${file} is herberekend uit ${dataset} (SHA-256 ${hash}) en komt overeen.\n`);
    return EXIT.ok;
  } finally {
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

function jsonProvenance(file: string, text: string): Provenance {
  const parsed = parseStrictJson(text);
  const p = parsed.ok ? ProvenanceSchema.safeParse((parsed.value as { provenance?: unknown } | null)?.provenance) : null;
  if (p?.success !== true) {
    throw broken(`${file} is geen export met een herkomst (provenance): maak hem opnieuw met werkbank export.`, `${file} has no provenance.`);
  }
  return p.data;
}

/** The two context lines under the CSV's table (exportContext.ts): "label;value", the value maybe quoted. */
function csvProvenance(file: string, text: string): Provenance {
  const value = (label: string): string | undefined => {
    const line = text.split('\r\n').find((l) => l.startsWith(`${label};`));
    const raw = line?.slice(label.length + 1);
    return raw?.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
  };
  const hash = value(CONTEXT_LABELS.dataset)?.split(' ')[0];
  const command = value(CONTEXT_LABELS.recompute)?.replace(/ \(na werkbank import .*\)$/, '');
  const argv = command === undefined ? null : parseShellLine(command);
  const p = ProvenanceSchema.safeParse({ datasetSha256: hash, recompute: argv });
  if (!p.success) throw broken(`${file} noemt geen dataset (SHA-256) en herberekenopdracht: maak hem opnieuw met werkbank export.`, `${file} has no provenance lines.`);
  return p.data;
}

type ExportCommand = Extract<CliCommand, { command: 'export' }>;

function recomputeCommandOf(file: string, p: Provenance): ExportCommand & { what: 'businesscase' | 'indicators' | 'register' } {
  const [program, ...args] = p.recompute;
  let parsed: ReturnType<typeof parseCommand> | null = null;
  try {
    parsed = program === 'werkbank' ? parseCommand(args) : null;
  } catch {
    parsed = null;
  }
  if (parsed === null || parsed === 'help' || parsed.command !== 'export' || parsed.what === 'dataset' || parsed.what === 'verslag' || parsed.what === 'tussenevaluatie') {
    throw broken(`${file} noemt geen geldige herberekenopdracht (werkbank export …).`, `${file} names no valid recompute command.`);
  }
  return { ...parsed, what: parsed.what };
}

/** The path of the first value that differs, e.g. "totaal.vermedenKosten: 1200 in het bestand, 1300 herberekend". */
function firstJsonDifference(a: unknown, b: unknown, path: string): string | null {
  const here = path === '' ? '(het hele bestand)' : path;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstJsonDifference(a[i], b[i], `${path}[${String(i)}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const d = firstJsonDifference(a[key], b[key], path === '' ? key : `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${here}: ${show(a)} in het bestand, ${show(b)} herberekend`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return v === undefined ? 'niets' : JSON.stringify(v);
}

function firstLineDifference(a: string, b: string): string | null {
  const la = a.split('\r\n');
  const lb = b.split('\r\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `regel ${String(i + 1)}: ${show(la[i])} in het bestand, ${show(lb[i])} herberekend`;
  }
  return null;
}
