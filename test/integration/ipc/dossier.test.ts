/**
 * Issue #9 item 5: the escalation dossier between two werkbanken through the app's channels
 * (dossier:export / dossier:import) — verbinder → PRIO → verbinder between two real encrypted
 * stores, the file the same as the command line's, every bad file refused with the CLI's Dutch
 * message and the whole store (data, audit log, settings) unchanged, and the passphrase nowhere in
 * the store.
 */
import { describe, expect, it } from 'vitest';
import { openDossier } from '../../../electron/core/exchange/dossierFile';
import type { DossierFile } from '../../../shared/interchange/dossier';
import { DOSSIER_MAX_BYTES } from '../../../shared/ipc/channels/dossier';
import { auditSince, expectRefusedUnchanged, grantConsent, lastAuditSeq, openWerkbank, storeState, type TestWerkbank } from './harness';

const PASSPHRASE = 'dossier-zin-voor-prio-2025';
const CODE = 'BLO-2025-001';
const QUESTION = 'Welke doorbraak is nodig om de huurschuld te bevriezen?';

/** Everything a store holds: the data, the audit log's length and the settings (store id, received cases). */
function state(w: TestWerkbank) {
  return { ...storeState(w.db), settings: w.db.prepare('SELECT key, value FROM settings ORDER BY key').all() };
}

async function verbinderWithSubmittedEscalation(): Promise<TestWerkbank> {
  const w = await openWerkbank({ voorbeeld: true });
  await grantConsent(w, CODE, ['PRIO']);
  await w.value('escalations:create', {
    code: CODE,
    target: 'prio',
    question: QUESTION,
    tried: 'Betalingsregeling gevraagd; geweigerd.',
    requestedBudgetCents: 250000,
    urgency: 'hoog',
    consentChecked: true,
  });
  await w.value('escalations:transition', { code: CODE, index: 0, to: 'ingediend' });
  return w;
}

async function exported(w: TestWerkbank, escalationId = 'esc-1') {
  return w.value('dossier:export', { code: CODE, escalationId, passphrase: PASSPHRASE });
}

/** The request imported on PRIO, decided there with a maatwerkbudget, and PRIO's answer. */
async function roundTrip() {
  const verbinder = await verbinderWithSubmittedEscalation();
  const prio = await openWerkbank();
  const request = await exported(verbinder);
  expect(await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE })).toEqual({
    kind: 'request',
    outcome: 'created',
    code: CODE,
    escalationId: 'esc-1',
    status: 'ingediend',
  });
  await prio.value('escalations:transition', { code: CODE, index: 0, to: 'in_behandeling' });
  await prio.value('escalations:decide', {
    code: CODE,
    index: 0,
    besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 237550, decidedOn: '2025-06-02', motivation: 'Doorbraak akkoord.' },
  });
  const answer = await prio.value('dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: PASSPHRASE });
  return { verbinder, prio, request, answer };
}

describe('dossier:export writes the same encrypted file as `werkbank dossier export`, named for the case and the way it goes', () => {
  it('a submitted escalation travels as the request, sealed with the chosen passphrase', async () => {
    const verbinder = await verbinderWithSubmittedEscalation();
    const r = await exported(verbinder);
    expect(r).toMatchObject({ kind: 'request', code: CODE, escalationId: 'esc-1', fileName: `dossier-${CODE}-esc-1-verzoek-2025-06-02.dossier` });
    const bytes = Buffer.from(r.base64, 'base64');
    expect(bytes.subarray(0, 10).toString('ascii')).toBe('CWBDOSSIER');
    expect(bytes.includes(Buffer.from(CODE))).toBe(false);
    const doc = JSON.parse((await openDossier(bytes, PASSPHRASE)).toString('utf8')) as DossierFile;
    expect(doc).toMatchObject({ kind: 'request', case: { code: CODE }, escalation: { id: 'esc-1', status: 'ingediend', question: QUESTION } });
  });

  it('refuses, changing nothing, a passphrase shorter than the store’s, an escalation that is not submitted, and one that does not exist', async () => {
    const verbinder = await verbinderWithSubmittedEscalation();
    await expectRefusedUnchanged(verbinder, 'dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: 'kort' }, 'BAD_INPUT', /^passphrase: Kies een wachtwoordzin van minstens 12 tekens voor het dossierbestand/);
    await verbinder.value('escalations:create', { code: 'SCH-2024-001', target: 'netwerk', question: QUESTION, consentChecked: true });
    await expectRefusedUnchanged(verbinder, 'dossier:export', { code: 'SCH-2024-001', escalationId: 'esc-1', passphrase: PASSPHRASE }, 'CONFLICT', /heeft status 'concept'; alleen een ingediende escalatie/);
    await expectRefusedUnchanged(verbinder, 'dossier:export', { code: CODE, escalationId: 'esc-9', passphrase: PASSPHRASE }, 'NOT_FOUND', 'Escalatie esc-9 bestaat niet in casus BLO-2025-001 (wel: esc-1).');
  });
});

describe('§2.3 dossier:import: verbinder → PRIO → verbinder between two stores, through the channels', () => {
  it('the request creates the received case on PRIO (in its inbox); the answer merges the besluit and the maatwerkbudget becomes investering (§3.2)', async () => {
    const { verbinder, prio, answer } = await roundTrip();
    const received = await prio.value('cases:get', { code: CODE });
    expect(received.received).toBe(true);
    expect(received.case).toMatchObject({ code: CODE, wijk: 'Bloemhof', reference: [], actual: [], interventions: [] });
    expect(received.case.alias).toBeUndefined();
    expect((await prio.value('escalations:inbox', {})).items.map((i) => i.code)).toEqual([CODE]);

    const before = (await verbinder.value('cases:rendement', { code: CODE })).investering;
    const seq = lastAuditSeq(verbinder.db);
    expect(await verbinder.value('dossier:import', { base64: answer.base64, passphrase: PASSPHRASE })).toEqual({
      kind: 'answer',
      outcome: 'merged',
      code: CODE,
      escalationId: 'esc-1',
      status: 'besluit',
    });
    expect(answer.fileName).toBe(`dossier-${CODE}-esc-1-antwoord-2025-06-02.dossier`);
    const own = await verbinder.value('cases:get', { code: CODE });
    expect(own.received).toBe(false);
    expect(own.case.escalations[0]).toMatchObject({ status: 'besluit', question: QUESTION, besluit: { outcome: 'toegekend', maatwerkbudgetCents: 237550 } });
    expect((await verbinder.value('cases:rendement', { code: CODE })).investering - before).toBe(237550);
    // §5 the exchange is audited on both sides: the escalation id, never the content.
    const entries = auditSince(verbinder.db, seq);
    expect(entries.map((a) => [a.action, a.entityId])).toEqual([['dossier.import', CODE]]);
    expect(entries[0]?.detail).toMatchObject({ escalationId: 'esc-1', kind: 'answer', outcome: 'updated', status: 'besluit' });
    expect(auditSince(prio.db, 0).filter((a) => a.action.startsWith('dossier.')).map((a) => a.action)).toEqual(['dossier.import', 'dossier.export']);
  });

  it('importing the same file twice answers unchanged and changes nothing, not even the audit log (both sides)', async () => {
    const { verbinder, prio, request, answer } = await roundTrip();
    const prioBefore = state(prio);
    expect(await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE })).toMatchObject({ outcome: 'unchanged', status: 'besluit' });
    expect(state(prio)).toEqual(prioBefore);
    await verbinder.value('dossier:import', { base64: answer.base64, passphrase: PASSPHRASE });
    const verbinderBefore = state(verbinder);
    expect(await verbinder.value('dossier:import', { base64: answer.base64, passphrase: PASSPHRASE })).toMatchObject({ kind: 'answer', outcome: 'unchanged' });
    expect(state(verbinder)).toEqual(verbinderBefore);
  });

  it('the passphrase is in no audit entry, no setting and no table of either store', async () => {
    const { verbinder, prio, answer } = await roundTrip();
    await verbinder.value('dossier:import', { base64: answer.base64, passphrase: PASSPHRASE });
    for (const w of [verbinder, prio]) {
      const audit = w.db.prepare('SELECT * FROM audit_log').all() as { action: string }[];
      // Each side exported once and imported once: the entries exist, and hold no passphrase.
      expect(audit.filter((a) => a.action.startsWith('dossier.')).map((a) => a.action).sort()).toEqual(['dossier.export', 'dossier.import']);
      expect(JSON.stringify(audit)).not.toContain(PASSPHRASE);
      expect(JSON.stringify(state(w))).not.toContain(PASSPHRASE);
    }
  });
});

describe('dossier:import refuses a bad file with the command line’s Dutch message, and the whole store stays as it was', () => {
  async function refused(w: TestWerkbank, base64: string, code: string, message: RegExp | string, passphrase = PASSPHRASE) {
    const before = state(w);
    const r = await w.call('dossier:import', { base64, passphrase });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    if (typeof message === 'string') expect(r.error.message).toBe(message);
    else expect(r.error.message).toMatch(message);
    expect(state(w)).toEqual(before);
  }

  it('a wrong passphrase, one changed byte, a truncated file, another format, an answer for a case the store does not hold', async () => {
    const { verbinder, prio, request, answer } = await roundTrip();
    const bytes = Buffer.from(answer.base64, 'base64');
    const b64 = (b: Buffer) => b.toString('base64');
    await refused(
      verbinder,
      answer.base64,
      'WRONG_PASSPHRASE',
      'Dit dossierbestand gaat niet open: de wachtwoordzin klopt niet, of het bestand is onderweg gewijzigd of afgekapt. Controleer de wachtwoordzin (hoofdletters, spaties) of vraag het bestand opnieuw. Er is niets geïmporteerd.',
      'niet-de-goede-zin',
    );
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x80;
    await refused(verbinder, b64(flipped), 'WRONG_PASSPHRASE', /onderweg gewijzigd of afgekapt\. .*Er is niets geïmporteerd\.$/);
    await refused(verbinder, b64(bytes.subarray(0, bytes.length - 100)), 'WRONG_PASSPHRASE', /onderweg gewijzigd of afgekapt/);
    await refused(verbinder, b64(bytes.subarray(0, 30)), 'BAD_INPUT', 'Het dossierbestand is onvolledig (afgekapt: 30 bytes). Vraag de afzender het bestand opnieuw te sturen. Er is niets geïmporteerd.');
    await refused(verbinder, b64(Buffer.from('{"format":"casuistiek-werkbank/v1"}')), 'BAD_INPUT', /^Dit is geen dossierbestand van de Casuïstiek Werkbank\. Het lijkt een JSON-bestand/);
    // The answer on a store that never sent the case, and on the store that wrote it; the request back home.
    const third = await openWerkbank();
    await refused(third, answer.base64, 'NOT_FOUND', /^Dit is een antwoord op een escalatie van casus BLO-2025-001, maar die casus is niet door deze werkbank verstuurd\./);
    await refused(prio, answer.base64, 'NOT_FOUND', /niet door deze werkbank verstuurd/);
    await refused(verbinder, request.base64, 'CONFLICT', /in deze werkbank zelf gemaakt/);
  });

  it('a file above 5 MB, an empty file, text that is not base64 and an empty passphrase are refused before any key is derived', async () => {
    const w = await openWerkbank();
    const tooBig = Buffer.alloc(DOSSIER_MAX_BYTES + 1).toString('base64');
    await expectRefusedUnchanged(w, 'dossier:import', { base64: tooBig, passphrase: PASSPHRASE }, 'BAD_INPUT', /^base64: Het bestand is groter dan 5 MB en dus geen dossierbestand/);
    // Exactly 5 MB passes the bound and is then judged as a file (zeros are no dossier).
    const justFits = Buffer.alloc(DOSSIER_MAX_BYTES).toString('base64');
    await expectRefusedUnchanged(w, 'dossier:import', { base64: justFits, passphrase: PASSPHRASE }, 'BAD_INPUT', /^Dit is geen dossierbestand van de Casuïstiek Werkbank/);
    await expectRefusedUnchanged(w, 'dossier:import', { base64: '', passphrase: PASSPHRASE }, 'BAD_INPUT', /^base64: Het bestand is leeg/);
    await expectRefusedUnchanged(w, 'dossier:import', { base64: 'geen base64!', passphrase: PASSPHRASE }, 'BAD_INPUT', /^base64: Het bestand kon niet worden gelezen/);
    await expectRefusedUnchanged(w, 'dossier:import', { base64: 'Q1dCRE9TU0lFUg==', passphrase: '' }, 'BAD_INPUT', /^passphrase: Vul de wachtwoordzin van het dossierbestand in/);
  });
});
