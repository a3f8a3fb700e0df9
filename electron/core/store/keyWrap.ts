import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The database key wrapped (encrypted) by a key-encryption key derived from the passphrase
 * (PRODUCT.md §5, issue #11 item 1). AES-256-GCM authenticates what it wraps: a wrong passphrase
 * gives a different KEK, the tag does not match and unwrapping fails — nothing is ever tried
 * against the database with a wrong key. `aad` binds the wrap to its key file's KDF parameters, so
 * swapping the parameters of one key file into another is refused too.
 */
export interface WrappedKey {
  algorithm: 'aes-256-gcm';
  nonceHex: string;
  ciphertextHex: string;
  tagHex: string;
}

export function wrapKey(dbKey: Buffer, kek: Buffer, aad: string): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dbKey), cipher.final()]);
  return { algorithm: 'aes-256-gcm', nonceHex: nonce.toString('hex'), ciphertextHex: ciphertext.toString('hex'), tagHex: cipher.getAuthTag().toString('hex') };
}

/** The database key, or null when the KEK (so the passphrase) is wrong or anything was changed. */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonceHex, 'hex'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tagHex, 'hex'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertextHex, 'hex')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}
