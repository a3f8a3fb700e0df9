/**
 * Issue #11 item 1, the optional second wrap: "unlock with this computer account". The OS keychain
 * is played by a fake OsKeyProtector (AES-GCM under a key only it holds), so every rule of the
 * session and the key file is proven here; electron/main/osKeychain.ts (safeStorage behind the same
 * interface) has its own unit test. On key file v3 the wrap holds both the database key and the
 * audit secret, and an unlock with it must leave the audit log as one with the passphrase would.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyFilePath, readKeyFile } from '../../../electron/core/store/keyFile';
import { fakeKeychain } from '../fakeKeychain';
import { TEST_PASSPHRASE } from '../helpers';
import { expectRefusedUnchanged, openWerkbank, storeState } from './harness';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
type Werkbank = Awaited<ReturnType<typeof openWerkbank>>;
const keyFileOf = (w: Werkbank) => keyFilePath(w.session.dbFile);
const v3 = (w: Werkbank) => {
  const k = readKeyFile(keyFileOf(w));
  if (k?.version !== 3) throw new Error('expected a v3 key file');
  return k;
};
const audit = (w: Werkbank) =>
  (w.session.database().prepare('SELECT action, detail FROM audit_log ORDER BY seq').all() as { action: string; detail: string }[]).filter((r) =>
    r.action.startsWith('store.osUnlock') || r.action === 'store.unlock',
  );

/** Key file, database and everything in it: what a refusal must leave as it was. */
const untouched = (w: Werkbank) => ({ keyFile: sha(keyFileOf(w)), store: storeState(w.session.database()) });

describe('§5 unlock with the computer account (issue #11 item 1): off until a beheerder turns it on', () => {
  it('a new store has it off; the desktop app says it can be used, the browser host that it cannot', async () => {
    const desktop = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    expect(await desktop.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: null });
    expect(v3(desktop).osWrapped).toBeUndefined();
    const browser = await openWerkbank();
    expect(await browser.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: 'notDesktop' });
  });

  it('while off, unlocking with the computer account is refused in Dutch and the store stays locked', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:lock', {});
    const r = await w.call('session:unlockWithOs', {});
    expect(r).toEqual({ ok: false, error: { code: 'OS_KEYCHAIN', message: 'Ontgrendelen met uw computeraccount staat niet aan voor deze werkbank. Vul uw wachtwoordzin in.' } });
    expect(w.session.status().state).toBe('vergrendeld');
  });
});

describe('§5 unlock with the computer account (issue #11 item 1): turning it on', () => {
  it('with the passphrase: the key file holds an OS wrap beside the unchanged passphrase wraps (database and audit), audited with the keychain', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    const before = v3(w);
    expect(await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE })).toEqual({ enabled: true, unavailable: null });
    const after = v3(w);
    expect(after.wrapped).toEqual(before.wrapped);
    expect(after.auditWrapped).toEqual(before.auditWrapped);
    expect(after.kdf).toEqual(before.kdf);
    expect(after.osWrapped).toMatchObject({ algorithm: 'electron-safestorage', backend: 'gnome_libsecret' });
    expect(audit(w)).toEqual([{ action: 'store.osUnlockOn', detail: '{"backend":"gnome_libsecret"}' }]);
    // The passphrase keeps working as before.
    await w.value('session:lock', {});
    expect((await w.value('session:unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('ontgrendeld');
  });

  it('a wrong passphrase is refused and changes nothing — not the key file, not the store', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await expectRefusedUnchanged(w, 'session:enableOsUnlock', { passphrase: 'niet de goede' }, 'WRONG_PASSPHRASE', 'past niet bij deze werkbank');
    expect(v3(w).osWrapped).toBeUndefined();
  });

  it.each([
    [undefined, 'notDesktop', 'Ontgrendelen met uw computeraccount kan alleen in de desktop-app. Er is niets gewijzigd.'],
    ['noKeychain', 'noKeychain', 'Uw computer biedt de werkbank nu geen sleutelbos aan (zoals de Windows-aanmelding of de macOS-sleutelhanger). Er is niets gewijzigd.'],
    [
      'basicText',
      'basicText',
      'Op deze Linux-computer draait geen sleutelbos (GNOME Keyring of KWallet); de sleutel zou dan onversleuteld op schijf staan, en dat doet de werkbank niet. Er is niets gewijzigd.',
    ],
  ] as const)('without a usable keychain (%s) it is refused with its reason, and nothing changes', async (unavailable, reason, message) => {
    const w = await openWerkbank(unavailable === undefined ? {} : { osKeyProtector: fakeKeychain({ unavailable }).protector });
    const before = untouched(w);
    const r = await w.call('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    expect(r).toEqual({ ok: false, error: { code: 'OS_KEYCHAIN', message } });
    expect(untouched(w)).toEqual(before);
    expect(await w.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: reason });
  });

  it('a keychain that silently stores the key readable is refused: never a plaintext fallback', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain({ plaintext: true }).protector });
    const before = untouched(w);
    const r = await w.call('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    expect(!r.ok && r.error).toEqual({
      code: 'OS_KEYCHAIN',
      message: 'De sleutelbos van deze computer bewaart de sleutel niet veilig; ontgrendelen met uw computeraccount is niet aangezet. Er is niets gewijzigd.',
    });
    expect(untouched(w)).toEqual(before);
  });

  it('needs the store unlocked', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:lock', {});
    const r = await w.call('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('LOCKED');
    expect(readKeyFile(keyFileOf(w))).not.toHaveProperty('osWrapped');
  });
});

describe('§5 unlock with the computer account (issue #11 item 1): unlocking', () => {
  it('once on, the locked store opens without the passphrase; the unlock is audited as one with the computer account', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    await w.value('session:lock', {});
    expect((await w.value('session:unlockWithOs', {})).state).toBe('ontgrendeld');
    expect(audit(w).at(-1)).toEqual({ action: 'store.unlock', detail: '{"method":"osAccount","backend":"gnome_libsecret"}' });
  });

  it('audits the failed passphrase tries before it, and clears their backoff', async () => {
    // A stopped clock: after three failures the passphrase must wait, and no time passes.
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector, sessionNow: () => Date.parse('2025-06-02T10:00:00Z') });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    await w.value('session:lock', {});
    for (let i = 0; i < 3; i++) await w.call('session:unlock', { passphrase: 'fout' });
    const waiting = await w.call('session:unlock', { passphrase: TEST_PASSPHRASE });
    expect(!waiting.ok && waiting.error.code).toBe('TOO_MANY_ATTEMPTS');
    await w.value('session:unlockWithOs', {});
    const failed = w.session.database().prepare(`SELECT detail FROM audit_log WHERE action = 'store.unlockFailed'`).all() as { detail: string }[];
    expect(failed.map((f) => (JSON.parse(f.detail) as { count: number }).count)).toEqual([3]);
    await w.value('session:lock', {});
    expect((await w.value('session:unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('ontgrendeld');
  });

  it('a keychain that refuses (locked, replaced) leaves the store locked with a Dutch message, and writes nothing', async () => {
    const keychain = fakeKeychain();
    const w = await openWerkbank({ osKeyProtector: keychain.protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    await w.value('session:lock', {});
    const [keyFile, db] = [sha(keyFileOf(w)), sha(w.session.dbFile)];
    keychain.set({ refuse: true });
    const r = await w.call('session:unlockWithOs', {});
    expect(!r.ok && r.error).toEqual({
      code: 'OS_KEYCHAIN',
      message: 'Uw computeraccount gaf de sleutel van de werkbank niet vrij (is de sleutelbos vergrendeld of vervangen?). Vul uw wachtwoordzin in.',
    });
    keychain.set({ refuse: false, unavailable: 'basicText' });
    const basic = await w.call('session:unlockWithOs', {});
    expect(!basic.ok && basic.error.message).toMatch(/onversleuteld op schijf staan, en dat doet de werkbank niet\. Vul uw wachtwoordzin in\.$/);
    expect([w.session.status().state, sha(keyFileOf(w)), sha(w.session.dbFile)]).toEqual(['vergrendeld', keyFile, db]);
  });

  it('the browser host (no keychain) refuses it even when a desktop run turned it on', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    await w.value('session:lock', {});
    const { StoreSession } = await import('../../../electron/core/store/session');
    const hostSession = new StoreSession(w.session.dataDir);
    await expect(hostSession.unlockWithOs()).rejects.toThrow('Ontgrendelen met uw computeraccount kan alleen in de desktop-app. Vul uw wachtwoordzin in.');
    expect(await hostSession.osUnlockStatus()).toEqual({ enabled: true, unavailable: 'notDesktop' });
  });

  it('wraps again when the keychain says its own key rotated (shouldReEncrypt)', async () => {
    const keychain = fakeKeychain();
    const w = await openWerkbank({ osKeyProtector: keychain.protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    const first = v3(w).osWrapped;
    await w.value('session:lock', {});
    keychain.set({ reEncrypt: true });
    await w.value('session:unlockWithOs', {});
    const second = v3(w).osWrapped;
    expect(second?.ciphertextBase64).not.toBe(first?.ciphertextBase64);
    expect(second?.enabledAt).toBe(first?.enabledAt);
    keychain.set({ reEncrypt: false });
    await w.value('session:lock', {});
    expect((await w.value('session:unlockWithOs', {})).state).toBe('ontgrendeld');
  });
});

describe('§5 unlock with the computer account (issue #11 item 1): with the other key operations', () => {
  it('a passphrase change keeps it (the database key is the same); only the new passphrase opens the store', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    const wrap = v3(w).osWrapped;
    const next = 'nieuwe wachtwoordzin 2027';
    await w.value('session:changePassphrase', { current: TEST_PASSPHRASE, next, confirmation: next });
    expect(v3(w).osWrapped).toEqual(wrap);
    await w.value('session:lock', {});
    expect((await w.value('session:unlockWithOs', {})).state).toBe('ontgrendeld');
  });

  it('a new database key (rekey) drops it: a wrap of the old key must not linger', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    await w.value('session:rekey', { passphrase: TEST_PASSPHRASE });
    expect(await w.value('session:osUnlockStatus', {})).toEqual({ enabled: false, unavailable: null });
    expect(v3(w).osWrapped).toBeUndefined();
  });

  it('a wrap of an old database key put back in the key file is refused, and the store stays as it was', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    const stale = v3(w).osWrapped;
    await w.value('session:rekey', { passphrase: TEST_PASSPHRASE });
    const file = JSON.parse(readFileSync(keyFileOf(w), 'utf8')) as Record<string, unknown>;
    writeFileSync(keyFileOf(w), JSON.stringify({ ...file, osWrapped: stale }));
    await w.value('session:lock', {});
    const [keyFile, db] = [sha(keyFileOf(w)), sha(w.session.dbFile)];
    const r = await w.call('session:unlockWithOs', {});
    expect(!r.ok && r.error.message).toBe(
      'De sleutel die uw computeraccount bewaart, past niet meer bij deze werkbank (de databasesleutel is vernieuwd). Vul uw wachtwoordzin in en zet ontgrendelen met uw computeraccount opnieuw aan in Beheer → Beveiliging.',
    );
    expect([w.session.status().state, sha(keyFileOf(w)), sha(w.session.dbFile)]).toEqual(['vergrendeld', keyFile, db]);
  });

  it('turning it off removes the OS wrap (audited); unlocking with the computer account is refused after', async () => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await w.value('session:disableOsUnlock', {})).toEqual({ enabled: false, unavailable: null });
    expect(v3(w).osWrapped).toBeUndefined();
    // Off twice is not audited twice.
    await w.value('session:disableOsUnlock', {});
    expect(audit(w).map((a) => a.action)).toEqual(['store.osUnlockOn', 'store.osUnlockOff']);
    await w.value('session:lock', {});
    expect((await w.call('session:unlockWithOs', {})).ok).toBe(false);
  });
});

describe('§5 unlock with the computer account (issue #11 item 1): the key file field is validated', () => {
  it.each([
    ['an unknown keychain', { backend: 'basic_text' }],
    ['not base64', { ciphertextBase64: 'geen base64!' }],
    ['an oversized blob', { ciphertextBase64: 'A'.repeat(5000) }],
    ['an unknown field', { plaintextHex: '00' }],
    ['no date', { enabledAt: 'gisteren' }],
  ])('a key file whose OS wrap has %s is refused when read', async (_what, change) => {
    const w = await openWerkbank({ osKeyProtector: fakeKeychain().protector });
    await w.value('session:enableOsUnlock', { passphrase: TEST_PASSPHRASE });
    const file = JSON.parse(readFileSync(keyFileOf(w), 'utf8')) as { osWrapped: Record<string, unknown> };
    writeFileSync(keyFileOf(w), JSON.stringify({ ...file, osWrapped: { ...file.osWrapped, ...change } }));
    expect(() => readKeyFile(keyFileOf(w))).toThrow(/key file .* is invalid/);
  });
});
