/**
 * Beheer → Reservekopie (issue #11 item 4): the same backup file as `werkbank backup` and `werkbank
 * restore` (electron/core/store/backup.ts, restore.ts), in and out of the app in chunks
 * (../chunks.ts) so the progress bar follows the bytes.
 *
 * Making one: `create` copies and seals the open store (audited in it) and keeps the file in the
 * host's memory; `download` hands it out chunk by chunk and drops it after the last one.
 * Restoring one: `uploadBegin` / `uploadChunk` bring the file in; `inspect` checks all of it with the
 * backup's passphrase in a folder beside the store (nothing replaced yet) and says what it holds;
 * `restore`, once the person confirmed, locks the store, keeps it aside as
 * `werkbank.db.before-restore-<time>` and puts the backup in its place — then the unlock screen
 * asks the backup's passphrase. `abort` drops an upload or a checked backup. Everything in flight
 * is dropped on lock. The passphrases are input only: never echoed, never audited.
 */
import { z } from 'zod';
import { ChunkReceived, chunkIndex, chunkData, TransferId, UploadBegun, uploadBeginInput, uploadChunkInput } from '../chunks';
import { defineChannel } from '../defineChannel';
import { SessionStatus } from './session';

/** The largest backup the app takes in or hands out: it is held in memory on both sides. */
const BACKUP_MAX_BYTES = 256 * 1024 * 1024;

const passphrase = (message: string) => z.string().min(1, message).max(1024);

const BackupContents = z.object({
  /** When the backup was made (ISO date-time). */
  madeAt: z.string(),
  cases: z.number().int().nonnegative(),
  signalen: z.number().int().nonnegative(),
  auditEntries: z.number().int().nonnegative(),
});

export const backupChannels = {
  'backup:create': defineChannel(
    z.strictObject({ passphrase: passphrase('Wachtwoordzin: vul uw wachtwoordzin in; de reservekopie gaat daarmee weer open.') }),
    z.object({ downloadId: TransferId, fileName: z.string(), totalBytes: z.number().int().positive(), chunkBytes: z.number().int().positive() }),
  ),
  'backup:download': defineChannel(z.strictObject({ downloadId: TransferId, index: chunkIndex(BACKUP_MAX_BYTES) }), z.object({ data: chunkData })),
  'backup:uploadBegin': defineChannel(
    uploadBeginInput(
      BACKUP_MAX_BYTES,
      'Het bestand is leeg en dus geen reservekopie; kies het .cwbbackup-bestand.',
      `Het bestand is groter dan ${String(BACKUP_MAX_BYTES / 1024 / 1024)} MB; zet zo'n grote reservekopie terug met 'werkbank restore'.`,
    ),
    UploadBegun,
  ),
  'backup:uploadChunk': defineChannel(uploadChunkInput(BACKUP_MAX_BYTES), ChunkReceived),
  'backup:inspect': defineChannel(
    z.strictObject({ uploadId: TransferId, passphrase: passphrase('Wachtwoordzin van de reservekopie: vul de wachtwoordzin in die de werkbank had toen de kopie werd gemaakt.') }),
    BackupContents,
  ),
  'backup:restore': defineChannel(
    z.strictObject({
      uploadId: TransferId,
      /** The person confirmed that the open store is replaced. */
      confirmed: z.literal(true, { error: 'Bevestig eerst dat de huidige werkbank wordt vervangen.' }),
    }),
    z.object({ keptAs: z.string(), status: SessionStatus }),
  ),
  'backup:abort': defineChannel(z.strictObject({ uploadId: TransferId }), z.object({ discarded: z.boolean() })),
} as const;
