import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { osSecretText, type OsWrappedKeys } from '../../../electron/core/store/osKeyWrap';
import { createOsKeyProtector } from '../../../electron/main/osKeychain';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** Electron's safeStorage as far as the protector uses it; records every call, "encrypts" by reversing and tagging. */
function fakeSafeStorage(options: { backend?: Backend; available?: boolean; decrypted?: string; shouldReEncrypt?: boolean } = {}) {
  const calls: string[] = [];
  const safeStorage = {
    getSelectedStorageBackend: () => {
      calls.push('getSelectedStorageBackend');
      return options.backend ?? 'gnome_libsecret';
    },
    isAsyncEncryptionAvailable: () => {
      calls.push('isAsyncEncryptionAvailable');
      return Promise.resolve(options.available ?? true);
    },
    encryptStringAsync: (plain: string) => {
      calls.push('encryptStringAsync');
      return Promise.resolve(Buffer.concat([Buffer.from('v11'), Buffer.from(plain).reverse()]));
    },
    decryptStringAsync: (sealed: Buffer) => {
      calls.push('decryptStringAsync');
      const result = options.decrypted ?? Buffer.from(sealed.subarray(3)).reverse().toString();
      return Promise.resolve({ result, shouldReEncrypt: options.shouldReEncrypt ?? false });
    },
    // Present so a call would be seen: the protector must never turn plaintext "encryption" on.
    setUsePlainTextEncryption: () => calls.push('setUsePlainTextEncryption'),
  };
  return { safeStorage, calls };
}

const KEYS = { database: randomBytes(32), audit: randomBytes(32) };
const wrapOf = (backend: OsWrappedKeys['backend'], ciphertextBase64: string): OsWrappedKeys => ({
  algorithm: 'electron-safestorage',
  backend,
  ciphertextBase64,
  enabledAt: '2025-06-02T10:00:00.000Z',
});

describe('§5 OS keychain (issue #11 item 1): refused where safeStorage would not really encrypt', () => {
  it('Linux basic_text (no keyring; a hard-coded password) is unavailable, and wrapping and unwrapping are refused before safeStorage encrypts or decrypts', async () => {
    const { safeStorage, calls } = fakeSafeStorage({ backend: 'basic_text' });
    const protector = createOsKeyProtector(safeStorage, 'linux');
    expect(await protector.unavailable()).toBe('basicText');
    await expect(protector.wrap(KEYS)).rejects.toThrow('OS keychain refused: basicText');
    await expect(protector.unwrap(wrapOf('gnome_libsecret', 'AAAA'))).rejects.toThrow('OS keychain refused: basicText');
    expect(calls.filter((c) => c !== 'getSelectedStorageBackend')).toEqual([]);
  });

  it('Linux before the app is ready (backend unknown) is unavailable', async () => {
    const protector = createOsKeyProtector(fakeSafeStorage({ backend: 'unknown' }).safeStorage, 'linux');
    expect(await protector.unavailable()).toBe('noKeychain');
    await expect(protector.wrap(KEYS)).rejects.toThrow('OS keychain refused: noKeychain');
  });

  it.each(['linux', 'win32', 'darwin'] as const)('on %s, encryption not available means no keychain, and nothing is encrypted', async (platform) => {
    const { safeStorage, calls } = fakeSafeStorage({ available: false });
    const protector = createOsKeyProtector(safeStorage, platform);
    expect(await protector.unavailable()).toBe('noKeychain');
    await expect(protector.wrap(KEYS)).rejects.toThrow('OS keychain refused: noKeychain');
    expect(calls).not.toContain('encryptStringAsync');
  });

  it('a platform without a keychain Electron knows (freebsd) is unavailable', async () => {
    expect(await createOsKeyProtector(fakeSafeStorage().safeStorage, 'freebsd').unavailable()).toBe('noKeychain');
  });

  it('never switches safeStorage to plaintext encryption', async () => {
    for (const backend of ['basic_text', 'unknown', 'kwallet6'] as const) {
      const { safeStorage, calls } = fakeSafeStorage({ backend });
      const protector = createOsKeyProtector(safeStorage, 'linux');
      await protector.unavailable();
      await protector.wrap(KEYS).catch(() => undefined);
      expect(calls).not.toContain('setUsePlainTextEncryption');
    }
  });
});

describe('§5 OS keychain (issue #11 item 1): wraps and unwraps both store keys (database key and audit secret) in one blob', () => {
  it.each([
    ['win32', 'dpapi'],
    ['darwin', 'keychain'],
    ['linux', 'gnome_libsecret'],
  ] as const)('on %s: the wrap names its keychain (%s) and gives both keys back', async (platform, backend) => {
    const protector = createOsKeyProtector(fakeSafeStorage().safeStorage, platform);
    expect(await protector.unavailable()).toBeNull();
    const sealed = await protector.wrap(KEYS);
    expect(sealed.backend).toBe(backend);
    expect(Buffer.from(sealed.ciphertextBase64, 'base64').subarray(0, 3).toString()).toBe('v11');
    expect(await protector.unwrap(wrapOf(sealed.backend, sealed.ciphertextBase64))).toEqual({ keys: KEYS, shouldReEncrypt: false });
  });

  it('passes on that the keychain asks for a new wrap', async () => {
    const protector = createOsKeyProtector(fakeSafeStorage({ shouldReEncrypt: true }).safeStorage, 'win32');
    const sealed = await protector.wrap(KEYS);
    expect((await protector.unwrap(wrapOf('dpapi', sealed.ciphertextBase64))).shouldReEncrypt).toBe(true);
  });

  it('refuses to unwrap what another keychain made (GNOME Keyring wrap, KWallet running), without asking safeStorage', async () => {
    const { safeStorage, calls } = fakeSafeStorage({ backend: 'kwallet6' });
    const protector = createOsKeyProtector(safeStorage, 'linux');
    await expect(protector.unwrap(wrapOf('gnome_libsecret', 'AAAA'))).rejects.toThrow('OS keychain refused: wrapped by gnome_libsecret, running on kwallet6');
    expect(calls).not.toContain('decryptStringAsync');
  });

  it('encrypts the two keys as one labelled text (safeStorage has no associated data)', async () => {
    const { safeStorage } = fakeSafeStorage();
    const sealed = await createOsKeyProtector(safeStorage, 'win32').wrap(KEYS);
    const plain = Buffer.from(Buffer.from(sealed.ciphertextBase64, 'base64').subarray(3)).reverse().toString();
    expect(plain).toBe(`casuistiek-werkbank/os-wrap-v1|database=${KEYS.database.toString('hex')}|audit=${KEYS.audit.toString('hex')}`);
  });

  const good = osSecretText(KEYS);
  it.each([
    ['not the format', 'not hex'],
    ['the database key alone (an old key-v2 wrap)', KEYS.database.toString('hex')],
    ['the keys swapped in their labels', good.replace('database=', 'x=').replace('audit=', 'database=').replace('x=', 'audit=')],
    ['a trailing newline', `${good}\n`],
    ['upper-case hex', good.replace(/=([0-9a-f]{64})/g, (_m, hex: string) => `=${hex.toUpperCase()}`)],
    ['a short audit secret', good.slice(0, -2)],
  ])('refuses a decryption that is not exactly the two keys (%s)', async (_what, decrypted) => {
    const protector = createOsKeyProtector(fakeSafeStorage({ decrypted }).safeStorage, 'darwin');
    await expect(protector.unwrap(wrapOf('keychain', 'AAAA'))).rejects.toThrow('OS keychain refused: did not give back the store keys');
  });

  it('refuses to wrap anything but two 256-bit keys', async () => {
    const { safeStorage, calls } = fakeSafeStorage();
    await expect(createOsKeyProtector(safeStorage, 'win32').wrap({ database: randomBytes(32), audit: randomBytes(16) })).rejects.toThrow(
      'OS keychain refused: not two 256-bit keys',
    );
    expect(calls).toEqual([]);
  });
});
