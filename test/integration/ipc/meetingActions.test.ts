import { describe, expect, it } from 'vitest';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { voorbeeld } from '../data/helpers';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, TEST_ACTOR } from './harness';

const BLO = 'bijeenkomst-blo-2024-03-05';
const original = () => voorbeeld().meetings?.[0]?.agenda ?? [];

describe('meetings:setAgenda replaces the order and keeps what kept items hold (audited)', () => {
  it('reorders, adds a case, and keeps notes, besluiten and acties of the cases that stay', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const items = [
      { caseCode: 'BLO-2025-001', minutes: 10 },
      { caseCode: 'BLO-2024-002', minutes: 5 },
      { caseCode: 'BLO-2024-001', minutes: 25 },
    ];
    await w.value('meetings:setAgenda', { id: BLO, items });
    const [first, second] = original();
    const { agenda } = await w.value('meetings:get', { id: BLO });
    expect(agenda).toEqual([
      { caseCode: 'BLO-2025-001', order: 1, minutes: 10, decisions: [], actions: [] },
      { ...second, order: 2, minutes: 5 },
      { ...first, order: 3, minutes: 25 },
    ]);
    expect(agenda[2]?.notes).toBe('Ontruiming dreigt; PRIO inschakelen.');
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'meeting.setAgenda',
        entity: 'meeting',
        entityId: BLO,
        // BLO-2025-001 is in behandeling already, so its status does not move.
        detail: { caseCodes: items.map((i) => i.caseCode), count: 3, added: ['BLO-2025-001'], removed: [], geagendeerd: [] },
      },
    ]);
  });

  it('§2.1 a new aanmelding put on the agenda becomes geagendeerd, recorded in its status history', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const c = await w.value('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'] });
    const code = c.case.code;
    await w.value('meetings:setAgenda', { id: BLO, items: [...original().map((a) => ({ caseCode: a.caseCode, minutes: a.minutes })), { caseCode: code, minutes: 10 }] });
    const after = await w.value('cases:get', { code });
    expect(after.case.status).toBe('geagendeerd');
    expect(after.case.statusHistory?.at(-1)).toMatchObject({ from: 'aangemeld', to: 'geagendeerd', by: TEST_ACTOR });
    expect(after.case.statusHistory?.at(-1)?.why).toMatch(/^Op de agenda van /);
  });

  it('refuses to drop a case whose agenda item has notes, so typed notes are never lost with a drag', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const keep = [{ caseCode: 'BLO-2024-001', minutes: 20 }, { caseCode: 'BLO-2024-002', minutes: 15 }];
    await w.value('meetings:setAgenda', { id: BLO, items: [...keep, { caseCode: 'BLO-2025-001', minutes: 10 }] });
    await w.value('meetings:saveNotes', { id: BLO, caseCode: 'BLO-2025-001', notes: 'Huisbezoek afgesproken' });
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: keep }, 'CONFLICT', /BLO-2025-001 heeft notities/);
  });

  it('drops a case without notes, besluiten or acties', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const keep = [{ caseCode: 'BLO-2024-001', minutes: 20 }, { caseCode: 'BLO-2024-002', minutes: 15 }];
    await w.value('meetings:setAgenda', { id: BLO, items: [...keep, { caseCode: 'BLO-2025-001', minutes: 10 }] });
    await w.value('meetings:setAgenda', { id: BLO, items: keep });
    expect((await w.value('meetings:get', { id: BLO })).agenda).toEqual(original());
  });

  it('refuses to drop a case that has notes, besluiten or acties (CONFLICT)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: [{ caseCode: 'BLO-2024-002', minutes: 15 }] }, 'CONFLICT', /BLO-2024-001 heeft notities, besluiten of acties/);
  });

  it('refuses a case that does not exist (NOT_FOUND) or is twice on the agenda (BAD_INPUT)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const kept = [{ caseCode: 'BLO-2024-001', minutes: 20 }, { caseCode: 'BLO-2024-002', minutes: 15 }];
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: [...kept, { caseCode: 'BLO-2099-001', minutes: 5 }] }, 'NOT_FOUND', /^items\[2\]\.caseCode: .*BLO-2099-001/);
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: [...kept, { caseCode: 'BLO-2024-001', minutes: 5 }] }, 'BAD_INPUT', /^items\[2\]\.caseCode: .*items\[0\]/);
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: [{ caseCode: 'BLO-2024-001', minutes: -1 }] }, 'BAD_INPUT', /^items\[0\]\.minutes: /);
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: 'bijeenkomst-x', items: [] }, 'NOT_FOUND', /bijeenkomst-x/);
  });

  it("refuses a case of another wijk on a wijk tafel, and an ingetrokken case (CONFLICT)", async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const kept = [{ caseCode: 'BLO-2024-001', minutes: 20 }, { caseCode: 'BLO-2024-002', minutes: 15 }];
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id: BLO, items: [...kept, { caseCode: 'SCH-2025-002', minutes: 5 }] }, 'CONFLICT', /SCH-2025-002.*Schiebroek/);
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-jeugd', date: '2025-06-05' });
    await expectRefusedUnchanged(w, 'meetings:setAgenda', { id, items: [{ caseCode: 'SCH-2024-002', minutes: 5 }] }, 'CONFLICT', /SCH-2024-002.*ingetrokken/);
  });
});

describe('meetings:saveNotes sets the notes of one agenda item, audited without the text', () => {
  it('saves and reads back; the audit names the case only', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('meetings:saveNotes', { id: BLO, caseCode: 'BLO-2024-002', notes: 'Mantelzorger overbelast.' });
    expect((await w.value('meetings:get', { id: BLO })).agenda[1]?.notes).toBe('Mantelzorger overbelast.');
    const audit = auditSince(w.db, seq);
    expect(audit).toEqual([{ action: 'meeting.saveNotes', entity: 'meeting', entityId: BLO, detail: { caseCode: 'BLO-2024-002', cleared: false } }]);
    expect(JSON.stringify(audit)).not.toContain('Mantelzorger');
  });

  it('refuses a case not on the agenda (NOT_FOUND) and notes that are too long (BAD_INPUT)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:saveNotes', { id: BLO, caseCode: 'BLO-2025-001', notes: 'x' }, 'NOT_FOUND', /^caseCode: .*BLO-2025-001/);
    await expectRefusedUnchanged(w, 'meetings:saveNotes', { id: BLO, caseCode: 'BLO-2024-001', notes: 'x'.repeat(10_001) }, 'BAD_INPUT', /^notes: /);
  });
});

describe('meetings:addDecision / removeDecision edit the besluiten of an agenda item (audited)', () => {
  it('appends a besluit and removes one by 0-based index', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('meetings:addDecision', { id: BLO, caseCode: 'BLO-2024-001', text: 'Tweede besluit.' });
    await w.value('meetings:removeDecision', { id: BLO, caseCode: 'BLO-2024-001', index: 0 });
    expect((await w.value('meetings:get', { id: BLO })).agenda[0]?.decisions).toEqual([{ text: 'Tweede besluit.' }]);
    expect(auditSince(w.db, seq).map((a) => [a.action, a.detail])).toEqual([
      ['meeting.addDecision', { caseCode: 'BLO-2024-001', index: 1 }],
      ['meeting.removeDecision', { caseCode: 'BLO-2024-001', index: 0 }],
    ]);
  });

  it('refuses an empty besluit, a negative index and a besluit that does not exist', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:addDecision', { id: BLO, caseCode: 'BLO-2024-001', text: '  ' }, 'BAD_INPUT', /^text: /);
    await expectRefusedUnchanged(w, 'meetings:removeDecision', { id: BLO, caseCode: 'BLO-2024-001', index: -1 }, 'BAD_INPUT', /^index: /);
    await expectRefusedUnchanged(w, 'meetings:removeDecision', { id: BLO, caseCode: 'BLO-2024-001', index: 1 }, 'NOT_FOUND', /^index: /);
    await expectRefusedUnchanged(w, 'meetings:addDecision', { id: BLO, caseCode: 'SCH-2025-001', text: 'x' }, 'NOT_FOUND', /SCH-2025-001/);
  });
});

describe('meetings:addAction adds an open action with an id unique in the store (audited)', () => {
  it('generates act-<tag>-1 (the store’s own tag, issue #9 item 6) beside the imported act-1..act-4 and reads it back', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const own = (n: number) => `act-${recordIdTag(w.db)}-${String(n)}`;
    const seq = lastAuditSeq(w.db);
    const { actionId } = await w.value('meetings:addAction', { id: BLO, caseCode: 'BLO-2024-001', text: 'Huurachterstand uitzoeken', owner: 'A. Smit', due: '2025-06-10' });
    expect(actionId).toBe(own(1));
    const actions = (await w.value('meetings:get', { id: BLO })).agenda[0]?.actions;
    expect(actions?.[1]).toEqual({ id: own(1), text: 'Huurachterstand uitzoeken', owner: 'A. Smit', due: '2025-06-10', status: 'open' });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'action.add', entity: 'action', entityId: own(1), detail: { meeting: BLO, caseCode: 'BLO-2024-001', due: '2025-06-10' } },
    ]);
    expect((await w.value('meetings:addAction', { id: BLO, caseCode: 'BLO-2024-002', text: 'x', owner: 'B', due: '2025-06-10' })).actionId).toBe(own(2));
  });

  it('refuses a due date before the meeting or not a date, and a case not on the agenda', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const base = { id: BLO, caseCode: 'BLO-2024-001', text: 'x', owner: 'A. Smit' };
    await expectRefusedUnchanged(w, 'meetings:addAction', { ...base, due: '2024-03-04' }, 'BAD_INPUT', /^due: .*2024-03-05/);
    await expectRefusedUnchanged(w, 'meetings:addAction', { ...base, due: 'volgende week' }, 'BAD_INPUT', /^due: /);
    await expectRefusedUnchanged(w, 'meetings:addAction', { ...base, owner: '' }, 'BAD_INPUT', /^owner: /);
    await expectRefusedUnchanged(w, 'meetings:addAction', { ...base, caseCode: 'BLO-2025-001', due: '2025-06-10' }, 'NOT_FOUND', /BLO-2025-001/);
  });
});

describe('actions:setStatus and actions:listOpen: open actions carry over until done', () => {
  it('lists open actions with overdue flag (due < today), earliest due first', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('meetings:addAction', { id: BLO, caseCode: 'BLO-2024-001', text: 'Bellen', owner: 'A. Smit', due: '2025-06-02' });
    const { items } = await w.value('actions:listOpen', {});
    expect(items).toEqual([
      { actionId: 'act-3', text: 'Mantelzorger uitnodigen', owner: 'S. Yilmaz', due: '2024-04-15', overdue: true, caseCode: 'BLO-2024-002', meetingId: BLO, meetingDate: '2024-03-05', tafel: 'tafel-blo' },
      { actionId: `act-${recordIdTag(w.db)}-1`, text: 'Bellen', owner: 'A. Smit', due: '2025-06-02', overdue: false, caseCode: 'BLO-2024-001', meetingId: BLO, meetingDate: '2024-03-05', tafel: 'tafel-blo' },
    ]);
    expect((await w.value('actions:listOpen', { tafelId: 'tafel-jeugd' })).items).toEqual([]);
    await expectRefusedUnchanged(w, 'actions:listOpen', { tafelId: 'tafel-xyz' }, 'NOT_FOUND', /tafel-xyz/);
  });

  it('sets a status, audited with from/to, and a done action leaves the open list', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('actions:setStatus', { actionId: 'act-3', status: 'gedaan' })).toEqual({ actionId: 'act-3', status: 'gedaan' });
    expect((await w.value('actions:listOpen', {})).items).toEqual([]);
    expect((await w.value('meetings:get', { id: BLO })).agenda[1]?.actions[1]?.status).toBe('gedaan');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'action.setStatus', entity: 'action', entityId: 'act-3', detail: { meeting: BLO, from: 'open', to: 'gedaan' } },
    ]);
  });

  it('refuses the status it already has (CONFLICT), an unknown action (NOT_FOUND) and an unknown status (BAD_INPUT)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'actions:setStatus', { actionId: 'act-3', status: 'open' }, 'CONFLICT', /^status: .*act-3/);
    await expectRefusedUnchanged(w, 'actions:setStatus', { actionId: 'act-99', status: 'gedaan' }, 'NOT_FOUND', /^actionId: .*act-99/);
    await expectRefusedUnchanged(w, 'actions:setStatus', { actionId: 'act-3', status: 'klaar' }, 'BAD_INPUT', /^status: /);
  });
});
