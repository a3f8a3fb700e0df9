/**
 * §4 the dataset file in and out of the app. IPC is request/response and the browser host caps a
 * body at 64 MB, so a file is not sent in one call: the screen opens an upload (importBegin with
 * the file's size), sends it in numbered chunks of at most DATASET_CHUNK_BYTES (importChunk; the
 * progress bar follows the bytes sent), then asks the server to check and write it (importCommit:
 * the same importDataset as `werkbank import`, one transaction). The upload lives in the host's
 * memory for this unlocked session only and is dropped on commit, abort, any refusal and lock.
 */
import { z } from 'zod';
import { defineChannel } from '../defineChannel';

/** One chunk's raw bytes (before base64): 1 MiB, about 1.4 MB on the wire, far below the body cap. */
export const DATASET_CHUNK_BYTES = 1024 * 1024;
/** The largest file accepted: it is held in memory until the commit. */
const DATASET_MAX_BYTES = 128 * 1024 * 1024;
const MAX_CHUNK_BASE64 = Math.ceil(DATASET_CHUNK_BYTES / 3) * 4;

const UploadId = z.string().min(1).max(64);

/** What was imported, per kind (electron/core/data/importDataset.ts counts it). */
const ImportCounts = z.object({
  cases: z.number().int().nonnegative(),
  signalen: z.number().int().nonnegative(),
  costLines: z.number().int().nonnegative(),
  interventions: z.number().int().nonnegative(),
  arrangements: z.number().int().nonnegative(),
  escalations: z.number().int().nonnegative(),
  priceListVersions: z.number().int().nonnegative(),
  priceListItems: z.number().int().nonnegative(),
  tafels: z.number().int().nonnegative(),
  meetings: z.number().int().nonnegative(),
  agendaItems: z.number().int().nonnegative(),
  actions: z.number().int().nonnegative(),
  socialeKaart: z.number().int().nonnegative(),
  knelpunten: z.number().int().nonnegative(),
});
export type ImportCountsView = z.infer<typeof ImportCounts>;

export const datasetChannels = {
  'dataset:importBegin': defineChannel(
    z.strictObject({
      totalBytes: z
        .number()
        .int()
        .positive('Het bestand is leeg; kies een datasetbestand.')
        .max(DATASET_MAX_BYTES, `Het bestand is groter dan ${DATASET_MAX_BYTES / 1024 / 1024} MB; splits het of neem contact op met de beheerder.`),
    }),
    z.object({ uploadId: UploadId, chunkBytes: z.number().int().positive() }),
  ),
  'dataset:importChunk': defineChannel(
    z.strictObject({
      uploadId: UploadId,
      /** 0, 1, 2 … in order: a chunk out of order refuses the whole upload. */
      index: z.number().int().nonnegative().max(DATASET_MAX_BYTES),
      data: z.base64().max(MAX_CHUNK_BASE64, 'Een deel van het bestand is groter dan toegestaan.'),
    }),
    z.object({ receivedBytes: z.number().int().nonnegative() }),
  ),
  'dataset:importCommit': defineChannel(z.strictObject({ uploadId: UploadId }), z.object({ counts: ImportCounts })),
  'dataset:importAbort': defineChannel(z.strictObject({ uploadId: UploadId }), z.object({ discarded: z.boolean() })),
  /** The whole dataset as `werkbank export --what dataset [--pseudonymised]` writes it, byte for byte. */
  'dataset:export': defineChannel(
    z.strictObject({ pseudonymised: z.boolean() }),
    z.object({ fileName: z.string(), content: z.string() }),
  ),
} as const;
