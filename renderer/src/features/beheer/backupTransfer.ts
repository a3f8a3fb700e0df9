/**
 * A backup file out of and into the werkbank (shared/ipc/channels/backup.ts), chunk by chunk with
 * its progress: made and downloaded for Reservekopie maken; uploaded and checked for Reservekopie
 * terugzetten. Nothing here replaces the store: that is backup:restore, after the person confirmed.
 */
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { api } from '../../api';
import { sendInChunks, type UploadProgress } from './uploadDataset';

/** `making`/`checking`: the server works on the whole file; `receiving`/`sending`: bytes so far. */
export type BackupProgress = { phase: 'making' } | { phase: 'receiving'; done: number; total: number } | UploadProgress;

function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export async function downloadBackup(passphrase: string, onProgress: (p: BackupProgress) => void): Promise<Result<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }>> {
  onProgress({ phase: 'making' });
  const made = await api.backupCreate({ passphrase });
  if (!made.ok) return made;
  const { downloadId, fileName, totalBytes } = made.value;
  const bytes = new Uint8Array(totalBytes);
  onProgress({ phase: 'receiving', done: 0, total: totalBytes });
  for (let index = 0, offset = 0; offset < totalBytes; index += 1) {
    const part = await api.backupDownload({ downloadId, index });
    if (!part.ok) return part;
    const chunk = bytesOfBase64(part.value.data);
    bytes.set(chunk, offset);
    offset += chunk.length;
    onProgress({ phase: 'receiving', done: offset, total: totalBytes });
  }
  return { ok: true, value: { fileName, bytes } };
}

/** Sends the file and has it checked in full with the backup's passphrase; what it holds, and the upload's id for the restore. */
export async function uploadAndCheckBackup(
  file: Blob,
  passphrase: string,
  onProgress: (p: BackupProgress) => void,
): Promise<Result<{ uploadId: string; contents: ChannelOutput<'backup:inspect'> }>> {
  const sent = await sendInChunks(
    file,
    {
      begin: (totalBytes) => api.backupUploadBegin({ totalBytes }),
      chunk: (input) => api.backupUploadChunk(input),
      abort: (uploadId) => api.backupAbort({ uploadId }),
    },
    onProgress,
  );
  if (!sent.ok) return sent;
  onProgress({ phase: 'checking' });
  const checked = await api.backupInspect({ uploadId: sent.value.uploadId, passphrase });
  return checked.ok ? { ok: true, value: { uploadId: sent.value.uploadId, contents: checked.value } } : checked;
}
