/**
 * Beheer → Reservekopie (issue #11 item 4; shared/ipc/channels/backup.ts): the backup file of
 * `werkbank backup` / `werkbank restore`, made and checked by the session (store/backup.ts,
 * store/restore.ts), carried in chunks. What is in flight lives here, in memory: the one backup
 * being downloaded and the one upload being received; both are dropped on lock, like the checked
 * backup the session holds. Each handler asks for the database first: a locked werkbank hands out
 * and takes in nothing.
 */
import { randomUUID } from 'node:crypto';
import { localIsoDate } from '../../../shared/format/date';
import { CHUNK_BYTES } from '../../../shared/ipc/chunks';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import type { HandlerContext } from './support/context';
import { ChunkedUploads } from './support/chunkedUpload';
import { clock } from './support/mutation';

const START_AGAIN = 'Kies het bestand opnieuw; er is niets gewijzigd.';

/** `werkbank-reservekopie-2026-11-23-1005.cwbbackup`: sorts by when it was made, in local time. */
function fileName(now: Date): string {
  const time = `${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}`;
  return `werkbank-reservekopie-${localIsoDate(now)}-${time}.cwbbackup`;
}

export function backupHandlers(ctx: HandlerContext) {
  const uploads = new ChunkedUploads({ notRunning: 'Dit terugzetten is niet (meer) bezig: het is afgebroken, al verwerkt of de werkbank is tussendoor vergrendeld.', startAgain: START_AGAIN });
  let download: { id: string; bytes: Buffer } | null = null;
  // Subscribed at first use, not here: building the handlers never touches the session.
  let watchingLock = false;
  const watchLock = () => {
    if (!watchingLock) {
      ctx.session.onLock(() => {
        uploads.discard();
        download = null;
      });
    }
    watchingLock = true;
  };

  return {
    'backup:create': async ({ passphrase }) => {
      ctx.session.database();
      watchLock();
      const now = clock(ctx);
      const made = await ctx.session.backup(passphrase, ctx.actor, now);
      download = { id: randomUUID(), bytes: made.bytes };
      return { downloadId: download.id, fileName: fileName(now), totalBytes: made.bytes.length, chunkBytes: CHUNK_BYTES };
    },
    'backup:download': async ({ downloadId, index }) => {
      ctx.session.database();
      if (download === null || download.id !== downloadId) {
        throw new UserError('NOT_FOUND', 'Deze reservekopie is niet meer beschikbaar om op te slaan (al opgeslagen, of de werkbank is tussendoor vergrendeld). Maak de reservekopie opnieuw.');
      }
      const start = index * CHUNK_BYTES;
      if (start >= download.bytes.length) throw new UserError('BAD_INPUT', `De reservekopie heeft geen deel ${String(index + 1)}.`);
      const data = download.bytes.subarray(start, start + CHUNK_BYTES).toString('base64');
      // Handed out whole: nothing of it stays in memory longer than needed.
      if (start + CHUNK_BYTES >= download.bytes.length) download = null;
      return { data };
    },
    'backup:uploadBegin': async ({ totalBytes }) => {
      ctx.session.database();
      watchLock();
      ctx.session.discardRestore();
      return uploads.begin(totalBytes);
    },
    'backup:uploadChunk': async ({ uploadId, index, data }) => {
      ctx.session.database();
      return uploads.append(uploadId, index, data);
    },
    'backup:inspect': async ({ uploadId, passphrase }) => {
      ctx.session.database();
      return ctx.session.checkBackup(uploadId, uploads.take(uploadId), passphrase);
    },
    'backup:restore': async ({ uploadId }) => ctx.session.restore(uploadId, ctx.actor, clock(ctx)),
    'backup:abort': async ({ uploadId }) => {
      ctx.session.database();
      const dropped = [uploads.discard(uploadId), ctx.session.discardRestore(uploadId)];
      return { discarded: dropped.includes(true) };
    },
  } satisfies Pick<Handlers, 'backup:create' | 'backup:download' | 'backup:uploadBegin' | 'backup:uploadChunk' | 'backup:inspect' | 'backup:restore' | 'backup:abort'>;
}
