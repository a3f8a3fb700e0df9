/**
 * A stand-in for the desktop app's OS keychain (electron/main/osKeychain.ts over safeStorage): AES-GCM
 * under a key only this object holds, over the same secret text the real one encrypts (both keys).
 * The integration tests and the e2e specs give it to the session to prove "unlock with this computer
 * account" without Electron; `set` changes how it behaves.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keysFromOsSecret, osSecretText, type OsKeyProtector, type OsWrappedKeys } from '../../electron/core/store/osKeyWrap';

interface Behaviour {
  unavailable: 'noKeychain' | 'basicText' | null;
  /** A keychain that "encrypts" by storing the text as it is (the fallback that must be refused). */
  plaintext: boolean;
  /** A locked or replaced keychain: every unwrap fails. */
  refuse: boolean;
  /** The keychain says its own key rotated (safeStorage's shouldReEncrypt). */
  reEncrypt: boolean;
}

export function fakeKeychain(initial: Partial<Behaviour> = {}) {
  const osKey = randomBytes(32);
  const behaviour: Behaviour = { unavailable: null, plaintext: false, refuse: false, reEncrypt: false, ...initial };
  const protector: OsKeyProtector = {
    unavailable: () => Promise.resolve(behaviour.unavailable),
    wrap(keys) {
      const text = Buffer.from(osSecretText(keys));
      if (behaviour.plaintext) return Promise.resolve({ backend: 'gnome_libsecret', ciphertextBase64: text.toString('base64') });
      const nonce = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', osKey, nonce);
      const body = Buffer.concat([c.update(text), c.final()]);
      return Promise.resolve({ backend: 'gnome_libsecret', ciphertextBase64: Buffer.concat([nonce, c.getAuthTag(), body]).toString('base64') });
    },
    unwrap(wrapped: OsWrappedKeys) {
      if (behaviour.refuse) return Promise.reject(new Error('keyring locked'));
      const bytes = Buffer.from(wrapped.ciphertextBase64, 'base64');
      let text: string;
      if (behaviour.plaintext) text = bytes.toString();
      else {
        const d = createDecipheriv('aes-256-gcm', osKey, bytes.subarray(0, 12));
        d.setAuthTag(bytes.subarray(12, 28));
        text = Buffer.concat([d.update(bytes.subarray(28)), d.final()]).toString();
      }
      const keys = keysFromOsSecret(text);
      return keys ? Promise.resolve({ keys, shouldReEncrypt: behaviour.reEncrypt }) : Promise.reject(new Error('not the store keys'));
    },
  };
  return { protector, set: (next: Partial<Behaviour>) => Object.assign(behaviour, next) };
}
