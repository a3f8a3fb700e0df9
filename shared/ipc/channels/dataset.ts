/**
 * §4 the dataset file in and out of the app. IPC is request/response and the browser host caps a
 * body at 64 MB, so a file is not sent in one call: the screen opens an upload (importBegin with
 * the file's size), sends it in numbered chunks of at most CHUNK_BYTES (../chunks.ts; importChunk; the
 * progress bar follows the bytes sent), then asks the server to check and write it (importCommit:
 * the same importDataset as `werkbank import`, one transaction). The upload lives in the host's
 * memory for this unlocked session only and is dropped on commit, abort, any refusal and lock.
 */
import { z } from 'zod';
import { ChunkReceived, CHUNK_BYTES, TransferId, UploadBegun, uploadBeginInput, uploadChunkInput } from '../chunks';
import { defineChannel } from '../defineChannel';

export const DATASET_CHUNK_BYTES = CHUNK_BYTES;
/** The largest file accepted: it is held in memory until the commit. */
const DATASET_MAX_BYTES = 128 * 1024 * 1024;

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
    uploadBeginInput(
      DATASET_MAX_BYTES,
      'Het bestand is leeg; kies een datasetbestand.',
      `Het bestand is groter dan ${DATASET_MAX_BYTES / 1024 / 1024} MB; splits het of neem contact op met de beheerder.`,
    ),
    UploadBegun,
  ),
  'dataset:importChunk': defineChannel(uploadChunkInput(DATASET_MAX_BYTES), ChunkReceived),
  'dataset:importCommit': defineChannel(z.strictObject({ uploadId: TransferId }), z.object({ counts: ImportCounts })),
  'dataset:importAbort': defineChannel(z.strictObject({ uploadId: TransferId }), z.object({ discarded: z.boolean() })),
  /** The whole dataset as `werkbank export --what dataset [--pseudonymised]` writes it, byte for byte. */
  'dataset:export': defineChannel(
    z.strictObject({ pseudonymised: z.boolean() }),
    z.object({ fileName: z.string(), content: z.string() }),
  ),
} as const;
