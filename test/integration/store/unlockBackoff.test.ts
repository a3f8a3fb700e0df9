/** Issue #11 item 2: failed unlocks slow down, survive a restart, and are audited at the next successful unlock (which is audited too, §5). */
import { describe, expect, it } from 'vitest';
import { StoreSession } from '../../../electron/core/store/session';
import { readUnlockAttempts, unlockWaitMs } from '../../../electron/core/store/unlockAttempts';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../helpers';

const START = Date.parse('2026-12-01T09:00:00Z');

async function lockedStore() {
  const clock = { now: START };
  const dir = tempDir();
  const session = new StoreSession(dir, { kdfCost: TEST_KDF, now: () => clock.now });
  await session.create(TEST_PASSPHRASE);
  session.lock();
  return { dir, clock, session };
}

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e as { code?: string }).code);

describe('failed unlocks slow down (issue #11 item 2)', () => {
  it('three tries are free; then each try waits 1 s, 2 s, 4 s …, and a try too early does not count', async () => {
    const { session, clock } = await lockedStore();
    for (let i = 0; i < 3; i++) expect(await code(session.unlock('fout'))).toBe('WRONG_PASSPHRASE');
    expect(await code(session.unlock(TEST_PASSPHRASE))).toBe('TOO_MANY_ATTEMPTS');
    expect(readUnlockAttempts(session.dbFile).count).toBe(3);
    clock.now += 1000;
    expect(await code(session.unlock('fout'))).toBe('WRONG_PASSPHRASE');
    clock.now += 1999;
    const early = await session.unlock('fout').catch((e: unknown) => e as Error);
    expect((early as Error).message).toBe('Te veel mislukte pogingen. Wacht nog 1 seconde en probeer het dan opnieuw.');
    clock.now += 1;
    expect(await code(session.unlock('fout'))).toBe('WRONG_PASSPHRASE');
    expect(readUnlockAttempts(session.dbFile).count).toBe(5);
  });

  it('the wait survives a restart of the app (a new session on the same store)', async () => {
    const { session, dir, clock } = await lockedStore();
    for (let i = 0; i < 4; i++) {
      await session.unlock('fout').catch(() => undefined);
      clock.now += 60_000;
    }
    const restarted = new StoreSession(dir, { kdfCost: TEST_KDF, now: () => clock.now - 59_500 });
    expect(await code(restarted.unlock(TEST_PASSPHRASE))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('the next successful unlock audits the failures once, with their count and times, and starts afresh', async () => {
    const { session, clock } = await lockedStore();
    await session.unlock('fout').catch(() => undefined);
    clock.now += 5000;
    await session.unlock('ook fout').catch(() => undefined);
    clock.now += 5000;
    await session.unlock(TEST_PASSPHRASE);
    const rows = session
      .database()
      .prepare(`SELECT detail FROM audit_log WHERE action = 'store.unlockFailed'`)
      .all() as { detail: string }[];
    expect(rows.map((r) => JSON.parse(r.detail) as unknown)).toEqual([{ count: 2, first: '2026-12-01T09:00:00.000Z', last: '2026-12-01T09:00:05.000Z' }]);
    expect(readUnlockAttempts(session.dbFile).count).toBe(0);
  });

  it('§5: every successful passphrase unlock is audited as store.unlock with its method, the failed ones before it first', async () => {
    const { session, clock } = await lockedStore();
    await session.unlock('fout').catch(() => undefined);
    clock.now += 5000;
    await session.unlock(TEST_PASSPHRASE);
    session.lock();
    await session.unlock(TEST_PASSPHRASE);
    const rows = session
      .database()
      .prepare(`SELECT action, detail FROM audit_log WHERE action LIKE 'store.unlock%' ORDER BY seq`)
      .all() as { action: string; detail: string }[];
    expect(rows).toEqual([
      { action: 'store.unlockFailed', detail: '{"count":1,"first":"2026-12-01T09:00:00.000Z","last":"2026-12-01T09:00:00.000Z"}' },
      { action: 'store.unlock', detail: '{"method":"passphrase"}' },
      { action: 'store.unlock', detail: '{"method":"passphrase"}' },
    ]);
  });

  it('the wait never exceeds five minutes', () => {
    const times = ['2026-12-01T09:00:00.000Z'];
    expect(unlockWaitMs({ count: 40, times }, Date.parse(times[0]!))).toBe(300_000);
    expect(unlockWaitMs({ count: 2, times }, Date.parse(times[0]!))).toBe(0);
  });
});
