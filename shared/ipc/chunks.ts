/**
 * A file through IPC in numbered chunks: the dataset import (channels/dataset.ts) and a backup in
 * and out (channels/backup.ts). IPC is request/response and the browser host caps a body at 64 MB,
 * so a file is never sent in one call: it travels as chunks of at most CHUNK_BYTES, base64, and the
 * progress bar follows the bytes. These are the pieces of schema those channels share.
 */
import { z } from 'zod';

/** One chunk's raw bytes (before base64): 1 MiB, about 1.4 MB on the wire, far below the body cap. */
export const CHUNK_BYTES = 1024 * 1024;
const MAX_CHUNK_BASE64 = Math.ceil(CHUNK_BYTES / 3) * 4;

/** The id of one upload or download, handed out by the server. */
export const TransferId = z.string().min(1).max(64);

/** The number of the chunk (0, 1, 2 … in order); no file of `maxBytes` has more. */
export const chunkIndex = (maxBytes: number) => z.number().int().nonnegative().max(maxBytes);

export const chunkData = z.base64().max(MAX_CHUNK_BASE64, 'Een deel van het bestand is groter dan toegestaan.');

/** What a chunk upload channel takes: a chunk out of order refuses the whole upload. */
export const uploadChunkInput = (maxBytes: number) => z.strictObject({ uploadId: TransferId, index: chunkIndex(maxBytes), data: chunkData });

/** What an upload begins with: the file's size, refused when empty or above `maxBytes`. */
export const uploadBeginInput = (maxBytes: number, empty: string, tooLarge: string) =>
  z.strictObject({ totalBytes: z.number().int().positive(empty).max(maxBytes, tooLarge) });

export const UploadBegun = z.object({ uploadId: TransferId, chunkBytes: z.number().int().positive() });
export const ChunkReceived = z.object({ receivedBytes: z.number().int().nonnegative() });
