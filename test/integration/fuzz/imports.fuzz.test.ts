import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { importDossier } from '../../../electron/core/data/dossierImport';
import { dossierSealer, openDossier } from '../../../electron/core/exchange/dossierFile';
import { UserError } from '../../../shared/ipc/result';
import { voorbeeld } from '../data/helpers';
import { grantConsent, openWerkbank, TEST_ACTOR, TEST_NOW, type TestWerkbank } from '../ipc/harness';
import { storeFingerprint } from './fingerprint';
import { mutate, mutationArb, type Json } from './mutations';

/**
 * Issue #12 item 1, the files: the interchange import (as the app receives it, in chunks, and as
 * the core imports a parsed file) and the dossier import get hostile variants of a valid file —
 * the value mutated (mutations.ts), the text truncated, duplicate keys, nesting thousands deep,
 * oversized fields. None may crash: every refusal is a UserError (a Dutch message for a person,
 * never a TypeError or a RangeError) and leaves the whole store exactly as it was.
 */
const MAX_CHUNK = 1024 * 1024;

/** Sends `text` through the app's upload channels, as Beheer → Gegevens does. */
async function uploadDataset(w: TestWerkbank, text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const begun = await w.callRaw('dataset:importBegin', { totalBytes: Math.max(bytes.length, 1) });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value as { uploadId: string };
  for (let index = 0, at = 0; at < bytes.length; index++, at += MAX_CHUNK) {
    const chunk = await w.callRaw('dataset:importChunk', { uploadId, index, data: bytes.subarray(at, at + MAX_CHUNK).toString('base64') });
    if (!chunk.ok) return chunk;
  }
  return w.callRaw('dataset:importCommit', { uploadId });
}

const valid = JSON.stringify(voorbeeld());

/** Text-level damage to a valid file's text: its first key is duplicated at the root and `innerKey` deep inside. */
const damagedText = (text: string, firstKey: string, innerKey: string) =>
  fc.oneof(
    fc.nat({ max: text.length - 1 }).map((cut) => text.slice(0, cut)), // truncated anywhere
    fc.constant(`{${JSON.stringify(firstKey)}:"x",${text.slice(1)}`), // duplicate key at the root
    fc.constant(text.replace(`"${innerKey}":`, `"${innerKey}":"x","${innerKey}":`)), // duplicate key deep inside
    fc.constantFrom(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`), // deep nesting
    fc.constant(text.replace(`"${innerKey}":"`, `"${innerKey}":"${'x'.repeat(3 * 1024 * 1024)}`)), // an oversized field (3 MiB)
    fc.constant(`\ufeff${text}`), // a byte order mark
    fc.constant(text.replace('{', '{"__proto__":{"polluted":true},')),
  );
const textArb = damagedText(valid, 'format', 'code');

describe('Issue #12 item 1: hostile dataset files change nothing', () => {
  it('through the app: truncated, duplicate keys, deep nesting, oversized, prototype keys — refused with a message, the store unchanged', async () => {
    let w = await openWerkbank();
    let before = storeFingerprint(w.db);
    await fc.assert(
      fc.asyncProperty(textArb, async (text) => {
        const r = await uploadDataset(w, text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (r.ok) {
          w = await openWerkbank(); // accepted (a valid file): start again from an empty store
          before = storeFingerprint(w.db);
          return;
        }
        expect(r.error.code).toBe('BAD_INPUT');
        expect(storeFingerprint(w.db)).toBe(before);
      }),
      { numRuns: 120, seed: 20261202, endOnFailure: true },
    );
  }, 300_000);

  it('duplicate keys are refused by name, wherever they are', async () => {
    const w = await openWerkbank();
    const atRoot = await uploadDataset(w, `{"format":"casuistiek-werkbank/v1",${valid.slice(1)}`);
    expect(atRoot).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('de sleutel "format" staat twee keer in hetzelfde object') as unknown } });
    const inside = await uploadDataset(w, valid.replace('"code":', '"code":"BLO-2024-999","code":'));
    expect(inside).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('de sleutel "code" staat twee keer') as unknown } });
  });

  it('the parsed file mutated anywhere: refused with a UserError and the store unchanged, or imported whole', async () => {
    const dataset = voorbeeld() as unknown as Json;
    let w = await openWerkbank();
    let before = storeFingerprint(w.db);
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        const file = mutate(dataset, m);
        try {
          importDataset(w.db, file, { actor: TEST_ACTOR });
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(UserError);
          expect(storeFingerprint(w.db)).toBe(before);
          return;
        }
        w = await openWerkbank();
        before = storeFingerprint(w.db);
      }),
      { numRuns: 250, seed: 4, endOnFailure: true },
    );
  }, 300_000);
});

describe('Issue #12 item 1: hostile dossier files change nothing', () => {
  it('a real request dossier mutated anywhere, sealed with the right passphrase: refused with a UserError and the store unchanged, or imported', async () => {
    const PASSPHRASE = 'dossier-zin-voor-de-fuzz';
    const kdf = { N: 2 ** 10, r: 8, p: 1 };
    const verbinder = await openWerkbank({ voorbeeld: true });
    await grantConsent(verbinder, 'BLO-2025-001', ['PRIO']); // §5: no dossier to PRIO without consent for PRIO
    await verbinder.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', question: 'Kan de huurschuld worden bevroren?', requestedBudgetCents: 250000, urgency: 'hoog', consentChecked: true });
    await verbinder.value('escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend' });
    const { base64 } = await verbinder.value('dossier:export', { code: 'BLO-2025-001', escalationId: 'esc-1', passphrase: PASSPHRASE });
    const document = JSON.parse((await openDossier(Buffer.from(base64, 'base64'), PASSPHRASE)).toString('utf8')) as Json;
    const sealer = await dossierSealer(PASSPHRASE, kdf);

    let prio = await openWerkbank();
    let before = storeFingerprint(prio.db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutationArb.map((m) => JSON.stringify(mutate(document, m))), damagedText(JSON.stringify(document), 'format', 'question')), async (text) => {
        try {
          await importDossier(prio.db, sealer.seal(Buffer.from(text, 'utf8')), PASSPHRASE, { actor: TEST_ACTOR, now: TEST_NOW });
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(UserError);
          expect(storeFingerprint(prio.db)).toBe(before);
          return;
        }
        prio = await openWerkbank();
        before = storeFingerprint(prio.db);
      }),
      { numRuns: 300, seed: 9, endOnFailure: true },
    );
  }, 300_000);
});
