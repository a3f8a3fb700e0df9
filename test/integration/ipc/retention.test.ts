/**
 * Issue #11 item 5, PRODUCT.md §5: a retention date when a case closes, the review list, and the
 * erasure that leaves only an audit tombstone — through the channels of Beheer → Bewaartermijnen.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import type { Db } from '../../../electron/core/store/openDatabase';
import { auditProblems, verifyStore } from '../../../electron/core/store/verify';
import { voorbeeld } from '../data/helpers';
import { tablesHolding, wholeStore } from '../data/storeRows';
import { auditSince, grantConsent, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW, type TestWerkbank } from './harness';

const CLOSED = 'BLO-2024-001'; // afgesloten 2024-09-30, retentionUntil 2026-10-01 in the file
const WITHDRAWN = 'SCH-2024-002'; // ingetrokken 2024-09-03, retentionUntil 2026-09-03
const OPEN = 'BLO-2024-002'; // in uitvoering

async function expectRefusedNothingChanged(w: TestWerkbank, channel: string, input: unknown, code: string, message: RegExp): Promise<void> {
  const before = wholeStore(w.db);
  const r = await w.callRaw(channel, input);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
  expect(wholeStore(w.db)).toEqual(before);
}

describe('§5 a case that closes gets its retention date: N years after the day it closed', () => {
  it('closing (afgesloten) sets the default 2 years after today, the day of the step', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const detail = await w.value('cases:transition', { code: OPEN, to: 'afgesloten', why: 'Doelen bereikt' });
    expect(detail.case.retentionUntil).toBe('2027-06-02');
  });

  it('withdrawing (ingetrokken) with 5 years chosen in Beheer sets 5 years; the choice is audited with the previous number', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('retention:setYears', { years: 5 })).toEqual({ years: 5 });
    expect(auditSince(w.db, seq)).toEqual([{ action: 'retention.years', entity: 'store', entityId: null, detail: { years: 5, previous: 2 } }]);
    const detail = await w.value('cases:transition', { code: 'BLO-2025-001', to: 'ingetrokken', why: 'Verhuisd' });
    expect(detail.case.retentionUntil).toBe('2030-06-02');
    expect((await w.value('retention:list', {})).years).toBe(5);
  });

  it('a changed number of years does not move the dates already set', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('retention:setYears', { years: 10 });
    expect((await w.value('cases:get', { code: CLOSED })).case.retentionUntil).toBe('2026-10-01');
    expect((await w.value('cases:get', { code: WITHDRAWN })).case.retentionUntil).toBe('2026-09-03');
  });

  it('an open case has none, and an edit of a closed case keeps its date', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('cases:get', { code: OPEN })).case.retentionUntil).toBeUndefined();
    const edited = await w.value('cases:update', { code: CLOSED, changes: { notes: 'Nagekomen notitie' } });
    expect(edited.case.retentionUntil).toBe('2026-10-01');
  });

  it('the number of years is a whole number from 1 to 30; anything else is refused and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedNothingChanged(w, 'retention:setYears', { years: 0 }, 'BAD_INPUT', /minstens 1 jaar/);
    await expectRefusedNothingChanged(w, 'retention:setYears', { years: 31 }, 'BAD_INPUT', /hoogstens 30 jaar/);
    await expectRefusedNothingChanged(w, 'retention:setYears', { years: 2.5 }, 'BAD_INPUT', /geheel aantal jaren/);
  });
});

describe('§5 the review list: closed cases whose retention date has come', () => {
  it('lists nothing before the dates, the due cases from their date on (oldest date first), every closed case with `all`', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(await w.value('retention:list', {})).toEqual({ years: 2, defaultYears: 2, items: [] });
    const withdrawn = { code: WITHDRAWN, wijk: 'Schiebroek', status: 'ingetrokken', retentionUntil: '2026-09-03', received: false };
    const closed = { code: CLOSED, wijk: 'Bloemhof', status: 'afgesloten', retentionUntil: '2026-10-01', received: false };
    expect((await w.value('retention:list', { all: true })).items).toEqual([
      { ...withdrawn, due: false },
      { ...closed, due: false },
    ]);
    w.setNow(new Date('2026-09-03T08:00:00'));
    expect((await w.value('retention:list', {})).items).toEqual([{ ...withdrawn, due: true }]);
    w.setNow(new Date('2026-10-01T08:00:00'));
    expect((await w.value('retention:list', {})).items).toEqual([
      { ...withdrawn, due: true },
      { ...closed, due: true },
    ]);
  });
});

/**
 * The example dataset with the closed case BLO-2024-001 holding an arrangement and a jeugd
 * weekbedrag request about it too, so every table that can name a case has a row of it.
 */
async function storeWithFullCase(): Promise<TestWerkbank> {
  const w = await openWerkbank();
  const file = voorbeeld();
  const c = file.cases.find((x) => x.code === CLOSED)!;
  c.arrangements = [{ id: 'arr-1', domain: 'jeugd', setting: 'intramuraal', provider: 'Jeugdzorgaanbieder Noord (fictief)', weeklyCents: 520000, from: '2024-04-01', weeks: 12 }];
  c.escalations.push({
    id: 'esc-2',
    target: 'jeugd_weekbedrag',
    status: 'afgerond',
    arrangementId: 'arr-1',
    submittedOn: '2024-03-20',
    statusHistory: [{ from: 'concept', to: 'ingediend', at: '2024-03-20T10:00:00Z' }],
    besluit: { outcome: 'toegekend', approvedWeeklyCents: 520000, decidedOn: '2024-03-28', reviewOn: '2024-06-28' },
  });
  importDataset(w.db, file, { actor: 'test-import', now: TEST_NOW });
  return w;
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('§5 erasure: a closed case and everything that names it are deleted; only an audit tombstone is left', () => {
  it('before: the case has rows in every table that can name a case (a guard against erasing an almost empty case)', async () => {
    const w = await storeWithFullCase();
    expect(tablesHolding(w.db, CLOSED)).toEqual({
      agenda_items: 1,
      arrangements: 1,
      case_figures: 1,
      case_scores: 2,
      case_sporen: 2,
      case_status_history: 6,
      case_summaries: 1,
      case_year_shares: 2,
      cases: 1,
      consents: 1,
      cost_lines: 3,
      escalations: 2,
      interventions: 2,
      knelpunten: 1,
    });
    // Rows that name the case through a parent: the agenda item's decision and action, the escalations' besluit and history.
    expect(count(w.db, "SELECT COUNT(*) AS n FROM decisions d JOIN agenda_items a ON a.seq = d.agenda_item_seq WHERE a.case_code = ?", CLOSED)).toBe(1);
    expect(count(w.db, "SELECT COUNT(*) AS n FROM actions x JOIN agenda_items a ON a.seq = x.agenda_item_seq WHERE a.case_code = ?", CLOSED)).toBe(1);
    expect(count(w.db, 'SELECT COUNT(*) AS n FROM besluiten b JOIN escalations e ON e.seq = b.escalation_seq WHERE e.case_code = ?', CLOSED)).toBe(2);
    expect(count(w.db, 'SELECT COUNT(*) AS n FROM escalation_status_history h JOIN escalations e ON e.seq = h.escalation_seq WHERE e.case_code = ?', CLOSED)).toBe(1);
  });

  it('after: no row anywhere holds the code but the audit log; the rows under it are gone; the knelpunt stays without the link', async () => {
    const w = await storeWithFullCase();
    const rows = (t: string) => count(w.db, `SELECT COUNT(*) AS n FROM ${t}`);
    const before = { decisions: rows('decisions'), actions: rows('actions'), besluiten: rows('besluiten'), history: rows('escalation_status_history') };
    const agendaBefore = (await w.value('meetings:get', { id: 'bijeenkomst-blo-2024-03-05' })).agenda.map((a) => a.caseCode);

    expect(await w.value('retention:erase', { code: CLOSED, reason: 'Bewaartermijn verlopen' })).toEqual({ code: CLOSED, mentions: [], walCleared: true });

    expect(tablesHolding(w.db, CLOSED)).toEqual({ audit_log: 1 });
    expect({ decisions: rows('decisions'), actions: rows('actions'), besluiten: rows('besluiten'), history: rows('escalation_status_history') }).toEqual({
      decisions: before.decisions - 1,
      actions: before.actions - 1,
      besluiten: before.besluiten - 2,
      history: before.history - 1,
    });
    const r = await w.call('cases:get', { code: CLOSED });
    expect(r.ok ? 'found' : r.error.code).toBe('NOT_FOUND');
    expect((await w.value('cases:list', {})).items.map((c) => c.code)).not.toContain(CLOSED);
    expect(agendaBefore).toEqual([CLOSED, OPEN]);
    expect((await w.value('meetings:get', { id: 'bijeenkomst-blo-2024-03-05' })).agenda.map((a) => a.caseCode)).toEqual([OPEN]);
    expect((await w.value('knelpunten:list', {})).items.find((k) => k.id === 'kp-1')).toEqual({
      id: 'kp-1',
      caseCode: null,
      wijk: 'Bloemhof',
      rule: 'Urgentieverordening',
      description: 'Geen urgentie bij huurachterstand, ook niet als dat ontruiming voorkomt.',
      raisedOn: '2024-04-02',
      status: 'doorgezet',
    });
  });

  it('the tombstone is one audit entry — code, when, who, why — and the store verifies: integrity, foreign keys, chain', async () => {
    const w = await storeWithFullCase();
    const seq = lastAuditSeq(w.db);
    await w.value('retention:erase', { code: CLOSED, reason: 'Verzoek van de bewoner (art. 17 AVG)' });
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'case.erase',
        entity: 'case',
        entityId: CLOSED,
        detail: { reason: 'Verzoek van de bewoner (art. 17 AVG)', status: 'afgesloten', retentionUntil: '2026-10-01', received: false },
      },
    ]);
    expect(w.db.prepare('SELECT at, actor FROM audit_log WHERE seq = ?').get(seq + 1)).toEqual({ at: TEST_NOW.toISOString(), actor: TEST_ACTOR });
    // The earlier entries are all still there, unchanged: the chain holds.
    const check = verifyStore(w.db);
    expect({ integrity: check.integrity, brokenForeignKeys: check.brokenForeignKeys, chain: check.chain }).toEqual({ integrity: 'ok', brokenForeignKeys: 0, chain: { ok: true, entries: seq + 1 } });
    expect(auditProblems(check)).toEqual([]);
  });

  it('the write-ahead log is checkpointed and truncated: the -wal file is empty afterwards', async () => {
    const w = await storeWithFullCase();
    expect(statSync(`${w.session.dbFile}-wal`).size).toBeGreaterThan(0);
    await w.value('retention:erase', { code: CLOSED, reason: 'Bewaartermijn verlopen' });
    expect(statSync(`${w.session.dbFile}-wal`).size).toBe(0);
  });

  it('erases a withdrawn case before its retention date too (an erasure request from the resident)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('retention:list', {})).items).toEqual([]);
    await w.value('retention:erase', { code: WITHDRAWN, reason: 'Verzoek van de bewoner' });
    expect(tablesHolding(w.db, WITHDRAWN)).toEqual({ audit_log: 1 });
    expect((await w.value('retention:list', { all: true })).items.map((i) => i.code)).toEqual([CLOSED]);
  });

  it('reports the code where it is still named in free text elsewhere, and leaves that text to a person', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: OPEN, changes: { notes: `Broer van de bewoner van ${CLOSED}.` } });
    const erased = await w.value('retention:erase', { code: CLOSED, reason: 'Bewaartermijn verlopen' });
    expect(erased.mentions).toEqual([{ table: 'cases', column: 'notes', rows: 1 }]);
    expect((await w.value('cases:get', { code: OPEN })).case.notes).toBe(`Broer van de bewoner van ${CLOSED}.`);
  });

  it('a case received from another werkbank is erased by the same rules, with the record of where it came from', async () => {
    const PASS = 'dossier-zin-voor-prio-2025';
    const code = 'BLO-2025-001';
    const verbinder = await openWerkbank({ voorbeeld: true });
    await grantConsent(verbinder, code, ['PRIO']); // §5: no dossier to PRIO without consent for PRIO
    await verbinder.value('escalations:create', { code, target: 'prio', question: 'Maatwerk voor de huurschuld?', consentChecked: true });
    await verbinder.value('escalations:transition', { code, index: 0, to: 'ingediend' });
    const prio = await openWerkbank();
    const own = voorbeeld();
    own.cases = own.cases.filter((c) => c.code !== code);
    importDataset(prio.db, own, { actor: 'test-import' });
    const request = await verbinder.value('dossier:export', { code, escalationId: 'esc-1', passphrase: PASS });
    await prio.value('dossier:import', { base64: request.base64, passphrase: PASS });

    // Still open on the receiving store: refused like any open case.
    await expectRefusedNothingChanged(prio, 'retention:erase', { code, reason: 'Niet meer nodig' }, 'ILLEGAL_TRANSITION', /Alleen een afgesloten of ingetrokken casus/);
    const withdrawn = await prio.value('cases:transition', { code, to: 'ingetrokken', why: 'Escalatie is elders opgepakt' });
    expect(withdrawn.case.retentionUntil).toBe('2027-06-02');
    expect((await prio.value('retention:list', { all: true })).items.find((i) => i.code === code)?.received).toBe(true);
    const seq = lastAuditSeq(prio.db);
    await prio.value('retention:erase', { code, reason: 'Niet meer nodig' });
    expect(tablesHolding(prio.db, code)).toEqual({ audit_log: count(prio.db, 'SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ?', code) });
    expect(auditSince(prio.db, seq).map((e) => e.detail)).toEqual([{ reason: 'Niet meer nodig', status: 'ingetrokken', retentionUntil: '2027-06-02', received: true }]);
    expect(verifyStore(prio.db).chain.ok).toBe(true);
  });
});

describe('§5 erasure refuses, and then nothing changes (every row of every table compared)', () => {
  it('a case that is not afgesloten or ingetrokken', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedNothingChanged(
      w,
      'retention:erase',
      { code: OPEN, reason: 'Bewaartermijn verlopen' },
      'ILLEGAL_TRANSITION',
      /^Casus BLO-2024-002 heeft status 'in uitvoering'\. Alleen een afgesloten of ingetrokken casus kan worden gewist: sluit de casus eerst af of trek haar in\. Er is niets gewist\.$/,
    );
  });

  it('a code that is not in the store', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedNothingChanged(w, 'retention:erase', { code: 'BLO-2024-099', reason: 'Bewaartermijn verlopen' }, 'NOT_FOUND', /Casus BLO-2024-099 bestaat niet/);
  });

  it('without a reason, or with only spaces', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedNothingChanged(w, 'retention:erase', { code: CLOSED, reason: '' }, 'BAD_INPUT', /^reason: Vul de reden in/);
    await expectRefusedNothingChanged(w, 'retention:erase', { code: CLOSED, reason: '   ' }, 'BAD_INPUT', /^reason: Vul de reden in/);
  });

  it('a reason that names the resident by the alias (it would stay in the audit log for good)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: CLOSED, changes: { alias: 'Mevrouw Kanarie' } });
    await expectRefusedNothingChanged(w, 'retention:erase', { code: CLOSED, reason: 'Verzoek van mevrouw kanarie zelf' }, 'BAD_INPUT', /de reden noemt de alias van de bewoner/);
    // A reason that merely contains the letters is not the alias.
    await w.value('retention:erase', { code: CLOSED, reason: 'Verzoek via de Kanariestraat-balie' });
  });
});
