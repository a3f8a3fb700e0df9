/**
 * The save dialog behind renderer/src/platform/saveFile.ts in Electron: the payload checked with
 * zod (shared/ipc/saveFile.ts), then the dialog and the write. ./ipc.ts registers it behind the
 * sender check of every IPC call (checklist #17). Electron itself is passed in (SaveFileDeps), so
 * everything here runs under Node in the unit tests.
 */
import { extname } from 'node:path';
import { SaveFileRequest, extensionOf } from '../../shared/ipc/saveFile';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { firstIssueMessage } from '../../shared/ipc/zodMessage';

export interface SaveFileDeps {
  /** dialog.showSaveDialog on the app's window: the path the person chose, or null when cancelled. */
  choosePath(suggestedName: string, extension: string): Promise<string | null>;
  /** Writes `content` at `path` (via a temporary name). */
  write(path: string, content: string | Uint8Array): Promise<void>;
}

/**
 * The path to write: the one the person chose, with the suggested extension added when they typed
 * a name without it (Windows and Linux dialogs do not always add it), so the file opens in the
 * right program and re-imports as a dataset.
 */
export function targetPath(chosen: string, suggestedName: string): string {
  const wanted = extensionOf(suggestedName);
  if (wanted === null) throw new Error('suggestedName was validated to carry an extension');
  return extname(chosen).toLowerCase() === `.${wanted}` ? chosen : `${chosen}.${wanted}`;
}

export async function handleSaveFile(payload: unknown, deps: SaveFileDeps): Promise<Result<{ saved: boolean }>> {
  const parsed = SaveFileRequest.safeParse(payload);
  if (!parsed.success) return fail('BAD_INPUT', firstIssueMessage(parsed.error));
  const { suggestedName, content } = parsed.data;
  const chosen = await deps.choosePath(suggestedName, extensionOf(suggestedName) ?? 'json');
  if (chosen === null) return ok({ saved: false });
  try {
    await deps.write(targetPath(chosen, suggestedName), content);
  } catch {
    return fail('INTERNAL', 'Het bestand kon niet worden opgeslagen op de gekozen plek. Kies een andere map of controleer of u daar mag schrijven.');
  }
  return ok({ saved: true });
}
