/**
 * `werkbank backup` and `werkbank restore` (issue #11 item 4) on electron/core/store/backup.ts and
 * restore.ts. Progress goes to stderr (stdout keeps the one result line); a broken backup exits 2
 * and writes nothing, an existing store at the target exits 1 unless --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createBackup } from '../core/store/backup';
import { BackupFileError } from '../core/store/backupFile';
import { keyFilePath } from '../core/store/keyFile';
import type { Db } from '../core/store/openDatabase';
import { discardVerified, keptName, putInPlace, sealRestore, storeExists, verifyBackup, type AfterRestore, type RestoreStep } from '../core/store/restore';
import type { CliCommand } from './args';
import { CliError, EXIT } from './errors';
import { writeAtomically } from './writeAtomically';

interface BackupIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  now: () => Date;
  afterRestore?: AfterRestore;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

export async function runBackup(db: Db, dbFile: string, passphrase: string, out: string, io: BackupIo): Promise<number> {
  const target = resolve(out);
  // A backup written over the store (or its key file) would destroy what it is a copy of.
  const storeFiles = ['', '-wal', '-shm', '.key.json', '.key.next.json'].map((suffix) => resolve(`${dbFile}${suffix}`));
  if (storeFiles.includes(target)) {
    throw new CliError(EXIT.user, `--out ${out} is een bestand van de werkbank zelf; kies een andere naam voor de reservekopie.`, `--out ${out} is one of the store's own files; choose another name.`);
  }
  io.stderr.write(`Reservekopie maken van ${dbFile}…\n`);
  const made = await createBackup(db, dbFile, passphrase, { actor: 'cli', now: io.now() });
  await writeAtomically(out, async () => made.bytes, 0o600);
  io.stdout.write(`Reservekopie geschreven naar ${out} (${megabytes(made.bytes.length)} MB, SHA-256 ${made.sha256}). Terugzetten kan met de huidige wachtwoordzin.\n`);
  return EXIT.ok;
}

const STEP_NL: Record<RestoreStep, string> = {
  reading: 'Reservekopie lezen en de wachtwoordzin controleren…',
  checking: 'Database in de kopie controleren (integriteit, verwijzingen, auditketen)…',
};

export async function runRestore(command: Extract<CliCommand, { command: 'restore' }>, passphrase: () => Promise<string>, io: BackupIo): Promise<number> {
  const { file, out, force } = command;
  // Refused before the passphrase is asked or a byte is read: nothing of the existing store is touched.
  if (!force && storeExists(out)) {
    throw new CliError(
      EXIT.user,
      `Er staat al een werkbank in ${out} (of het sleutelbestand ${basename(keyFilePath(out))}). Kies met --out een andere plek, of vervang hem met --force (de huidige blijft dan bewaard als ${basename(out)}.before-restore-…). Er is niets gewijzigd.`,
      `A store (or its key file) already exists at ${out}; choose another --out or pass --force. Nothing was changed.`,
    );
  }
  if (!existsSync(file)) throw new CliError(EXIT.user, `Bestand ${file} bestaat niet.`, `File ${file} does not exist.`);
  const bytes = readFileSync(file);
  const secret = await passphrase();
  const verified = await verifyBackup(bytes, secret, dirname(resolve(out)), (step) => io.stderr.write(`${STEP_NL[step]}\n`)).catch((e: unknown) => {
    throw e instanceof BackupFileError ? new CliError(e.code === 'INTEGRITY' ? EXIT.integrity : EXIT.user, e.message, e.en) : e;
  });
  try {
    const keptAs = storeExists(out) ? keptName(out, io.now()) : null;
    io.stderr.write('Terugzetten…\n');
    await sealRestore(verified, { actor: 'cli', now: io.now(), keptAs, ...(io.afterRestore ? { afterRestore: io.afterRestore } : {}) });
    putInPlace(verified, out, keptAs);
    const { madeAt, cases, auditEntries } = verified.summary;
    const kept = keptAs === null ? '' : ` De vorige werkbank is bewaard als ${keptAs} (met haar eigen sleutelbestand).`;
    io.stdout.write(`Teruggezet in ${out}: de reservekopie van ${madeAt} met ${String(cases)} ${cases === 1 ? 'casus' : 'casussen'} en ${String(auditEntries)} ${auditEntries === 1 ? 'auditregel' : 'auditregels'}.${kept} Ontgrendel met de wachtwoordzin van de kopie.\n`);
    return EXIT.ok;
  } finally {
    discardVerified(verified);
  }
}
