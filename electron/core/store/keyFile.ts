import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { KdfParams } from './kdf';
import type { WrappedKey } from './keyWrap';
import type { OsWrappedKeys } from './osKeyWrap';

/**
 * The key file beside the database (`werkbank.db.key.json`): the KDF parameters and salt, and —
 * from format v2 on — the random database key wrapped by the key derived from the passphrase.
 * Nothing in it is secret without the passphrase. Without it the store cannot be opened, so it is
 * written atomically (temporary file, then rename) and validated when read.
 *
 * v1 (stores made before issue #11) held only the KDF: the database key WAS the derived key. Such a
 * store is upgraded on its first unlock, keeping that key as its database key (no rewrite).
 *
 * v3 (issue #11 item 3) adds the audit secret (auditKeys.ts), wrapped by the same passphrase key.
 * Each wrap's additional data names the format and what it wraps, so a v3 file cannot be turned
 * back into a v2 one by deleting its audit wrap (the database key's wrap would no longer open), nor
 * can the two wraps be swapped. v1 and v2 files become v3 at the first unlock.
 *
 * A v3 file may also hold `osWrapped` (issue #11 item 1, osKeyWrap.ts): both keys encrypted by the
 * OS keychain for "unlock with this computer account", always beside the passphrase wraps, never
 * instead of them. It is optional, so a v3 file without it reads as before.
 */
const Kdf = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    saltHex: z.string().regex(/^[0-9a-f]{32}$/),
  })
  .strict();

const Wrapped = z
  .object({
    algorithm: z.literal('aes-256-gcm'),
    nonceHex: z.string().regex(/^[0-9a-f]{24}$/),
    ciphertextHex: z.string().regex(/^[0-9a-f]{64}$/),
    tagHex: z.string().regex(/^[0-9a-f]{32}$/),
  })
  .strict();

/**
 * The OS keychain's wrap (Electron safeStorage): one blob holding both keys (osKeyWrap.ts says why
 * one); which keychain made it is kept so a changed one is named rather than tried.
 */
const OsWrapped = z
  .object({
    algorithm: z.literal('electron-safestorage'),
    backend: z.enum(['dpapi', 'keychain', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']),
    // safeStorage's output for the ~170-character secret text: well under a kilobyte on every platform.
    ciphertextBase64: z.string().min(1).max(4096).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    enabledAt: z.string().datetime(),
  })
  .strict();

const V1 = z.object({ format: z.literal('casuistiek-werkbank/key-v1'), kdf: Kdf }).strict();
const V2 = z
  .object({
    format: z.literal('casuistiek-werkbank/key-v2'),
    kdf: Kdf,
    wrapped: Wrapped,
    /** When the passphrase was last changed (ISO): audited at the next unlock, since the change itself never writes the database. */
    passphraseChangedAt: z.string().datetime().optional(),
  })
  .strict();
const V3 = V2.extend({ format: z.literal('casuistiek-werkbank/key-v3'), auditWrapped: Wrapped, osWrapped: OsWrapped.optional() }).strict();

export type KeyFile =
  | { version: 1; kdf: KdfParams }
  | { version: 2; kdf: KdfParams; wrapped: WrappedKey; passphraseChangedAt?: string }
  | { version: 3; kdf: KdfParams; wrapped: WrappedKey; auditWrapped: WrappedKey; passphraseChangedAt?: string; osWrapped?: OsWrappedKeys };

export function keyFilePath(dbFile: string): string {
  return `${dbFile}.key.json`;
}

/** The key file a key rotation writes before it re-encrypts; it replaces the current one once that succeeded. */
export function nextKeyFilePath(dbFile: string): string {
  return `${dbFile}.key.next.json`;
}

export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null;
  const parsed = parseKeyFile(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed === null) throw new Error(`key file ${path} is invalid`);
  return parsed;
}

/** A key file's JSON (from disk, or carried inside a backup file); null when it is no known version. */
export function parseKeyFile(raw: unknown): KeyFile | null {
  const v3 = V3.safeParse(raw);
  if (v3.success) {
    const { format: _f, ...rest } = v3.data;
    return { version: 3, ...rest };
  }
  const v2 = V2.safeParse(raw);
  if (v2.success) {
    const { format: _f, ...rest } = v2.data;
    return { version: 2, ...rest };
  }
  const v1 = V1.safeParse(raw);
  return v1.success ? { version: 1, kdf: v1.data.kdf } : null;
}

export function writeKeyFile(
  path: string,
  file: { kdf: KdfParams; wrapped: WrappedKey; auditWrapped: WrappedKey; passphraseChangedAt?: string; osWrapped?: OsWrappedKeys },
): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: 'casuistiek-werkbank/key-v3', ...file }, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}

export function removeKeyFile(path: string): void {
  rmSync(path, { force: true });
}

/** Moves a finished rotation's key file into place (rename is atomic on one file system). */
export function promoteKeyFile(from: string, to: string): void {
  renameSync(from, to);
}
