/**
 * Saving a file the app made (a dataset now; the XLSX and PDF exports next): a save dialog in
 * Electron, a download in the browser host. One adapter so every export button is the same call.
 */
import { fail, type Result } from '../../../shared/ipc/result';
import type { SaveFileRequest } from '../../../shared/ipc/saveFile';

/** What the Electron preload exposes next to window.werkbank (electron/preload/index.ts). */
interface WerkbankFiles {
  saveFile(input: SaveFileRequest): Promise<Result<{ saved: boolean }>>;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    werkbankFiles?: WerkbankFiles;
  }
}

/**
 * Offers `content` to be saved as `suggestedName`. 'saved' once written (Electron) or handed to
 * the browser's download; 'cancelled' when the person closed the save dialog.
 */
export async function saveFile(suggestedName: string, mimeType: string, content: SaveFileRequest['content']): Promise<Result<'saved' | 'cancelled'>> {
  const files = window.werkbankFiles;
  if (files) {
    const r = await files.saveFile({ suggestedName, mimeType, content });
    return r.ok ? { ok: true, value: r.value.saved ? 'saved' : 'cancelled' } : r;
  }
  try {
    const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // The download has taken the blob once click() returns; revoke on the next turn to be safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return { ok: true, value: 'saved' };
  } catch {
    return fail('INTERNAL', 'Het bestand kon niet worden opgeslagen. Probeer het opnieuw.');
  }
}
