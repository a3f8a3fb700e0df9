/**
 * The one Electron call outside the contract: saving a file the app made through the main
 * process's save dialog (the browser host downloads instead, renderer/src/platform/saveFile.ts).
 * It is not a contract channel because only Electron's main can show a dialog; the browser host
 * has no such handler. Checked with zod in electron/main/saveFile.ts like every IPC payload.
 */
import { z } from 'zod';

export const SAVE_FILE_CHANNEL = 'file:save';

/** What may be saved, by extension, with the one MIME type each. */
const TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  // The encrypted escalation dossier (electron/core/exchange/dossierFile.ts): bytes no program but the werkbank opens.
  dossier: 'application/octet-stream',
  // A backup of the whole store (electron/core/store/backupFile.ts): encrypted, opened only by `werkbank restore` or Beheer.
  cwbbackup: 'application/octet-stream',
} as const;

/** The largest file the dialog writes (a dataset export is far smaller; a backup the app makes is at most this). */
const MAX_CONTENT = 256 * 1024 * 1024;

/**
 * A bare file name: no folder (the person picks that in the dialog), no character a file system
 * refuses or that could climb out of the folder, ending in one of the extensions above.
 */
export const SuggestedFileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+$/, 'Een bestandsnaam zonder map en zonder \\ / : * ? " < > |.')
  .refine((n) => ![...n].some((c) => c.charCodeAt(0) < 0x20), 'Een bestandsnaam zonder stuurtekens.')
  .refine((n) => !n.startsWith('.') && !n.includes('..'), 'Een bestandsnaam mag niet met een punt beginnen of .. bevatten.')
  .refine((n) => extensionOf(n) !== null, 'Alleen .json, .csv, .xlsx, .pdf, .dossier of .cwbbackup.');

export const SaveFileRequest = z
  .strictObject({
    suggestedName: SuggestedFileName,
    mimeType: z.enum(Object.values(TYPES) as [string, ...string[]]),
    content: z.union([z.string().max(MAX_CONTENT), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_CONTENT)]),
  })
  .refine((r) => TYPES[extensionOf(r.suggestedName) ?? 'json'] === r.mimeType, { path: ['mimeType'], message: 'Het bestandstype past niet bij de extensie.' });
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export function extensionOf(name: string): keyof typeof TYPES | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && Object.prototype.hasOwnProperty.call(TYPES, ext) ? (ext as keyof typeof TYPES) : null;
}

/** The one MIME type of an export format (the exports:file channel answers with it). */
export const mimeTypeOf = (format: keyof typeof TYPES): string => TYPES[format];
