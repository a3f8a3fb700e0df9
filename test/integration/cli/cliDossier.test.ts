/**
 * Issue #9 item 4: the escalation dossier between two machines through the real `werkbank`
 * command, between two real encrypted stores — verbinder → PRIO → verbinder — with a double import
 * on each side and every bad file (wrong passphrase, one changed byte, truncated, another format,
 * an answer for a case the store does not hold): exit 1, a Dutch message, nothing changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDossier } from '../../../electron/core/exchange/dossierFile';
import type { DossierFile } from '../../../shared/interchange/dossier';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { auditSince, grantConsent, lastAuditSeq, openWerkbank, storeState, type TestWerkbank } from '../ipc/harness';
import { werkbank } from './cliHarness';

const DOSSIER_PASSPHRASE = 'dossier-zin-voor-prio-2025';
const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE, WERKBANK_DOSSIER_PASSPHRASE: DOSSIER_PASSPHRASE };
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
    blockingRule: 'Geen maatwerk bij huurschuld boven de grens.',
    requestedDeviation: 'Eenmalig maatwerkbudget voor de achterstand.',
    legalBasis: 'Wmo 2015 art. 2.3.5',
    requestedBudgetCents: 250000,
    urgency: 'hoog',
    consentChecked: true,
  });
  await w.value('escalations:transition', { code: CODE, index: 0, to: 'ingediend' });
  return w;
}

async function ok(argv: string[]) {
  const r = await werkbank(argv, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

function investering(file: string, code: string): number {
  const bc = JSON.parse(readFileSync(file, 'utf8')) as { cases: { code: string; investering: number }[] };
  const c = bc.cases.find((x) => x.code === code);
  if (c === undefined) throw new Error(`${code} not in the businesscase`);
  return c.investering;
}

/** The verbinder's request, imported on PRIO, decided there with a maatwerkbudget, and its answer file. */
async function roundTrip() {
  const dir = tempDir();
  const verbinder = await verbinderWithSubmittedEscalation();
  const prio = await openWerkbank();
  const request = join(dir, 'verzoek.dossier');
  const answer = join(dir, 'antwoord.dossier');
  const exported = await ok(['dossier', 'export', '--case', CODE, '--out', request, '--db', verbinder.session.dbFile]);
  expect(exported.stdout).toContain(`escalatiedossier esc-1 van ${CODE}`);
  const imported = await ok(['dossier', 'import', request, '--db', prio.session.dbFile]);
  expect(imported.stdout).toContain(`Nieuwe casus: escalatiedossier esc-1 van ${CODE}, status ingediend`);
  await prio.value('escalations:transition', { code: CODE, index: 0, to: 'in_behandeling' });
  await prio.value('escalations:decide', {
    code: CODE,
    index: 0,
    besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 237550, decidedOn: '2025-06-02', motivation: 'Doorbraak akkoord.' },
  });
  await ok(['dossier', 'export', '--case', CODE, '--out', answer, '--db', prio.session.dbFile]);
  return { dir, verbinder, prio, request, answer };
}

describe('§2.3 werkbank dossier: verbinder → PRIO → verbinder between two stores', () => {
  it('the request creates the case and escalation on PRIO; the answer merges the besluit and the maatwerkbudget becomes investering (§3.2)', async () => {
    const { dir, verbinder, prio, answer } = await roundTrip();
    // On PRIO: the case with only what the dossier carries, the escalation in the inbox.
    const received = (await prio.value('cases:get', { code: CODE })).case;
    expect(received).toMatchObject({ code: CODE, wijk: 'Bloemhof', reference: [], actual: [], interventions: [] });
    expect(received.alias).toBeUndefined();
    expect(received.aanleiding).toBeUndefined();
    const inbox = await prio.value('escalations:inbox', {});
    expect(inbox.items.map((i) => i.code)).toEqual([CODE]);

    const bcBefore = join(dir, 'bc-voor.json');
    const bcAfter = join(dir, 'bc-na.json');
    await ok(['export', '--what', 'businesscase', '--format', 'json', '--year', '2025', '--out', bcBefore, '--db', verbinder.session.dbFile]);
    const seq = lastAuditSeq(verbinder.db);
    const merged = await ok(['dossier', 'import', answer, '--db', verbinder.session.dbFile]);
    expect(merged.stdout).toContain(`Bijgewerkt: antwoord op de escalatie esc-1 van ${CODE}, status besluit`);
    await ok(['export', '--what', 'businesscase', '--format', 'json', '--year', '2025', '--out', bcAfter, '--db', verbinder.session.dbFile]);
    expect(investering(bcAfter, CODE) - investering(bcBefore, CODE)).toBe(237550);

    const e = (await verbinder.value('cases:get', { code: CODE })).case.escalations[0];
    expect(e).toMatchObject({ status: 'besluit', question: QUESTION, besluit: { outcome: 'toegekend', maatwerkbudgetCents: 237550 } });
    expect(e?.statusHistory?.map((s) => s.to)).toEqual(['concept', 'ingediend', 'in_behandeling', 'besluit']);
    // §5 both sides audit the exchange, with the escalation id and never the content.
    const entries = auditSince(verbinder.db, seq).filter((a) => a.action.startsWith('dossier.'));
    expect(entries.map((a) => [a.action, a.entity, a.entityId])).toEqual([['dossier.import', 'case', CODE]]);
    expect(entries[0]?.detail).toMatchObject({ escalationId: 'esc-1', kind: 'answer', outcome: 'updated', status: 'besluit' });
    const prioLog = auditSince(prio.db, 0).filter((a) => a.action.startsWith('dossier.'));
    expect(prioLog.map((a) => [a.action, (a.detail as { escalationId: string }).escalationId])).toEqual([
      ['dossier.import', 'esc-1'],
      ['dossier.export', 'esc-1'],
    ]);
    for (const a of [...entries, ...prioLog]) expect(JSON.stringify(a.detail)).not.toMatch(/huurschuld|Doorbraak akkoord|Betalingsregeling/);
  });

  it('the file is encrypted and holds only the escalation dossier and the minimum of its case', async () => {
    const { verbinder, request } = await roundTrip();
    const bytes = readFileSync(request);
    expect(bytes.includes(Buffer.from(CODE))).toBe(false);
    expect(bytes.includes(Buffer.from('huurschuld'))).toBe(false);
    const doc = JSON.parse((await openDossier(bytes, DOSSIER_PASSPHRASE)).toString('utf8')) as DossierFile;
    expect(doc.kind).toBe('request');
    expect(Object.keys(doc.case).sort()).toEqual(['code', 'referenceDate', 'registeredOn', 'sporen', 'status', 'wijk']);
    expect(doc.arrangement).toBeUndefined();
    expect(doc.escalation).toMatchObject({ id: 'esc-1', target: 'prio', status: 'ingediend', question: QUESTION, requestedBudgetCents: 250000 });
    // No alias, no other case, no audit log, no notes of the case.
    const text = JSON.stringify(doc);
    const own = (await verbinder.value('cases:get', { code: CODE })).case;
    if (own.alias) expect(text).not.toContain(own.alias);
    if (own.notes) expect(text).not.toContain(own.notes);
    expect(text).not.toMatch(/BLO-2025-002|SCH-20/);
    expect(text).not.toMatch(/audit/i);
  });

  it('importing any file twice changes nothing: not the store, not the audit log (both sides)', async () => {
    const { verbinder, prio, request, answer } = await roundTrip();
    const prioBefore = state(prio);
    const again = await ok(['dossier', 'import', request, '--db', prio.session.dbFile]);
    expect(again.stdout).toContain('Niets gewijzigd');
    expect(state(prio)).toEqual(prioBefore);

    await ok(['dossier', 'import', answer, '--db', verbinder.session.dbFile]);
    const verbinderBefore = state(verbinder);
    const twice = await ok(['dossier', 'import', answer, '--db', verbinder.session.dbFile]);
    expect(twice.stdout).toContain('Niets gewijzigd');
    expect(state(verbinder)).toEqual(verbinderBefore);
  });

  it('teruggelegd travels back, the verbinder completes and resubmits, and PRIO gets the newer dossier', async () => {
    const dir = tempDir();
    const verbinder = await verbinderWithSubmittedEscalation();
    const prio = await openWerkbank();
    const f = (n: string) => join(dir, n);
    await ok(['dossier', 'export', '--case', CODE, '--out', f('1'), '--db', verbinder.session.dbFile]);
    await ok(['dossier', 'import', f('1'), '--db', prio.session.dbFile]);
    await prio.value('escalations:transition', { code: CODE, index: 0, to: 'teruggelegd', why: 'Wat is er al geprobeerd bij de corporatie?' });
    await ok(['dossier', 'export', '--case', CODE, '--out', f('2'), '--db', prio.session.dbFile]);
    await ok(['dossier', 'import', f('2'), '--db', verbinder.session.dbFile]);
    expect((await verbinder.value('cases:get', { code: CODE })).case.escalations[0]?.status).toBe('teruggelegd');
    await verbinder.value('escalations:transition', { code: CODE, index: 0, to: 'concept' });
    await verbinder.value('escalations:updateDossier', { code: CODE, index: 0, tried: 'Corporatie gebeld: geen regeling mogelijk.' });
    await verbinder.value('escalations:transition', { code: CODE, index: 0, to: 'ingediend' });
    await ok(['dossier', 'export', '--case', CODE, '--out', f('3'), '--db', verbinder.session.dbFile]);
    const updated = await ok(['dossier', 'import', f('3'), '--db', prio.session.dbFile]);
    expect(updated.stdout).toContain('Bijgewerkt');
    const e = (await prio.value('cases:get', { code: CODE })).case.escalations[0];
    expect(e).toMatchObject({ status: 'ingediend', tried: 'Corporatie gebeld: geen regeling mogelijk.' });
    // The older request, imported late, changes nothing.
    const before = state(prio);
    expect((await ok(['dossier', 'import', f('1'), '--db', prio.session.dbFile])).stdout).toContain('Niets gewijzigd');
    expect(state(prio)).toEqual(before);
  });

  it('a wijk the PRIO store does not know is added from the dossier, with the case code\'s prefix', async () => {
    const dir = tempDir();
    const verbinder = await openWerkbank({ voorbeeld: true });
    // Schiebroek has no tafel in the example: the netwerk receives the dossier under its own name.
    await grantConsent(verbinder, 'SCH-2024-001', ['Netwerk (klankbord)']);
    await verbinder.value('escalations:create', { code: 'SCH-2024-001', target: 'netwerk', question: QUESTION, consentChecked: true });
    await verbinder.value('escalations:transition', { code: 'SCH-2024-001', index: 0, to: 'ingediend' });
    const file = join(dir, 'd');
    await ok(['dossier', 'export', '--case', 'SCH-2024-001', '--out', file, '--db', verbinder.session.dbFile]);
    // This PRIO store calls its wijk differently, so 'Schiebroek' and the prefix SCH are unknown to it.
    const prio = await openWerkbank();
    await prio.value('wijken:save', { wijk: { id: 'schiebroek', name: 'Schiebroek-Noord', codePrefix: 'SBN' } });
    const r = await ok(['dossier', 'import', file, '--db', prio.session.dbFile]);
    expect(r.stdout).toContain('wijk Schiebroek toegevoegd aan de catalogus');
    expect((await prio.value('catalogue:get', {})).wijken).toContainEqual({ id: 'schiebroek-2', name: 'Schiebroek', codePrefix: 'SCH' });
    expect((await prio.value('cases:list', { wijk: 'Schiebroek' })).items.map((c) => c.code)).toEqual(['SCH-2024-001']);
  });
});

describe('§3.5 a hoog-weekbedrag request travels with its one arrangement, and the approved maximum comes back', () => {
  it('PRIO-side case holds only that arrangement; the besluit (deels toegekend, maximum per week, review date) is merged', async () => {
    const dir = tempDir();
    const jeugd = 'BLO-2024-002';
    const verbinder = await openWerkbank({ voorbeeld: true });
    const index = (await verbinder.value('escalations:create', { code: jeugd, target: 'jeugd_weekbedrag', arrangementId: 'arr-2', question: 'Hoger weekbedrag voor 2-op-1 begeleiding?', consentChecked: true })).case.escalations.length - 1;
    const created = await verbinder.value('escalations:transition', { code: jeugd, index, to: 'ingediend' });
    const id = created.case.escalations[index]?.id ?? '';
    const [request, answer] = [join(dir, 'verzoek'), join(dir, 'antwoord')];
    await ok(['dossier', 'export', '--case', jeugd, '--escalation', id, '--out', request, '--db', verbinder.session.dbFile]);
    const doc = JSON.parse((await openDossier(readFileSync(request), DOSSIER_PASSPHRASE)).toString('utf8')) as DossierFile;
    expect(doc.arrangement).toMatchObject({ id: 'arr-2', domain: 'jeugd', weeklyCents: 610000 });

    const table = await openWerkbank();
    await ok(['dossier', 'import', request, '--db', table.session.dbFile]);
    const received = (await table.value('cases:get', { code: jeugd })).case;
    expect(received.arrangements.map((a) => a.id)).toEqual(['arr-2']);
    await table.value('escalations:transition', { code: jeugd, index: 0, to: 'in_behandeling' });
    const besluit = { outcome: 'deels_toegekend', approvedWeeklyCents: 550000, decidedOn: '2025-06-02', reviewOn: '2025-09-01' } as const;
    await table.value('escalations:decide', { code: jeugd, index: 0, besluit });
    await ok(['dossier', 'export', '--case', jeugd, '--out', answer, '--db', table.session.dbFile]);

    await ok(['dossier', 'import', answer, '--db', verbinder.session.dbFile]);
    const merged = (await verbinder.value('cases:get', { code: jeugd })).case;
    expect(merged.escalations[index]).toMatchObject({ id, status: 'besluit', arrangementId: 'arr-2', besluit });
    expect(merged.arrangements.map((a) => a.id)).toEqual(['arr-1', 'arr-2']);
  });
});

describe('§2.3 werkbank dossier export: which escalation', () => {
  it('without --escalation: a clear error when the case has none submitted, or more than one; without a dossier passphrase nothing is written', async () => {
    const w = await verbinderWithSubmittedEscalation();
    const out = join(tempDir(), 'x');
    const none = await werkbank(['dossier', 'export', '--case', 'SCH-2024-001', '--out', out, '--db', w.session.dbFile], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('fout: Casus SCH-2024-001 heeft geen ingediende escalatie');
    await grantConsent(w, 'BLO-2025-002', ['PRIO']);
    await w.value('escalations:create', { code: 'BLO-2025-002', target: 'prio', question: QUESTION, consentChecked: true });
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 1, to: 'ingediend' });
    const two = await werkbank(['dossier', 'export', '--case', 'BLO-2025-002', '--out', out, '--db', w.session.dbFile], env);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/heeft 2 escalaties .*\(esc-1, esc-2\).*--escalation ID/);
    await ok(['dossier', 'export', '--case', 'BLO-2025-002', '--escalation', 'esc-2', '--out', out, '--db', w.session.dbFile]);
    // Without the dossier's own passphrase and without a terminal to ask: refused, no file, no audit entry.
    const before = state(w);
    const none2 = await werkbank(['dossier', 'export', '--case', CODE, '--out', join(tempDir(), 'y'), '--db', w.session.dbFile], { WERKBANK_PASSPHRASE: TEST_PASSPHRASE });
    expect(none2.code).toBe(1);
    expect(none2.stderr).toContain('fout: Geen wachtwoordzin: zet WERKBANK_DOSSIER_PASSPHRASE, of start de opdracht in een terminal.');
    expect(state(w)).toEqual(before);
    const concept = await werkbank(['dossier', 'export', '--case', 'BLO-2025-001', '--escalation', 'esc-9', '--out', out, '--db', w.session.dbFile], env);
    expect(concept.code).toBe(1);
    expect(concept.stderr).toContain('Escalatie esc-9 bestaat niet in casus BLO-2025-001 (wel: esc-1)');
  });
});

describe('§5 werkbank dossier export: no dossier to a partner without consent or a legal basis for it', () => {
  it('the example’s submitted netwerk escalation (consent without partners): exit 1, the Dutch message says what to record, no file, nothing changed', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const out = join(tempDir(), 'verzoek.dossier');
    const before = state(w);
    const r = await werkbank(['dossier', 'export', '--case', 'BLO-2025-002', '--out', out, '--db', w.session.dbFile], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'fout: Escalatie esc-1 van BLO-2025-002 kan niet worden verstuurd: zonder toestemming of grondslag gaat het dossier niet naar Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid (fictief) (§5). Leg eerst toestemming of een grondslag vast voor Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid (fictief) (Toestemming en grondslag op de casus).',
    );
    expect(r.stderr).toMatch(/^error: /m);
    expect(existsSync(out)).toBe(false);
    expect(state(w)).toEqual(before);
  });
});

describe('§2.3 werkbank dossier import: a bad file is refused with exit 1, a Dutch message, and nothing changed', () => {
  async function refused(w: TestWerkbank, file: string, message: RegExp, extraEnv: Record<string, string> = {}) {
    const before = state(w);
    const r = await werkbank(['dossier', 'import', file, '--db', w.session.dbFile], { ...env, ...extraEnv });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fout: /m);
    expect(r.stderr).toMatch(/^error: /m);
    expect(r.stderr).toMatch(message);
    expect(state(w)).toEqual(before);
  }

  it('a wrong passphrase, one changed byte, a truncated file, another format, or an answer for a case the store does not hold', async () => {
    const { dir, verbinder, prio, request, answer } = await roundTrip();
    const bytes = readFileSync(answer);
    const write = (name: string, content: Buffer | string) => {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    };
    await refused(verbinder, answer, /wachtwoordzin klopt niet.*Er is niets geïmporteerd/, { WERKBANK_DOSSIER_PASSPHRASE: 'niet-de-goede-zin' });
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] = (flipped[Math.floor(bytes.length / 2)] ?? 0) ^ 0x80;
    await refused(verbinder, write('gewijzigd', flipped), /onderweg gewijzigd of afgekapt/);
    await refused(verbinder, write('afgekapt', bytes.subarray(0, bytes.length - 100)), /onderweg gewijzigd of afgekapt/);
    await refused(verbinder, write('kort', bytes.subarray(0, 30)), /onvolledig \(afgekapt/);
    await refused(verbinder, 'test/fixtures/dataset-voorbeeld.json', /geen dossierbestand van de Casuïstiek Werkbank.*werkbank import/);
    // The answer on a store that never sent the case, and the request on the store that made it.
    const third = await openWerkbank({ voorbeeld: true });
    await refused(third, answer, /antwoord op een escalatie van casus BLO-2025-001, maar die casus is niet door deze werkbank verstuurd/);
    await refused(prio, answer, /niet door deze werkbank verstuurd/);
    await refused(verbinder, request, /in deze werkbank zelf gemaakt/);
    // A request for a code this store already uses for a case of its own.
    await refused(third, request, /Casus BLO-2025-001 bestaat al in deze werkbank als eigen casus/);
  });
});
