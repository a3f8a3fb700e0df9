/**
 * Sends a dataset file to the werkbank in chunks (shared/ipc/channels/dataset.ts) and commits it.
 * Progress is reported by bytes the server has accepted; after the last chunk the commit runs
 * (the server checks and writes the whole file in one transaction), reported as its own phase.
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

export async function uploadDataset(
  file: Blob,
  onProgress: (p: UploadProgress) => void,
): Promise<Result<ChannelOutput<'dataset:importCommit'>>> {
  const begun = await api.datasetImportBegin({ totalBytes: file.size });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  onProgress({ phase: 'sending', sentBytes: 0, totalBytes: file.size });
  for (let start = 0, index = 0; start < file.size; start += chunkBytes, index += 1) {
    let data: string;
    try {
      data = await base64Of(file.slice(start, start + chunkBytes));
    } catch {
      await api.datasetImportAbort({ uploadId });
      return { ok: false, error: { code: 'BAD_INPUT', message: 'Het bestand kon niet worden gelezen. Kies het opnieuw; er is niets gewijzigd.' } };
    }
    const sent = await api.datasetImportChunk({ uploadId, index, data });
    // A refused chunk has already dropped the upload on the server: nothing to abort.
    if (!sent.ok) return sent;
    onProgress({ phase: 'sending', sentBytes: sent.value.receivedBytes, totalBytes: file.size });
  }
  onProgress({ phase: 'checking' });
  return api.datasetImportCommit({ uploadId });
}
