/**
 * §4 the dataset file through the app: the import in chunks (support/chunkedUpload.ts) ending in
 * the CLI's own importDataset — the same zod schemas, the same one transaction with its audit entry
 * — and the export as the CLI's buildExport writes it, so a file from the screen and from
 * `werkbank export --what dataset` are the same bytes.
 */
import { localIsoDate } from '../../../shared/format/date';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { parseStrictJson } from '../../../shared/interchange/strictJson';
import { importDataset } from '../data/importDataset';
import { buildExport } from '../export/buildExport';
import type { HandlerContext } from './support/context';
import { ChunkedUploads } from './support/chunkedUpload';
import { clock } from './support/mutation';

export function datasetHandlers(ctx: HandlerContext) {
  const uploads = new ChunkedUploads({
    notRunning: 'Deze import is niet (meer) bezig: hij is afgebroken, al verwerkt of de werkbank is tussendoor vergrendeld.',
    startAgain: 'Kies het bestand opnieuw om het te importeren; er is niets gewijzigd.',
  });
  // Subscribed at the first upload, not here: building the handlers never touches the session.
  let watchingLock = false;
  return {
    // Every handler asks for the database first: a locked werkbank accepts no part of a file.
    'dataset:importBegin': async ({ totalBytes }) => {
      ctx.session.database();
      if (!watchingLock) ctx.session.onLock(() => uploads.discard());
      watchingLock = true;
      return uploads.begin(totalBytes);
    },
    'dataset:importChunk': async ({ uploadId, index, data }) => {
      ctx.session.database();
      return uploads.append(uploadId, index, data);
    },
    'dataset:importCommit': async ({ uploadId }) => {
      const db = ctx.session.database();
      const raw = parseJson(uploads.take(uploadId));
      return { counts: importDataset(db, raw, { actor: ctx.actor, now: clock(ctx) }) };
    },
    'dataset:importAbort': async ({ uploadId }) => {
      ctx.session.database();
      return { discarded: uploads.discard(uploadId) };
    },
    'dataset:export': async ({ pseudonymised }) => {
      const now = clock(ctx);
      const content = buildExport(ctx.session.database(), {
        what: 'dataset',
        format: 'json',
        year: now.getFullYear(),
        pseudonymised,
        now,
        actor: ctx.actor,
      });
      return { fileName: `werkbank-dataset-${localIsoDate(now)}${pseudonymised ? '-gepseudonimiseerd' : ''}.json`, content };
    },
  } satisfies Pick<Handlers, 'dataset:importBegin' | 'dataset:importChunk' | 'dataset:importCommit' | 'dataset:importAbort' | 'dataset:export'>;
}

/** UTF-8 and JSON, refused in the CLI's words (the file's name stays on the person's machine). */
function parseJson(bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('BAD_INPUT', 'Het bestand is geen UTF-8-tekst en dus geen datasetbestand; er is niets geïmporteerd.');
  }
  const parsed = parseStrictJson(text);
  if (!parsed.ok) throw new UserError('BAD_INPUT', `Het bestand is geen geldige JSON (${parsed.reason}); er is niets geïmporteerd.`);
  return parsed.value;
}
