/**
 * A dataset file on its way in, chunk by chunk (shared/ipc/channels/dataset.ts). At most ONE upload
 * per session: a new begin replaces the previous one, so memory stays bounded by DATASET_MAX_BYTES.
 * Every refusal drops the upload (a half-received file can never be committed later), and so does
 * a lock (StoreSession.onLock): chunks sent before a lock are gone after the unlock.
 */
import { randomUUID } from 'node:crypto';
import { DATASET_CHUNK_BYTES } from '../../../../shared/ipc/channels/dataset';
import { UserError } from '../../../../shared/ipc/result';

interface Upload {
  id: string;
  totalBytes: number;
  nextIndex: number;
  receivedBytes: number;
  chunks: Buffer[];
}

const START_AGAIN = 'Kies het bestand opnieuw om het te importeren; er is niets gewijzigd.';

export class DatasetUploads {
  private current: Upload | null = null;

  begin(totalBytes: number): { uploadId: string; chunkBytes: number } {
    this.current = { id: randomUUID(), totalBytes, nextIndex: 0, receivedBytes: 0, chunks: [] };
    return { uploadId: this.current.id, chunkBytes: DATASET_CHUNK_BYTES };
  }

  /** Appends chunk `index` (base64); refuses, and drops the upload, unless it is the next one and fits. */
  append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
    const upload = this.open(uploadId);
    const bytes = Buffer.from(base64, 'base64');
    if (index !== upload.nextIndex) {
      this.refuse(`Deel ${String(index + 1)} van het bestand kwam niet op zijn beurt (verwacht: deel ${String(upload.nextIndex + 1)}). ${START_AGAIN}`);
    }
    if (bytes.length > DATASET_CHUNK_BYTES) {
      this.refuse(`Een deel van het bestand is groter dan ${String(DATASET_CHUNK_BYTES / 1024 / 1024)} MB. ${START_AGAIN}`);
    }
    if (upload.receivedBytes + bytes.length > upload.totalBytes) {
      this.refuse(`Er kwam meer binnen dan de aangekondigde ${String(upload.totalBytes)} bytes. ${START_AGAIN}`);
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
        `Het bestand is niet volledig ontvangen (${String(upload.receivedBytes)} van ${String(upload.totalBytes)} bytes). ${START_AGAIN}`,
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
      throw new UserError('NOT_FOUND', `Deze import is niet (meer) bezig: hij is afgebroken, al verwerkt of de werkbank is tussendoor vergrendeld. ${START_AGAIN}`);
    }
    return this.current;
  }

  private refuse(message: string): never {
    this.current = null;
    throw new UserError('BAD_INPUT', message);
  }
}
