/**
 * §5 auto-lock: "only a user's action counts as activity, never a screen's polling". Driven through
 * the real handlers and dispatch, as both hosts call them, with a fake clock for the session.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { openWerkbank, type TestWerkbank } from './harness';

const MINUTE = 60_000;

/** What an open window does every minute without anyone touching it (OverdueBanner, useSession). */
async function poll(w: TestWerkbank) {
  return { overdue: await w.callRaw('escalations:overdueCount', {}), status: await w.value('session:status', {}) };
}

async function clocked() {
  const clock = { now: 1_000_000 };
  const w = await openWerkbank({ sessionNow: () => clock.now });
  return { w, clock };
}

describe('§5 the store locks after 10 idle minutes while a window keeps polling', () => {
  it('marks exactly the polled channels passive in the contract', () => {
    expect(CHANNELS.filter((c) => contract[c].passive).sort()).toEqual(['escalations:overdueCount', 'session:status']);
  });

  it('locks after 11 minutes of passive calls every minute, and the poll itself then answers LOCKED', async () => {
    const { w, clock } = await clocked();
    for (let minute = 1; minute <= 10; minute++) {
      clock.now += MINUTE;
      const { overdue, status } = await poll(w);
      expect(overdue.ok, `minute ${String(minute)}`).toBe(true);
      expect(status.state).toBe('ontgrendeld');
    }
    clock.now += MINUTE;
    const { overdue, status } = await poll(w);
    expect(overdue).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(status.state).toBe('vergrendeld');
  });

  it('an active call resets the idle time; the polls after it do not', async () => {
    const { w, clock } = await clocked();
    clock.now += 9 * MINUTE;
    await poll(w);
    await w.value('cases:list', {}); // a person opens the case list at minute 9
    for (let minute = 10; minute <= 19; minute++) {
      clock.now += MINUTE;
      expect((await poll(w)).status.state, `minute ${String(minute)}`).toBe('ontgrendeld');
    }
    clock.now += 1 * MINUTE; // minute 20: 11 minutes after the last action
    expect((await poll(w)).status.state).toBe('vergrendeld');
  });

  it('an action after the idle time does not revive the store: it is refused LOCKED', async () => {
    const { w, clock } = await clocked();
    clock.now += 11 * MINUTE;
    expect(await w.callRaw('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await w.value('session:status', {})).state).toBe('vergrendeld');
  });
});
