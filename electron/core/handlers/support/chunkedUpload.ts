/**
 * A file on its way in, chunk by chunk (shared/ipc/chunks.ts): a dataset to import, a backup to
 * restore. At most ONE upload per holder: a new begin replaces the previous one, so memory stays
 * bounded by the channel's largest file. Every refusal drops the upload (a half-received file can
 * never be used later), and so does a lock (StoreSession.onLock, wired by the handlers): chunks
 * sent before a lock are gone after the unlock.
 */
import { randomUUID } from 'node:crypto';
import { CHUNK_BYTES } from '../../../../shared/ipc/chunks';
import { UserError } from '../../../../shared/ipc/result';

interface Upload {
  id: string;
  totalBytes: number;
  nextIndex: number;
  receivedBytes: number;
  chunks: Buffer[];
}

/** The words of the refusals, per use. */
export interface UploadWords {
  /** Said when the upload is gone: "Deze import is niet (meer) bezig: hij is afgebroken, …". */
  notRunning: string;
  /** What to do after a refusal: "Kies het bestand opnieuw om het te importeren; er is niets gewijzigd." */
  startAgain: string;
}

export class ChunkedUploads {
  private current: Upload | null = null;

  constructor(private readonly words: UploadWords) {}

  begin(totalBytes: number): { uploadId: string; chunkBytes: number } {
    this.current = { id: randomUUID(), totalBytes, nextIndex: 0, receivedBytes: 0, chunks: [] };
    return { uploadId: this.current.id, chunkBytes: CHUNK_BYTES };
  }

  /** Appends chunk `index` (base64); refuses, and drops the upload, unless it is the next one and fits. */
  append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
    const upload = this.open(uploadId);
    const bytes = Buffer.from(base64, 'base64');
    if (index !== upload.nextIndex) {
      this.refuse(`Deel ${String(index + 1)} van het bestand kwam niet op zijn beurt (verwacht: deel ${String(upload.nextIndex + 1)}). ${this.words.startAgain}`);
    }
    if (bytes.length > CHUNK_BYTES) {
      this.refuse(`Een deel van het bestand is groter dan ${String(CHUNK_BYTES / 1024 / 1024)} MB. ${this.words.startAgain}`);
    }
    if (upload.receivedBytes + bytes.length > upload.totalBytes) {
      this.refuse(`Er kwam meer binnen dan de aangekondigde ${String(upload.totalBytes)} bytes. ${this.words.startAgain}`);
    }
    upload.chunks.push(bytes);
    upload.receivedBytes += bytes.length;
    upload.nextIndex += 1;
    return { receivedBytes: upload.receivedBytes };
  }

  /** The complete file's bytes; the upload is dropped whatever happens next (commit is one try). */
  take(uploadId: string): Buffer {
    const upload = this.open(uploadId);
    this.current = null;
    if (upload.receivedBytes !== upload.totalBytes) {
      throw new UserError(
        'BAD_INPUT',
        `Het bestand is niet volledig ontvangen (${String(upload.receivedBytes)} van ${String(upload.totalBytes)} bytes). ${this.words.startAgain}`,
      );
    }
    return Buffer.concat(upload.chunks);
  }

  /** Drops the upload with this id (or any, without one); true when there was one. */
  discard(uploadId?: string): boolean {
    if (this.current === null || (uploadId !== undefined && this.current.id !== uploadId)) return false;
    this.current = null;
    return true;
  }

  private open(uploadId: string): Upload {
    if (this.current === null || this.current.id !== uploadId) {
      throw new UserError('NOT_FOUND', `${this.words.notRunning} ${this.words.startAgain}`);
    }
    return this.current;
  }

  private refuse(message: string): never {
    this.current = null;
    throw new UserError('BAD_INPUT', message);
  }
}
