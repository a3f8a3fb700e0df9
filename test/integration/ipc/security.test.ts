/** Issue #11 item 1 in the app: Beheer → Beveiliging changes the passphrase and rotates the database key. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers';
import { openWerkbank, storeState } from './harness';

const NEW = 'nieuwe wachtwoordzin 2027';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const actions = (w: Awaited<ReturnType<typeof openWerkbank>>) =>
  (w.session.database().prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);

describe('session:changePassphrase', () => {
  it('with the right current passphrase: audited at once, the store stays open, only the new passphrase unlocks it after a lock', async () => {
    const w = await openWerkbank();
    const r = await w.call('session:changePassphrase', { current: TEST_PASSPHRASE, next: NEW, confirmation: NEW });
    expect(r.ok && r.value.state).toBe('ontgrendeld');
    expect(actions(w).filter((a) => a === 'store.passphrase')).toHaveLength(1);
    await w.value('session:lock', {});
    const old = await w.call('session:unlock', { passphrase: TEST_PASSPHRASE });
    expect(!old.ok && old.error.code).toBe('WRONG_PASSPHRASE');
    expect((await w.value('session:unlock', { passphrase: NEW })).state).toBe('ontgrendeld');
    // Audited once: the unlock after the change does not audit it again.
    expect(actions(w).filter((a) => a === 'store.passphrase')).toHaveLength(1);
  });

  it('a wrong current passphrase is refused and changes nothing: not the key file, not the store', async () => {
    const w = await openWerkbank();
    const [key, state] = [sha(`${w.session.dbFile}.key.json`), storeState(w.db)];
    const r = await w.call('session:changePassphrase', { current: 'niet de goede', next: NEW, confirmation: NEW });
    expect(!r.ok && r.error.code).toBe('WRONG_PASSPHRASE');
    expect([sha(`${w.session.dbFile}.key.json`), storeState(w.db)]).toEqual([key, state]);
  });

  it('a short or unequal new passphrase is refused on its field', async () => {
    const w = await openWerkbank();
    const short = await w.call('session:changePassphrase', { current: TEST_PASSPHRASE, next: 'kort', confirmation: 'kort' });
    expect(!short.ok && short.error.message).toContain('minstens 12 tekens');
    const differ = await w.call('session:changePassphrase', { current: TEST_PASSPHRASE, next: NEW, confirmation: `${NEW}!` });
    expect(!differ.ok && differ.error.message).toContain('niet gelijk');
  });
});

describe('session:rekey', () => {
  it('re-encrypts the open store: the data stays, it is audited, and the passphrase unlocks it after a lock', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = (await w.value('cases:list', {})).items.map((c) => c.code);
    const r = await w.call('session:rekey', { passphrase: TEST_PASSPHRASE });
    expect(r.ok).toBe(true);
    expect((await w.value('cases:list', {})).items.map((c) => c.code)).toEqual(before);
    expect(actions(w)).toContain('store.rekey');
    await w.value('session:lock', {});
    await w.value('session:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await w.value('cases:list', {})).items.map((c) => c.code)).toEqual(before);
  });

  it('a wrong passphrase is refused before anything is written', async () => {
    const w = await openWerkbank();
    w.db.pragma('wal_checkpoint(TRUNCATE)');
    const [file, key] = [sha(w.session.dbFile), sha(`${w.session.dbFile}.key.json`)];
    const r = await w.call('session:rekey', { passphrase: 'niet de goede' });
    expect(!r.ok && r.error.code).toBe('WRONG_PASSPHRASE');
    w.db.pragma('wal_checkpoint(TRUNCATE)');
    expect([sha(w.session.dbFile), sha(`${w.session.dbFile}.key.json`)]).toEqual([file, key]);
  });
});

describe('session:setAutoLock', () => {
  it('the chosen minutes apply at once, are kept in the store for the next unlock, and are audited', async () => {
    const clock = { now: Date.parse('2026-12-01T09:00:00Z') };
    const w = await openWerkbank({ sessionNow: () => clock.now });
    expect((await w.value('session:setAutoLock', { minutes: 5 })).autoLockMinutes).toBe(5);
    clock.now += 5 * 60_000 + 1;
    expect((await w.value('session:status', {})).state).toBe('vergrendeld');
    await w.value('session:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await w.value('session:status', {})).autoLockMinutes).toBe(5);
    expect(actions(w)).toContain('session.autoLock');
  });

  it('refuses 0, 61 and 2,5 minutes with a Dutch message and keeps the old value', async () => {
    const w = await openWerkbank();
    for (const [minutes, says] of [
      [0, 'minimaal 1 minuut'],
      [61, 'binnen 60 minuten'],
      [2.5, 'geheel getal'],
    ] as const) {
      const r = await w.call('session:setAutoLock', { minutes });
      expect(!r.ok && r.error.message).toContain(says);
    }
    expect((await w.value('session:status', {})).autoLockMinutes).toBe(10);
  });
});
