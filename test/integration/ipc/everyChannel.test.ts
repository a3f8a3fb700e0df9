/**
 * §5 "every IPC payload validated by zod": whatever a channel does, a payload it does not expect is
 * refused with BAD_INPUT before any handler runs, and the store (data and audit log) is unchanged.
 * Generated from the contract, so a channel added later is covered without writing a test.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { TEST_PASSPHRASE } from '../helpers';
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

describe('every channel answers LOCKED (or works without the store) when the werkbank is locked', () => {
  it('no channel reaches the store while it is locked', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = storeState(w.db);
    w.session.lock();
    for (const channel of CHANNELS) {
      if (channel.startsWith('session:')) continue;
      // The smallest payload the schema accepts is unknown here; a refusal as LOCKED or BAD_INPUT both prove no write.
      const r = await w.callRaw(channel, {});
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(['LOCKED', 'BAD_INPUT'], `${channel}: ${r.error.code}`).toContain(r.error.code);
    }
    await w.session.unlock(TEST_PASSPHRASE);
    expect(storeState(w.session.database())).toEqual(before);
    expect(Object.keys(contract).length).toBe(CHANNELS.length);
  });
});
