import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

/**
 * Memory-hard key derivation (PRODUCT.md §5). scrypt N=2^17 costs ~0.3 s and 128 MiB here, which
 * makes guessing passphrases from a stolen file expensive while unlocking stays under a second.
 * Tests may lower N through the key file; the parameters travel with the store.
 */
export interface KdfParams {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  saltHex: string;
}

export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

export function newKdfParams(cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT): KdfParams {
  return { algorithm: 'scrypt', ...cost, saltHex: randomBytes(16).toString('hex') };
}

export function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(params.saltHex, 'hex'), 32, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
