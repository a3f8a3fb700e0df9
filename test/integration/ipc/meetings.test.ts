import { describe, expect, it } from 'vitest';
import { voorbeeld } from '../data/helpers';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, storeState } from './harness';

const BLO = 'bijeenkomst-blo-2024-03-05';
const JEUGD = 'bijeenkomst-jeugd-2024-03-28';

describe('meetings:list gives summaries, newest first, filtered by tafel and period', () => {
  it('lists every meeting with agenda size and open actions', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { items } = await w.value('meetings:list', {});
    expect(items).toEqual([
      { id: JEUGD, tafel: 'tafel-jeugd', tafelName: 'Hoog-weekbedragtafel Jeugd', date: '2024-03-28', place: null, chair: 'C. Mulder', agendaItems: 1, openActions: 0 },
      { id: BLO, tafel: 'tafel-blo', tafelName: 'Casuïstiektafel Bloemhof', date: '2024-03-05', place: 'Wijkhuis Bloemhof', chair: 'H. Koster', agendaItems: 2, openActions: 1 },
    ]);
  });

  it('filters by tafel and by an inclusive date range', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('meetings:list', { tafelId: 'tafel-blo' })).items.map((m) => m.id)).toEqual([BLO]);
    expect((await w.value('meetings:list', { from: '2024-03-06', to: '2024-03-28' })).items.map((m) => m.id)).toEqual([JEUGD]);
    expect((await w.value('meetings:list', { to: '2024-03-05' })).items.map((m) => m.id)).toEqual([BLO]);
  });

  it('refuses an unknown tafel and a period that ends before it starts', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:list', { tafelId: 'tafel-xyz' }, 'NOT_FOUND', /tafel-xyz/);
    await expectRefusedUnchanged(w, 'meetings:list', { from: '2024-04-01', to: '2024-03-01' }, 'BAD_INPUT', /^to: /);
  });
});

describe('meetings:get gives the full meeting in its interchange shape', () => {
  it('returns the meeting exactly as the dataset holds it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(await w.value('meetings:get', { id: BLO })).toEqual(voorbeeld().meetings?.[0]);
  });

  it('refuses an unknown meeting with NOT_FOUND', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:get', { id: 'bijeenkomst-x' }, 'NOT_FOUND', /bijeenkomst-x/);
  });
});

describe('meetings:create makes a meeting with a readable unique id and prefilled attendance (audited)', () => {
  it('creates <tafelId>-<date>, then -2 for a second meeting that day', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('meetings:create', { tafelId: 'tafel-blo', date: '2025-06-10', place: 'Wijkhuis' })).toEqual({ id: 'tafel-blo-2025-06-10' });
    expect(await w.value('meetings:create', { tafelId: 'tafel-blo', date: '2025-06-10' })).toEqual({ id: 'tafel-blo-2025-06-10-2' });
    const m = await w.value('meetings:get', { id: 'tafel-blo-2025-06-10' });
    expect(m).toEqual({
      id: 'tafel-blo-2025-06-10',
      tafel: 'tafel-blo',
      date: '2025-06-10',
      place: 'Wijkhuis',
      attendance: [
        { name: 'H. Koster', organisation: 'Gemeente Rotterdam', present: false },
        { name: 'M. de Vries', organisation: 'Wijkteam Bloemhof', present: false },
        { name: 'A. Smit', organisation: 'Woningcorporatie Zuid (fictief)', present: false },
      ],
      agenda: [],
    });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'meeting.create', entity: 'meeting', entityId: 'tafel-blo-2025-06-10', detail: { tafel: 'tafel-blo', date: '2025-06-10' } },
      { action: 'meeting.create', entity: 'meeting', entityId: 'tafel-blo-2025-06-10-2', detail: { tafel: 'tafel-blo', date: '2025-06-10' } },
    ]);
  });

  it('refuses an unknown tafel (NOT_FOUND) and a date that is not a calendar day (BAD_INPUT)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:create', { tafelId: 'tafel-xyz', date: '2025-06-10' }, 'NOT_FOUND', /^tafelId: .*tafel-xyz/);
    await expectRefusedUnchanged(w, 'meetings:create', { tafelId: 'tafel-blo', date: '2025-02-30' }, 'BAD_INPUT', /^date: /);
    await expectRefusedUnchanged(w, 'meetings:create', { tafelId: 'tafel-blo', date: '10-06-2025' }, 'BAD_INPUT', /^date: /);
    await expectRefusedUnchanged(w, 'meetings:create', { tafelId: 'tafel-blo', date: '2025-06-10', agenda: [] }, 'BAD_INPUT', /agenda/);
  });
});

describe('meetings:update changes the header and replaces attendance (audited)', () => {
  it('updates date, chair and attendance, clears place with null, and reads back', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const attendance = [{ name: 'H. Koster', organisation: 'Gemeente Rotterdam', present: true }];
    await w.value('meetings:update', { id: BLO, date: '2024-03-06', place: null, chair: 'M. de Vries', attendance });
    const m = await w.value('meetings:get', { id: BLO });
    expect(m).toMatchObject({ date: '2024-03-06', chair: 'M. de Vries', attendance });
    expect(m).not.toHaveProperty('place');
    expect(m.agenda).toEqual(voorbeeld().meetings?.[0]?.agenda);
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'meeting.update', entity: 'meeting', entityId: BLO, detail: { fields: ['date', 'place', 'chair', 'attendance'], date: '2024-03-06', attendance: 1 } },
    ]);
  });

  it('refuses an update with nothing in it, a bad attendance row and an unknown meeting', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:update', { id: BLO }, 'BAD_INPUT', /niets om te wijzigen/);
    await expectRefusedUnchanged(w, 'meetings:update', { id: BLO, attendance: [{ name: 'X', organisation: 'Y', present: 'ja' }] }, 'BAD_INPUT', /^attendance\[0\]\.present: /);
    await expectRefusedUnchanged(w, 'meetings:update', { id: 'bijeenkomst-x', chair: 'X' }, 'NOT_FOUND', /bijeenkomst-x/);
  });
});

describe('meetings:proposeAgenda proposes new aanmeldingen, due follow-ups, open actions, then stuck cases, and writes nothing', () => {
  it('for a city-wide tafel: every wijk, in the documented order', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-jeugd', date: '2025-06-05' });
    const before = storeState(w.db);
    const { items } = await w.value('meetings:proposeAgenda', { id });
    expect(items).toEqual([
      { caseCode: 'SCH-2025-002', wijk: 'Schiebroek', reasons: [{ kind: 'nieuwe_aanmelding', registeredOn: '2025-04-22' }] },
      { caseCode: 'SCH-2025-003', wijk: 'Schiebroek', reasons: [{ kind: 'nieuwe_aanmelding', registeredOn: '2025-05-02' }] },
      { caseCode: 'BLO-2024-002', wijk: 'Bloemhof', reasons: [{ kind: 'open_acties', openActions: 1, overdueActions: 1, oldestDue: '2024-04-15' }] },
      { caseCode: 'SCH-2025-001', wijk: 'Schiebroek', reasons: [{ kind: 'vastgelopen', since: '2025-03-19', days: 75 }] },
    ]);
    expect(storeState(w.db)).toEqual(before);
  });

  it("for a wijk tafel: only that wijk's cases, and none already on this meeting's agenda", async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-blo', date: '2025-06-05' });
    expect((await w.value('meetings:proposeAgenda', { id })).items.map((i) => i.caseCode)).toEqual(['BLO-2024-002']);
    expect((await w.value('meetings:proposeAgenda', { id: BLO })).items).toEqual([]);
  });

  it('§2.2 every open action carries over, not only an overdue one: counted with how many are overdue', async () => {
    const w = await openWerkbank({ voorbeeld: true }); // today is 2025-06-02
    await w.value('meetings:addAction', { id: BLO, caseCode: 'BLO-2024-002', text: 'Huurbetaling nabellen', owner: 'A. Smit', due: '2025-06-20' });
    await w.value('actions:setStatus', { actionId: 'act-3', status: 'gedaan' }); // the overdue one is done
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-blo', date: '2025-06-05' });
    expect((await w.value('meetings:proposeAgenda', { id })).items).toEqual([
      { caseCode: 'BLO-2024-002', wijk: 'Bloemhof', reasons: [{ kind: 'open_acties', openActions: 1, overdueActions: 0, oldestDue: '2025-06-20' }] },
    ]);
  });

  it('an overdue action stops counting once it is done', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-blo', date: '2025-06-05' });
    await w.value('actions:setStatus', { actionId: 'act-3', status: 'gedaan' });
    expect((await w.value('meetings:proposeAgenda', { id })).items).toEqual([]);
  });

  it('§2.1 a case whose follow-up date has come is proposed after the new aanmeldingen and before open actions', async () => {
    const w = await openWerkbank({ voorbeeld: true }); // today is 2025-06-02
    await w.value('cases:update', { code: 'SCH-2024-001', changes: { followUpOn: '2025-06-02' } }); // today: due
    await w.value('cases:update', { code: 'BLO-2025-001', changes: { followUpOn: '2025-05-20' } }); // past: due, and older
    await w.value('cases:update', { code: 'BLO-2025-002', changes: { followUpOn: '2025-06-03' } }); // tomorrow: not yet
    await w.value('cases:update', { code: 'BLO-2024-001', changes: { followUpOn: '2025-01-01' } }); // afgesloten: never
    await w.value('cases:update', { code: 'SCH-2025-001', changes: { followUpOn: '2025-06-01' } }); // also vastgelopen: both reasons
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-jeugd', date: '2025-06-05' });
    const { items } = await w.value('meetings:proposeAgenda', { id });
    expect(items).toEqual([
      { caseCode: 'SCH-2025-002', wijk: 'Schiebroek', reasons: [{ kind: 'nieuwe_aanmelding', registeredOn: '2025-04-22' }] },
      { caseCode: 'SCH-2025-003', wijk: 'Schiebroek', reasons: [{ kind: 'nieuwe_aanmelding', registeredOn: '2025-05-02' }] },
      { caseCode: 'BLO-2025-001', wijk: 'Bloemhof', reasons: [{ kind: 'opvolging', followUpOn: '2025-05-20' }] },
      {
        caseCode: 'SCH-2025-001',
        wijk: 'Schiebroek',
        reasons: [{ kind: 'opvolging', followUpOn: '2025-06-01' }, { kind: 'vastgelopen', since: '2025-03-19', days: 75 }],
      },
      { caseCode: 'SCH-2024-001', wijk: 'Schiebroek', reasons: [{ kind: 'opvolging', followUpOn: '2025-06-02' }] },
      { caseCode: 'BLO-2024-002', wijk: 'Bloemhof', reasons: [{ kind: 'open_acties', openActions: 1, overdueActions: 1, oldestDue: '2024-04-15' }] },
    ]);
  });

  it('§2.1 the follow-up date is a date: an impossible one is refused and nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'SCH-2024-001', changes: { followUpOn: '2025-02-30' } }, 'BAD_INPUT', /followUpOn/);
  });

  it('refuses an unknown meeting', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'meetings:proposeAgenda', { id: 'bijeenkomst-x' }, 'NOT_FOUND', /bijeenkomst-x/);
  });
});
