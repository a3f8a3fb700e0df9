import type { SafeStorage } from 'electron';
import { keysFromOsSecret, osSecretText, type OsKeychainBackend, type OsKeyProtector } from '../core/store/osKeyWrap';

/** The part of Electron's safeStorage used here (the asynchronous API; the synchronous one is deprecated). */
type SafeStorageApi = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

class KeychainRefused extends Error {
  constructor(reason: string) {
    super(`OS keychain refused: ${reason}`);
    this.name = 'KeychainRefused';
  }
}

/**
 * The OS keychain for the store's keys (issue #11 item 1: the database key and the audit secret, in
 * one blob — osKeyWrap.ts says why), with Electron's safeStorage injected so
 * the decisions are tested with a fake. Never a silent plaintext fallback (Signal Desktop's known
 * mistake): on Linux, safeStorage's `basic_text` backend encrypts with a hard-coded password, so
 * it is refused like no keychain at all — `setUsePlainTextEncryption` is never called — and an
 * unknown backend (asked before 'ready') is refused too. A wrap names the backend that made it;
 * unwrapping under another one is refused before safeStorage is asked.
 */
export function createOsKeyProtector(safeStorage: SafeStorageApi, platform: NodeJS.Platform): OsKeyProtector {
  const backend = (): OsKeychainBackend | 'basic_text' | 'unknown' => {
    if (platform === 'win32') return 'dpapi';
    if (platform === 'darwin') return 'keychain';
    if (platform !== 'linux') return 'unknown';
    return safeStorage.getSelectedStorageBackend();
  };

  const unavailable: OsKeyProtector['unavailable'] = async () => {
    const b = backend();
    if (b === 'basic_text') return 'basicText';
    if (b === 'unknown') return 'noKeychain';
    return (await safeStorage.isAsyncEncryptionAvailable()) ? null : 'noKeychain';
  };

  const usableBackend = async (): Promise<OsKeychainBackend> => {
    const why = await unavailable();
    const b = backend();
    if (why !== null || b === 'basic_text' || b === 'unknown') throw new KeychainRefused(why ?? b);
    return b;
  };

  return {
    unavailable,
    async wrap(keys) {
      if (keys.database.length !== 32 || keys.audit.length !== 32) throw new KeychainRefused('not two 256-bit keys');
      const b = await usableBackend();
      const sealed = await safeStorage.encryptStringAsync(osSecretText(keys));
      return { backend: b, ciphertextBase64: sealed.toString('base64') };
    },
    async unwrap(wrapped) {
      const b = await usableBackend();
      if (wrapped.backend !== b) throw new KeychainRefused(`wrapped by ${wrapped.backend}, running on ${b}`);
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(wrapped.ciphertextBase64, 'base64'));
      const keys = keysFromOsSecret(result);
      if (keys === null) throw new KeychainRefused('did not give back the store keys');
      return { keys, shouldReEncrypt };
    },
  };
}
