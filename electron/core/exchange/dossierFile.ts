/**
 * The encrypted dossier file (issue #9 item 4, PRODUCT.md §2.3/§5): ONE file that carries one
 * escalation dossier between two werkbanken, readable only with the dossier's own passphrase.
 *
 * Layout (all integers unsigned bytes):
 *
 *   offset  size  field
 *   0       10    magic "CWBDOSSIER"
 *   10      1     format version (1)
 *   11      1     KDF algorithm (1 = scrypt)
 *   12      1     log2 N of scrypt (10..17)
 *   13      1     r (1..16)
 *   14      1     p (1..4)
 *   15      16    salt
 *   31      12    AES-GCM nonce
 *   43      n     ciphertext (AES-256-GCM of the UTF-8 JSON document, shared/interchange/dossier.ts)
 *   43+n    16    GCM tag
 *
 * The whole header is the GCM additional data, so changing any byte of it — the KDF parameters
 * included — makes the file refuse to open, exactly like a changed byte of the ciphertext or tag.
 * A wrong passphrase and a tampered file are indistinguishable by design (GCM says only "not
 * authentic"), so the message names both. The key is scrypt (memory-hard, node:crypto, the same
 * KDF as the store: electron/core/store/kdf.ts) with N = 2^17 unless a test asks for less through
 * the explicit `cost` option; the reader accepts only the bounded range above, so a crafted header
 * cannot make the importer spend unbounded memory.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { UserError, type ErrorCode } from '../../../shared/ipc/result';
import { DEFAULT_SCRYPT, deriveKey, type KdfParams } from '../store/kdf';

const MAGIC = Buffer.from('CWBDOSSIER', 'ascii');
const VERSION = 1;
const KDF_SCRYPT = 1;
const SALT_LEN = 16;
const NONCE_LEN = 12;
const TAG_LEN = 16;
export const HEADER_LEN = MAGIC.length + 5 + SALT_LEN + NONCE_LEN;
const LOG2_N = { min: 10, max: 17 } as const;

export interface DossierKdfCost {
  N: number;
  r: number;
  p: number;
}

/** A refusal with its English twin (the CLI prints both; the app shows the Dutch). */
export class DossierFileError extends UserError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly en: string,
  ) {
    super(code, message);
    this.name = 'DossierFileError';
  }
}

const NOTHING = 'Er is niets geïmporteerd.';

function notADossier(bytes: Buffer): DossierFileError {
  const text = bytes.subarray(0, 64).toString('utf8').trimStart();
  const hint = text.startsWith('{') ? " Het lijkt een JSON-bestand; een dataset importeert u met 'werkbank import BESTAND'." : '';
  return new DossierFileError('BAD_INPUT', `Dit is geen dossierbestand van de Casuïstiek Werkbank.${hint} ${NOTHING}`, 'This is not a Casuïstiek Werkbank dossier file; nothing was imported.');
}

/** The header fields, checked; throws a DossierFileError for anything this version cannot read. */
interface Header {
  bytes: Buffer;
  kdf: KdfParams;
  nonce: Buffer;
}

function readHeader(file: Buffer): Header {
  const magicPart = file.subarray(0, MAGIC.length);
  if (!magicPart.equals(MAGIC.subarray(0, magicPart.length)) || file.length === 0) throw notADossier(file);
  if (file.length < HEADER_LEN + TAG_LEN) {
    throw new DossierFileError(
      'BAD_INPUT',
      `Het dossierbestand is onvolledig (afgekapt: ${String(file.length)} bytes). Vraag de afzender het bestand opnieuw te sturen. ${NOTHING}`,
      'The dossier file is truncated; nothing was imported.',
    );
  }
  const version = file[MAGIC.length];
  if (version !== VERSION) {
    throw new DossierFileError(
      'BAD_INPUT',
      `Dit dossierbestand heeft formaatversie ${String(version)}; deze werkbank leest versie ${String(VERSION)}. Werk de werkbank bij of vraag een bestand in versie ${String(VERSION)}. ${NOTHING}`,
      `Unsupported dossier format version ${String(version)}; nothing was imported.`,
    );
  }
  const at = MAGIC.length + 1;
  const [algorithm, log2N, r, p] = [file.readUInt8(at), file.readUInt8(at + 1), file.readUInt8(at + 2), file.readUInt8(at + 3)];
  const sane = algorithm === KDF_SCRYPT && log2N >= LOG2_N.min && log2N <= LOG2_N.max && r >= 1 && r <= 16 && p >= 1 && p <= 4;
  if (!sane) {
    throw new DossierFileError(
      'BAD_INPUT',
      `De sleutelparameters in de kop van het dossierbestand zijn ongeldig; het bestand is beschadigd of gewijzigd. ${NOTHING}`,
      'The key parameters in the dossier header are invalid (damaged or altered file); nothing was imported.',
    );
  }
  const saltAt = at + 4;
  const salt = file.subarray(saltAt, saltAt + SALT_LEN);
  const nonce = file.subarray(saltAt + SALT_LEN, HEADER_LEN);
  return { bytes: file.subarray(0, HEADER_LEN), kdf: { algorithm: 'scrypt', N: 2 ** log2N, r, p, saltHex: salt.toString('hex') }, nonce };
}

/** A sealer with its key already derived (scrypt is async; the seal itself is sync, so it can run inside a transaction). */
export interface DossierSealer {
  seal(plaintext: Buffer): Buffer;
}

export async function dossierSealer(passphrase: string, cost: DossierKdfCost = DEFAULT_SCRYPT): Promise<DossierSealer> {
  const log2N = Math.log2(cost.N);
  if (!Number.isInteger(log2N) || log2N < LOG2_N.min || log2N > LOG2_N.max) throw new Error(`scrypt N must be a power of two from 2^${String(LOG2_N.min)} to 2^${String(LOG2_N.max)}`);
  if (passphrase.length === 0) throw new DossierFileError('BAD_INPUT', 'Kies een wachtwoordzin voor het dossierbestand.', 'Choose a passphrase for the dossier file.');
  const salt = randomBytes(SALT_LEN);
  const key = await deriveKey(passphrase, { algorithm: 'scrypt', ...cost, saltHex: salt.toString('hex') });
  return {
    seal(plaintext) {
      const nonce = randomBytes(NONCE_LEN);
      const header = Buffer.concat([MAGIC, Buffer.from([VERSION, KDF_SCRYPT, log2N, cost.r, cost.p]), salt, nonce]);
      const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LEN });
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return Buffer.concat([header, body, cipher.getAuthTag()]);
    },
  };
}

/** Decrypts and authenticates a dossier file; every refusal is a DossierFileError with a Dutch message. */
export async function openDossier(file: Buffer, passphrase: string): Promise<Buffer> {
  const header = readHeader(file);
  const key = await deriveKey(passphrase, header.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, header.nonce, { authTagLength: TAG_LEN });
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(file.subarray(file.length - TAG_LEN));
  try {
    return Buffer.concat([decipher.update(file.subarray(HEADER_LEN, file.length - TAG_LEN)), decipher.final()]);
  } catch {
    throw new DossierFileError(
      'WRONG_PASSPHRASE',
      `Dit dossierbestand gaat niet open: de wachtwoordzin klopt niet, of het bestand is onderweg gewijzigd of afgekapt. Controleer de wachtwoordzin (hoofdletters, spaties) of vraag het bestand opnieuw. ${NOTHING}`,
      'The dossier file does not open: wrong passphrase, or the file was changed or truncated; nothing was imported.',
    );
  }
}
