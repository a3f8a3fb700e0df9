import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/ipc/channels/session';
import { UserError } from '../../shared/ipc/result';
import { defaultDataDir } from '../core/store/dataDir';
import type { Db } from '../core/store/openDatabase';
import { DB_FILE_NAME } from '../core/store/session';
import { changePassphrase, closeStore, createStore, openStore, rekeyStore } from '../core/store/store';
import { checkExportedHead } from '../core/store/auditVerify';
import { auditProblems, verifyStore } from '../core/store/verify';
import { AuditHeadSchema } from '../../shared/interchange/dataset';
import { importDataset } from '../core/data/importDataset';
import { exportDossier } from '../core/data/dossierExport';
import { importDossier } from '../core/data/dossierImport';
import { DossierFileError } from '../core/exchange/dossierFile';
import { exportFile } from '../core/export/exportFile';
import { buildVerslagJson, buildVerslagPdf } from '../core/export/verslag/verslagPdf';
import { buildTussenevaluatieFile } from '../core/export/tussenevaluatie/buildTussenevaluatie';
import { TUSSENEVALUATIE_FORMATS } from '../../shared/ipc/channels/tussenevaluatie';
import type { AfterRestore } from '../core/store/restore';
import { parseCommand, USAGE, type CliCommand } from './args';
import { runErase } from './erase';
import { runBench, runDemo } from './demo';
import { runBackup, runRestore } from './backup';
import { CliError, ENGLISH_BY_CODE, EXIT } from './errors';
import { readPassphrase } from './passphrase';
import { problemText } from './verifyReport';
import { writeAtomically } from './writeAtomically';
import { exportRequestOf } from './exportRequest';
import { wholeYearOf } from '../../shared/calc/period';
import { runVerifyExport } from './verifyExport';
import { parseStrictJson } from '../../shared/interchange/strictJson';
import { redactedText } from '../core/log/redact';

export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  now: () => Date;
  /** Runs on a restored store before it is moved into place (core/store/restore.ts), e.g. to write a fresh audit anchor. */
  afterRestore?: AfterRestore;
}

/** The `werkbank` command (PRODUCT.md §6) on the same core services as the app. Returns the exit code. */
export async function runCli(io: CliIo): Promise<number> {
  try {
    const command = parseCommand(io.argv);
    if (command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    return await execute(command, io);
  } catch (e) {
    return report(e, io);
  }
}

function report(e: unknown, io: CliIo): number {
  if (e instanceof CliError) {
    io.stderr.write(`fout: ${e.nl}\nerror: ${e.en}\n`);
    return e.exitCode;
  }
  if (e instanceof UserError) {
    const detail = e.code === 'BAD_INPUT' ? `: ${e.message}` : '';
    io.stderr.write(`fout: ${e.message}\nerror: ${ENGLISH_BY_CODE[e.code]}${detail}\n`);
    return e.code === 'INTEGRITY' ? EXIT.integrity : EXIT.user;
  }
  // A bug's report is stderr that scripts keep as a log: its class, code and stack frames only, never
  // its message or a home directory (§5, electron/core/log/redact.ts). A UserError above is the
  // answer meant for the person, and is printed as it is.
  io.stderr.write(`fout: er ging iets mis in de werkbank; er is niets opgeslagen.\nerror: internal error: ${redactedText([e])}\n`);
  return EXIT.integrity;
}

async function execute(command: CliCommand, io: CliIo): Promise<number> {
  const dbFile = command.db ?? join(defaultDataDir(io.env), DB_FILE_NAME);
  const passphrase = () =>
    readPassphrase(
      { env: io.env, file: command['passphrase-file'], stdin: io.stdin, stderr: io.stderr },
      'WERKBANK_PASSPHRASE',
      'Wachtwoordzin: ',
    );

  if (command.command === 'init') {
    closeStore(await createStore(dbFile, await passphrase()));
    io.stdout.write(`Nieuwe werkbank aangemaakt: ${dbFile}\n`);
    return EXIT.ok;
  }

  if (command.command === 'passphrase') {
    const old = await passphrase();
    const chosen = await readPassphrase(
      { env: io.env, stdin: io.stdin, stderr: io.stderr },
      'WERKBANK_NEW_PASSPHRASE',
      'Nieuwe wachtwoordzin: ',
      'Herhaal de nieuwe wachtwoordzin: ',
    );
    if (chosen.length < MIN_PASSPHRASE_LENGTH) {
      throw new CliError(
        EXIT.user,
        `De nieuwe wachtwoordzin is te kort: kies er een van minstens ${String(MIN_PASSPHRASE_LENGTH)} tekens; er is niets gewijzigd.`,
        `The new passphrase is too short (at least ${String(MIN_PASSPHRASE_LENGTH)} characters); nothing was changed.`,
      );
    }
    await changePassphrase(dbFile, old, chosen, io.now());
    io.stdout.write(`Wachtwoordzin gewijzigd voor ${dbFile}; de oude opent de werkbank niet meer.\n`);
    return EXIT.ok;
  }
  if (command.command === 'rekey') {
    await rekeyStore(dbFile, await passphrase(), io.now());
    io.stdout.write(`Nieuwe databasesleutel voor ${dbFile}; het bestand is opnieuw versleuteld.\n`);
    return EXIT.ok;
  }

  if (command.command === 'restore') return runRestore(command, passphrase, io);
  // Needs no store of its own: it recomputes in a temporary one from the dataset it is given.
  if (command.command === 'verify-export') return runVerifyExport(command, io);
  if (command.command === 'bench') return runBench(command, io);
  if (command.command === 'demo') return runDemo({ dbFile, cases: command.cases, seed: command.seed }, passphrase, io);

  const secret = await passphrase();
  const db = await openStore(dbFile, secret);
  try {
    switch (command.command) {
      case 'import':
        return runImport(db, command.file, io);
      case 'export':
        if (command.what === 'verslag') return await runVerslagExport(db, command, io);
        if (command.what === 'tussenevaluatie') return await runTussenevaluatieExport(db, command, io);
        return await runExport(db, { ...command, what: command.what }, io);
      case 'verify':
        return runVerify(db, command.against, io);
      case 'dossier export':
        return await runDossierExport(db, command, io);
      case 'dossier import':
        return await runDossierImport(db, command.file, io);
      case 'erase':
        return runErase(db, command, io);
      case 'backup':
        return await runBackup(db, dbFile, secret, command.out, io);
      default: {
        const never: never = command;
        throw new Error(`unhandled command ${JSON.stringify(never)}`);
      }
    }
  } finally {
    closeStore(db);
  }
}

function runImport(db: Db, file: string, io: CliIo): number {
  if (!existsSync(file)) {
    throw new CliError(EXIT.user, `Bestand ${file} bestaat niet.`, `File ${file} does not exist.`);
  }
  const parsed = parseStrictJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    const why = parsed.reason;
    throw new CliError(
      EXIT.user,
      `${file} is geen geldige JSON (${why}); er is niets geïmporteerd.`,
      `${file} is not valid JSON (${why}); nothing was imported.`,
    );
  }
  const counts = importDataset(db, parsed.value, { actor: 'cli' });
  const summary = Object.entries(counts)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
  io.stdout.write(`Geïmporteerd uit ${file} — ${summary}\n`);
  return EXIT.ok;
}

/** The verslag of a bijeenkomst (§2.2), full or anonymised, as pdf or json. */
async function runVerslagExport(db: Db, command: Extract<CliCommand, { command: 'export' }>, io: CliIo): Promise<number> {
  const { format, meeting } = command;
  if (meeting === undefined) {
    throw new CliError(EXIT.user, 'Geef de bijeenkomst op met --meeting ID.', 'Give the meeting with --meeting ID.');
  }
  if (format !== 'pdf' && format !== 'json') {
    throw new CliError(EXIT.user, 'Een verslag kan als pdf of json worden geëxporteerd; gebruik --format pdf.', 'A verslag is exported as pdf or json.');
  }
  const req = { meetingId: meeting, pseudonymised: command.pseudonymised, now: io.now(), actor: 'cli' };
  await writeAtomically(command.out, async () => (format === 'pdf' ? buildVerslagPdf(db, req) : buildVerslagJson(db, req)));
  io.stdout.write(`Export (verslag, ${format}) geschreven naar ${command.out}\n`);
  return EXIT.ok;
}

type ExportCommand = Extract<CliCommand, { command: 'export' }>;

/** Issue #14 item 3: the wijken side by side, the same file as the Wijken screen's button. */
async function runTussenevaluatieExport(db: Db, command: ExportCommand, io: CliIo): Promise<number> {
  const { format } = command;
  if (!isTussenevaluatieFormat(format)) {
    throw new CliError(EXIT.user, 'Een tussenevaluatie kan als pdf, xlsx of json worden geëxporteerd; gebruik --format pdf.', 'A tussenevaluatie is exported as pdf, xlsx or json.');
  }
  // The tussenevaluatie sets the wijken side by side per calendar year: --period only as a whole year.
  const periodYear = command.period === undefined ? undefined : wholeYearOf(command.period);
  if (periodYear === null) {
    throw new CliError(EXIT.user, `--period: een tussenevaluatie gaat over een kalenderjaar; geef --period JJJJ of --year JJJJ, niet ${command.period?.label ?? ''}.`, 'A tussenevaluatie covers a calendar year: give --period YYYY.');
  }
  const req = { year: periodYear ?? command.year ?? io.now().getFullYear(), format, pseudonymised: command.pseudonymised, now: io.now(), actor: 'cli' };
  await writeAtomically(command.out, async () => (await buildTussenevaluatieFile(db, req)).bytes);
  io.stdout.write(`Export (tussenevaluatie, ${format}) geschreven naar ${command.out}\n`);
  return EXIT.ok;
}

const isTussenevaluatieFormat = (f: string): f is (typeof TUSSENEVALUATIE_FORMATS)[number] => (TUSSENEVALUATIE_FORMATS as readonly string[]).includes(f);

async function runExport(db: Db, command: Omit<ExportCommand, 'what'> & { what: Exclude<ExportCommand['what'], 'verslag' | 'tussenevaluatie'> }, io: CliIo): Promise<number> {
  const { what, format, out } = command;
  await writeAtomically(out, () => exportFile(db, exportRequestOf({ ...command, what }, io.now(), 'cli')));
  io.stdout.write(`Export (${what}, ${format}) geschreven naar ${out}\n`);
  return EXIT.ok;
}

/** The dossier's own passphrase (never the store's): the variable, else typed — twice when it is chosen. */
function dossierPassphrase(io: CliIo, choose: boolean): Promise<string> {
  return readPassphrase(
    { env: io.env, stdin: io.stdin, stderr: io.stderr },
    'WERKBANK_DOSSIER_PASSPHRASE',
    'Wachtwoordzin voor het dossierbestand: ',
    choose ? 'Herhaal de wachtwoordzin voor het dossierbestand: ' : undefined,
  );
}

const KIND_NL = { request: 'escalatiedossier', answer: 'antwoord op de escalatie' } as const;

async function runDossierExport(db: Db, command: Extract<CliCommand, { command: 'dossier export' }>, io: CliIo): Promise<number> {
  const passphrase = await dossierPassphrase(io, true);
  const result = await exportDossier(db, {
    code: command.case,
    ...(command.escalation !== undefined ? { escalationId: command.escalation } : {}),
    passphrase,
    actor: 'cli',
    now: io.now(),
  }).catch((e: unknown) => {
    throw e instanceof DossierFileError ? new CliError(EXIT.user, e.message, e.en) : e;
  });
  // Written under a temporary name first: a crash never leaves half a dossier behind.
  await writeAtomically(command.out, async () => result.bytes, 0o600);
  io.stdout.write(`${KIND_NL[result.kind]} ${result.escalationId} van ${result.code} versleuteld geschreven naar ${command.out}\n`);
  return EXIT.ok;
}

async function runDossierImport(db: Db, file: string, io: CliIo): Promise<number> {
  if (!existsSync(file)) {
    throw new CliError(EXIT.user, `Bestand ${file} bestaat niet.`, `File ${file} does not exist.`);
  }
  const bytes = readFileSync(file);
  const passphrase = await dossierPassphrase(io, false);
  try {
    const r = await importDossier(db, bytes, passphrase, { actor: 'cli', now: io.now() });
    const what = `${KIND_NL[r.kind]} ${r.escalationId} van ${r.code}`;
    const line =
      r.outcome === 'unchanged'
        ? `Niets gewijzigd: ${what} was al geïmporteerd (of deze werkbank is al verder).`
        : `${r.outcome === 'created' ? 'Nieuwe casus' : 'Bijgewerkt'}: ${what}, status ${r.status}${r.addedWijk ? `; wijk ${r.addedWijk} toegevoegd aan de catalogus` : ''}.`;
    io.stdout.write(`${line}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof DossierFileError) throw new CliError(EXIT.user, e.message, e.en);
    throw e;
  }
}

function runVerify(db: Db, against: string | undefined, io: CliIo): number {
  const check = verifyStore(db);
  const problems = [
    ...(check.integrity === 'ok' ? [] : [{ nl: `integrity_check: ${check.integrity}`, en: `integrity_check: ${check.integrity}` }]),
    ...(check.brokenForeignKeys === 0
      ? []
      : [{ nl: `foreign_key_check: ${check.brokenForeignKeys} verwijzing(en) kapot`, en: `foreign_key_check: ${check.brokenForeignKeys} broken reference(s)` }]),
    ...auditProblems(check).map(problemText),
    ...(against === undefined ? [] : headProblems(db, against)),
  ];
  if (problems.length > 0) {
    throw new CliError(
      EXIT.integrity,
      `Controle mislukt: ${problems.map((p) => p.nl).join('; ')}. Zet een reservekopie terug of neem contact op met de beheerder.`,
      `Verification failed: ${problems.map((p) => p.en).join('; ')}.`,
    );
  }
  const { chain, macs, anchor } = check;
  const sealed = macs.sealedBy === null ? '' : ` (regels 1–${String(macs.sealedBy - 1)} van vóór de MAC, verzegeld door regel ${String(macs.sealedBy)})`;
  const anchored = anchor.state === 'ok' ? `anker bij regel ${String(anchor.anchorSeq)}` : '';
  const compared = against === undefined ? '' : `, en de kop uit ${against} staat er ongewijzigd in`;
  io.stdout.write(`In orde: database intact, ${chain.entries} auditregels, keten geldig, elke MAC geldig${sealed}, ${anchored}${compared}.\n`);
  return EXIT.ok;
}

const ExportedHead = z.object({ auditHead: AuditHeadSchema });

/** `--against FILE`: the audit head a dataset export recorded must still be in this store's log. */
function headProblems(db: Db, file: string): { nl: string; en: string }[] {
  let parsed: z.ZodSafeParseResult<z.infer<typeof ExportedHead>>;
  try {
    parsed = ExportedHead.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new CliError(EXIT.user, `${file} is geen leesbaar JSON-bestand.`, `${file} is not a readable JSON file.`);
  }
  if (!parsed.success) {
    throw new CliError(
      EXIT.user,
      `${file} heeft geen auditHead: vergelijk met een dataset-export (werkbank export --what dataset).`,
      `${file} has no auditHead: compare with a dataset export.`,
    );
  }
  const { seq } = parsed.data.auditHead;
  switch (checkExportedHead(db, parsed.data.auditHead)) {
    case 'ok':
      return [];
    case 'missing':
      return [
        {
          nl: `het logboek is korter dan toen ${file} werd gemaakt (dat noemt regel ${String(seq)}): regels verwijderd of een oudere kopie teruggezet`,
          en: `the audit log is shorter than when ${file} was exported (it names entry ${String(seq)}): truncated or rolled back`,
        },
      ];
    case 'differs':
      return [
        {
          nl: `regel ${String(seq)} is niet meer de regel van toen ${file} werd gemaakt: een oudere kopie teruggezet of het logboek herschreven`,
          en: `entry ${String(seq)} differs from the one recorded in ${file}: rolled back or rewritten`,
        },
      ];
    default:
      throw new Error('unknown head check');
  }
}
