/**
 * The backup file (issue #11 item 4): ONE file that holds a whole store — the encrypted database
 * and the key file beside it — so that it can be restored on another machine with the passphrase
 * the store had when the backup was made, and nothing else.
 *
 * Layout (integers unsigned, big-endian):
 *
 *   offset     size  field
 *   0          9     magic "CWBBACKUP"
 *   9          1     format version (1)
 *   10         4     header length h (at most 4 MiB)
 *   14         h     header: UTF-8 JSON (Header below, strict): when it was made, the schema
 *                    version, the key file as it was, named sidecar files (base64), the database length n
 *   14+h       n     the database file as `VACUUM INTO` wrote it: SQLCipher pages under the store's
 *                    own database key — never plaintext (the writer refuses a page that is)
 *   14+h+n     32    HMAC-SHA256 over everything before it, keyed by HKDF(database key): only the
 *                    passphrase can check it, and a file changed by anyone without it fails
 *   14+h+n+32  32    SHA-256 over everything before it: says "damaged or truncated" before any
 *                    passphrase is asked (a plain checksum; the HMAC is what proves authenticity)
 *
 * The file must be exactly 14+h+n+64 bytes long. The key file in the header is the store's own: the
 * database key wrapped by the passphrase (keyFile.ts), so the file holds no key anyone can use
 * without the passphrase. Sidecars are small files beside the store (`<db>.<name>`) that travel
 * with it — room for the audit anchor (`anchor.json`) and what comes after it.
 */
import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { UserError, type ErrorCode } from '../../../shared/ipc/result';

const MAGIC = Buffer.from('CWBBACKUP', 'ascii');
const VERSION = 1;
const PREFIX_LEN = MAGIC.length + 1 + 4;
const MAC_LEN = 32;
const SUM_LEN = 32;
const MAX_HEADER = 4 * 1024 * 1024;
/** The first bytes of every unencrypted SQLite file: a backup that starts with them is refused. */
const SQLITE_PLAINTEXT_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** A sidecar's name: `<db>.<name>` beside the store; no folder, nothing that could climb out of it. */
const SidecarName = z.string().regex(/^[a-z][a-z0-9-]{0,39}\.json$/);

const Header = z
  .object({
    madeAt: z.string().datetime(),
    /** The store's schema version (user_version) when it was copied. */
    schemaVersion: z.number().int().nonnegative(),
    /** The key file as it was beside the store (checked with keyFile.ts when restored). */
    keyFile: z.unknown(),
    sidecars: z.record(SidecarName, z.base64()),
    databaseBytes: z.number().int().positive(),
  })
  .strict();
export type BackupHeader = z.infer<typeof Header>;

/** A refusal with its English twin (the CLI prints both; the app shows the Dutch). */
export class BackupFileError extends UserError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly en: string,
  ) {
    super(code, message);
    this.name = 'BackupFileError';
  }
}

const NOTHING = 'Er is niets gewijzigd.';

function damaged(why: string): never {
  throw new BackupFileError(
    'INTEGRITY',
    `De reservekopie is beschadigd of onvolledig (${why}). Gebruik een andere kopie van het bestand. ${NOTHING}`,
    `The backup file is damaged or truncated (${why}); nothing was changed.`,
  );
}

/** The MAC key: from the database key, apart from every other use of it (HKDF with its own label). */
function macKey(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'casuistiek-werkbank/backup-v1/mac', 32));
}

export function sealBackup(header: BackupHeader, database: Buffer, databaseKey: Buffer): Buffer {
  if (database.length !== header.databaseBytes) throw new Error('databaseBytes does not match the database');
  // Defence in depth: whatever happened upstream, a plaintext database never goes into a backup.
  if (database.subarray(0, SQLITE_PLAINTEXT_MAGIC.length).equals(SQLITE_PLAINTEXT_MAGIC)) throw new Error('refusing to seal a plaintext database');
  const headerBytes = Buffer.from(JSON.stringify(Header.parse(header)), 'utf8');
  const prefix = Buffer.alloc(PREFIX_LEN);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt8(VERSION, MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 1);
  const body = Buffer.concat([prefix, headerBytes, database]);
  const mac = createHmac('sha256', macKey(databaseKey)).update(body).digest();
  const sum = createHash('sha256').update(body).update(mac).digest();
  return Buffer.concat([body, mac, sum]);
}

/** A backup whose length and checksum are right; its authenticity is checked with `checkBackupMac`. */
export interface OpenedBackup {
  header: BackupHeader;
  database: Buffer;
  /** What the MAC covers, and the MAC. */
  sealed: { body: Buffer; mac: Buffer };
}

/** Reads the container: refuses (BackupFileError) anything that is not a whole, undamaged backup file. */
export function readBackup(file: Buffer): OpenedBackup {
  const magic = file.subarray(0, MAGIC.length);
  if (file.length === 0 || !magic.equals(MAGIC.subarray(0, magic.length))) {
    throw new BackupFileError(
      'BAD_INPUT',
      `Dit is geen reservekopie van de Casuïstiek Werkbank. Kies het .cwbbackup-bestand dat 'Reservekopie maken' of 'werkbank backup' schreef. ${NOTHING}`,
      'This is not a Casuïstiek Werkbank backup file; nothing was changed.',
    );
  }
  if (file.length < PREFIX_LEN + MAC_LEN + SUM_LEN) damaged(`afgekapt: ${String(file.length)} bytes`);
  const version = file.readUInt8(MAGIC.length);
  if (version !== VERSION) {
    throw new BackupFileError(
      'BAD_INPUT',
      `Deze reservekopie heeft formaatversie ${String(version)}; deze werkbank leest versie ${String(VERSION)}. Werk de werkbank bij. ${NOTHING}`,
      `Unsupported backup format version ${String(version)}; nothing was changed.`,
    );
  }
  const sumAt = file.length - SUM_LEN;
  const sum = createHash('sha256').update(file.subarray(0, sumAt)).digest();
  if (!timingSafeEqual(sum, file.subarray(sumAt))) damaged('de controlesom klopt niet');
  const headerLen = file.readUInt32BE(MAGIC.length + 1);
  if (headerLen > MAX_HEADER || PREFIX_LEN + headerLen > sumAt - MAC_LEN) damaged('de kop is te lang');
  let header: BackupHeader;
  try {
    header = Header.parse(JSON.parse(file.subarray(PREFIX_LEN, PREFIX_LEN + headerLen).toString('utf8')));
  } catch {
    damaged('de kop is ongeldig');
  }
  const dbAt = PREFIX_LEN + headerLen;
  const macAt = sumAt - MAC_LEN;
  if (macAt - dbAt !== header.databaseBytes) damaged('de lengte klopt niet');
  return {
    header,
    database: file.subarray(dbAt, macAt),
    sealed: { body: file.subarray(0, macAt), mac: file.subarray(macAt, sumAt) },
  };
}

/** Whether the backup was made by someone holding the database key (and nothing changed since). */
export function checkBackupMac(opened: OpenedBackup, databaseKey: Buffer): boolean {
  const expected = createHmac('sha256', macKey(databaseKey)).update(opened.sealed.body).digest();
  return timingSafeEqual(expected, opened.sealed.mac);
}
