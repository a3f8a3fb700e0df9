/**
 * Sends a file to the werkbank in chunks (shared/ipc/chunks.ts): the dataset import here, a backup
 * to restore in backupTransfer.ts. Progress is reported by bytes the server has accepted; what the
 * server then does with the whole file (the dataset's commit) is reported as its own phase.
 */
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { api } from '../../api';

export type UploadProgress = { phase: 'sending'; sentBytes: number; totalBytes: number } | { phase: 'checking' };

/** A Blob slice as base64, read natively (no per-byte loop over a megabyte in JavaScript). */
export function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** The three upload channels of one kind of file (dataset:import…, backup:upload…). */
export interface ChunkChannels {
  begin(totalBytes: number): Promise<Result<ChannelOutput<'dataset:importBegin'>>>;
  chunk(input: { uploadId: string; index: number; data: string }): Promise<Result<ChannelOutput<'dataset:importChunk'>>>;
  abort(uploadId: string): Promise<unknown>;
}

/** Sends `file` in the server's chunk size, in order; the upload id once every byte is accepted. */
export async function sendInChunks(file: Blob, channels: ChunkChannels, onProgress: (p: UploadProgress) => void): Promise<Result<{ uploadId: string }>> {
  const begun = await channels.begin(file.size);
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  onProgress({ phase: 'sending', sentBytes: 0, totalBytes: file.size });
  for (let start = 0, index = 0; start < file.size; start += chunkBytes, index += 1) {
    let data: string;
    try {
      data = await base64Of(file.slice(start, start + chunkBytes));
    } catch {
      await channels.abort(uploadId);
      return { ok: false, error: { code: 'BAD_INPUT', message: 'Het bestand kon niet worden gelezen. Kies het opnieuw; er is niets gewijzigd.' } };
    }
    const sent = await channels.chunk({ uploadId, index, data });
    // A refused chunk has already dropped the upload on the server: nothing to abort.
    if (!sent.ok) return sent;
    onProgress({ phase: 'sending', sentBytes: sent.value.receivedBytes, totalBytes: file.size });
  }
  return { ok: true, value: { uploadId } };
}

export async function uploadDataset(
  file: Blob,
  onProgress: (p: UploadProgress) => void,
): Promise<Result<ChannelOutput<'dataset:importCommit'>>> {
  const sent = await sendInChunks(
    file,
    {
      begin: (totalBytes) => api.datasetImportBegin({ totalBytes }),
      chunk: (input) => api.datasetImportChunk(input),
      abort: (uploadId) => api.datasetImportAbort({ uploadId }),
    },
    onProgress,
  );
  if (!sent.ok) return sent;
  onProgress({ phase: 'checking' });
  return api.datasetImportCommit({ uploadId: sent.value.uploadId });
}
