import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../../../electron/core/store/verify';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract';
import { TEST_PASSPHRASE } from '../helpers';
import { channelExamples } from '../ipc/channelExamples';
import { openWerkbank, type TestWerkbank } from '../ipc/harness';
import { storeFingerprint, writesSoFar } from './fingerprint';
import { mutate, mutationArb, type Json } from './mutations';

/**
 * Issue #12 item 1: every channel, through the real dispatch and handlers on a real encrypted store
 * holding the example dataset, gets payloads derived from its own valid example (which its input
 * schema accepts) and mutated (mutations.ts): 140 per channel, over 10.000 in all. None may crash —
 * no INTERNAL answer, no exception, no polluted prototype — and every refusal must leave the whole
 * store exactly as it was (every table, the audit log included). A payload that happens to be
 * valid may change the store; the next comparison starts from there. The seed is fixed per channel,
 * so a failure replays.
 */
const RUNS_PER_CHANNEL = 140;
const examples = channelExamples();
const seedOf = (channel: string) => createHash('sha256').update(channel).digest().readInt32BE(0);

interface Target {
  w: TestWerkbank;
  fingerprint: string;
  writes: number;
}

async function freshTarget(): Promise<Target> {
  const w = await openWerkbank({ voorbeeld: true });
  return { w, fingerprint: storeFingerprint(w.db), writes: writesSoFar(w.db) };
}

/** After an accepted payload: the store may have changed, been locked, or have a new passphrase. */
async function afterAccepted(t: Target): Promise<Target> {
  if (t.w.session.status().state !== 'ontgrendeld') {
    try {
      await t.w.session.unlock(TEST_PASSPHRASE);
    } catch {
      return freshTarget(); // the payload changed the passphrase: carry on with a new store
    }
  }
  return { w: t.w, fingerprint: storeFingerprint(t.w.session.database()), writes: writesSoFar(t.w.session.database()) };
}

let total = 0;
afterAll(() => {
  // The issue asks at least 10.000 payloads in all; a channel removed later must not silently shrink it.
  expect(total).toBeGreaterThanOrEqual(10_000);
});

describe('Issue #12 item 1: schema-derived hostile payloads on every channel crash nothing, and a refusal changes nothing', () => {
  it.each(CHANNELS)('%s', async (channel: Channel) => {
    const valid = examples[channel] as Json;
    expect(contract[channel].input.safeParse(valid).success).toBe(true);
    let t = await freshTarget();
    const refusedCodes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        const payload = mutate(valid, m);
        const r = await t.w.callRaw(channel, payload);
        total++;
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
        if (r.ok) {
          t = await afterAccepted(t);
          return;
        }
        expect(r.error.code, r.error.message).not.toBe('INTERNAL');
        expect(r.error.message.length).toBeGreaterThan(0);
        refusedCodes.add(r.error.code);
        const db = t.w.session.status().state === 'ontgrendeld' ? t.w.session.database() : null;
        if (db === null) {
          t = await afterAccepted(t); // a refusal that locked? compare after unlocking
          return;
        }
        // Fast path: this connection wrote no row at all. Otherwise (a transaction rolled back), compare everything.
        if (writesSoFar(db) !== t.writes) {
          expect(storeFingerprint(db), `${channel} changed the store on a refusal: ${JSON.stringify(payload).slice(0, 300)}`).toBe(t.fingerprint);
          t.writes = writesSoFar(db);
        }
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: seedOf(channel), endOnFailure: true },
    );
    expect(refusedCodes.size).toBeGreaterThan(0); // the mutations reached the refusals, not only valid calls
    const db = t.w.session.database();
    const check = verifyStore(db);
    expect({ integrity: check.integrity, foreignKeys: check.brokenForeignKeys, chain: check.chain.ok }).toEqual({ integrity: 'ok', foreignKeys: 0, chain: true });
  }, 120_000);
});
