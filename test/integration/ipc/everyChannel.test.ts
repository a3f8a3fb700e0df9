/**
 * §5 "every IPC payload validated by zod": whatever a channel does, a payload it does not expect is
 * refused with BAD_INPUT before any handler runs, and the store (data and audit log) is unchanged.
 * Generated from the contract, so a channel added later is covered without writing a test.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { TEST_PASSPHRASE } from '../helpers';
import { channelExamples } from './channelExamples';
import { expectRefusedUnchanged, openWerkbank, storeState } from './harness';

describe('every channel refuses a payload with an unknown field (strict schemas), changing nothing', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, channel, { onbekendVeld: 1 }, 'BAD_INPUT');
  });
});

describe('every channel refuses a payload that is not an object, changing nothing', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const payload of ['tekst', 42, [1, 2]]) await expectRefusedUnchanged(w, channel, payload, 'BAD_INPUT');
  });
});

describe('every channel answers LOCKED when the werkbank is locked, even to a valid payload', () => {
  const examples = channelExamples();

  it.each(CHANNELS)('%s has a valid example payload (so the lock, not the schema, is what refuses it)', (channel) => {
    const parsed = contract[channel].input.safeParse(examples[channel]);
    expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
  });

  it('no channel reaches the store while it is locked', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = storeState(w.db);
    w.session.lock();
    for (const channel of CHANNELS) {
      if (channel.startsWith('session:')) continue; // the session channels are how one unlocks
      const r = await w.callRaw(channel, examples[channel]);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe('LOCKED');
    }
    await w.session.unlock(TEST_PASSPHRASE);
    // Nothing changed but the one audit entry of the unlock itself (§5).
    expect(storeState(w.session.database())).toEqual({ ...before, audit: before.audit + 1 });
    const last = w.session.database().prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get();
    expect(last).toBe('store.unlock');
    expect(Object.keys(contract).length).toBe(CHANNELS.length);
  });
});
