import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { KdfParams } from './kdf';

/**
 * The KDF parameters and salt live beside the database (they are not secret). Without them the
 * passphrase cannot be turned into the key, so the file is written atomically and validated.
 */
const KeyFileSchema = z
  .object({
    format: z.literal('casuistiek-werkbank/key-v1'),
    kdf: z
      .object({
        algorithm: z.literal('scrypt'),
        N: z.number().int().min(2 ** 10),
        r: z.number().int().min(1),
        p: z.number().int().min(1),
        saltHex: z.string().regex(/^[0-9a-f]{32}$/),
      })
      .strict(),
  })
  .strict();

function keyFilePath(dbFile: string): string {
  return `${dbFile}.key.json`;
}

export function readKeyFile(dbFile: string): KdfParams | null {
  const path = keyFilePath(dbFile);
  if (!existsSync(path)) return null;
  const parsed = KeyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`key file ${path} is invalid: ${parsed.error.message}`);
  return parsed.data.kdf;
}

export function writeKeyFile(dbFile: string, kdf: KdfParams): void {
  const path = keyFilePath(dbFile);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: 'casuistiek-werkbank/key-v1', kdf }, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}
