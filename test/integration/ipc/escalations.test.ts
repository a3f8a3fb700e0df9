/** §2.3 escalaties through IPC: create, the dossier and the whitelisted state machine. */
import { describe, expect, it } from 'vitest';
import { auditSince, expectRefusedUnchanged, grantConsent, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

const dossier = { question: 'Wie kan tijdelijke huisvesting bieden?', consentChecked: true, urgency: 'hoog' } as const;
/** The first step of every escalation made through IPC. */
const created = () => ({ from: null, to: 'concept', at: TEST_NOW.toISOString(), by: TEST_ACTOR });

describe('escalations:create — a new escalation starts in concept with a generated id, to an active target only', () => {
  it('adds an escalation in concept with id esc-<n> and its first history step, reads it back through cases:get and audits index and target only', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('escalations:create', { code: 'BLO-2025-002', target: 'prio', ...dossier, tried: 'Zelf gezocht', requestedBudgetCents: 120000 });
    const d = await w.value('cases:get', { code: 'BLO-2025-002' });
    expect(d.case.escalations).toHaveLength(2);
    expect(d.case.escalations[1]).toEqual({
      id: 'esc-2',
      target: 'prio',
      status: 'concept',
      ...dossier,
      tried: 'Zelf gezocht',
      requestedBudgetCents: 120000,
      statusHistory: [created()],
    });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'escalation.create', entity: 'case', entityId: 'BLO-2025-002', detail: { index: 1, id: 'esc-2', target: 'prio' } },
    ]);
  });

  it('a jeugd_weekbedrag request names a jeugd arrangement of the same case', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag', arrangementId: 'arr-2' });
    expect(d.case.escalations[2]).toEqual({ id: 'esc-3', target: 'jeugd_weekbedrag', status: 'concept', arrangementId: 'arr-2', statusHistory: [created()] });
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag' }, 'BAD_INPUT', /^arrangementId: .*jeugdarrangement/);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag', arrangementId: 'arr-9' }, 'BAD_INPUT', /^arrangementId: arrangement 'arr-9' bestaat niet/);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'SCH-2024-001', target: 'jeugd_weekbedrag', arrangementId: 'arr-1' }, 'BAD_INPUT', /^arrangementId: .*wmo-arrangement/);
  });

  it('refuses an inactive target (overig is off in the example catalogue), a closed case and an unknown case', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'overig' }, 'BAD_INPUT', /^target: escalatiedoel 'overig' is niet actief/);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2024-001', target: 'prio' }, 'CONFLICT', /afgesloten/);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-099', target: 'prio' }, 'NOT_FOUND', /BLO-2025-099/);
  });

  it('refuses a bad payload naming the field: unknown target, urgency outside the list, negative budget, free extra field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'burgemeester' }, 'BAD_INPUT', /^target: /);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'prio', urgency: 'spoed' }, 'BAD_INPUT', /^urgency: /);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'prio', requestedBudgetCents: -1 }, 'BAD_INPUT', /^requestedBudgetCents: /);
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'prio', status: 'ingediend' }, 'BAD_INPUT', /status/);
  });
});

describe('escalations:updateDossier — the dossier changes only while it is with the aanmelder (concept, teruggelegd)', () => {
  it('sets, keeps and clears dossier fields (null clears) and audits the field names only', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', ...dossier, tried: 'Gesprek met verhuurder' });
    const seq = lastAuditSeq(w.db);
    await w.value('escalations:updateDossier', { code: 'BLO-2025-001', index: 0, tried: null, blockingRule: 'Urgentieverordening', owner: 'PRIO-adviseur' });
    const d = await w.value('cases:get', { code: 'BLO-2025-001' });
    expect(d.case.escalations[0]).toEqual({
      id: 'esc-1',
      target: 'prio',
      status: 'concept',
      ...dossier,
      blockingRule: 'Urgentieverordening',
      owner: 'PRIO-adviseur',
      statusHistory: [created()],
    });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'escalation.updateDossier', entity: 'case', entityId: 'BLO-2025-001', detail: { index: 0, fields: ['tried', 'blockingRule', 'owner'] } },
    ]);
  });

  it('refuses changing the dossier once it is with the target (ingediend) with CONFLICT, and an unknown index with NOT_FOUND', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2025-002', index: 0, question: 'Andere vraag' }, 'CONFLICT', /Escalatie 1 \(esc-1\) van BLO-2025-002 heeft status 'ingediend': het dossier ligt bij het escalatiedoel/);
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2025-002', index: 3, question: 'x' }, 'NOT_FOUND', /Escalatie 4 bestaat niet in casus BLO-2025-002 \(de casus heeft er 1\)/);
  });

  it('refuses clearing the arrangement of a jeugd request, a field outside the dossier, and a wrong type, naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag', arrangementId: 'arr-2' });
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2024-002', index: 2, arrangementId: null }, 'BAD_INPUT', /^arrangementId: /);
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2024-002', index: 2, target: 'prio' }, 'BAD_INPUT', /target/);
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2024-002', index: 2, consentChecked: 'ja' }, 'BAD_INPUT', /^consentChecked: /);
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: 'BLO-2024-002', index: 1.5, owner: 'x' }, 'BAD_INPUT', /^index: /);
  });
});

describe('escalations:transition ingediend — §2.3 deadline in working days (Dutch holidays excluded) and the case becomes geescaleerd', () => {
  it('submitted Mon 2025-06-02 to prio (10 working days; Whit Monday 2025-06-09 is a holiday in shared/calc) gets deadline Tue 2025-06-17, and the case moves with who/when/why', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    await w.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', ...dossier });
    const seq = lastAuditSeq(w.db);
    await w.value('escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend' });
    const d = await w.value('cases:get', { code: 'BLO-2025-001' });
    // Jun 3,4,5,6 (4) · 7–8 weekend · 9 Tweede Pinksterdag · 10,11,12,13 (8) · 14–15 weekend · 16, 17 (10).
    expect(d.case.escalations[0]).toMatchObject({ status: 'ingediend', submittedOn: '2025-06-02', deadlineOn: '2025-06-17' });
    expect(d.case.status).toBe('geescaleerd');
    expect(d.case.statusHistory?.at(-1)).toEqual({ from: 'in_behandeling', to: 'geescaleerd', at: TEST_NOW.toISOString(), by: TEST_ACTOR, why: 'escalatie ingediend bij PRIO' });
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'escalation.transition',
        entity: 'case',
        entityId: 'BLO-2025-001',
        detail: { index: 0, target: 'prio', from: 'concept', to: 'ingediend', submittedOn: '2025-06-02', deadlineOn: '2025-06-17', caseStatus: { from: 'in_behandeling', to: 'geescaleerd' } },
      },
    ]);
  });

  it('a jeugd_weekbedrag request (15 working days) submitted 2025-06-02 is due 2025-06-24; an in_uitvoering case becomes geescaleerd', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag', arrangementId: 'arr-2', ...dossier });
    const d = await w.value('escalations:transition', { code: 'BLO-2024-002', index: 2, to: 'ingediend', why: 'weekbedrag stijgt' });
    expect(d.case.escalations[2]).toMatchObject({ deadlineOn: '2025-06-24' });
    expect(d.case.status).toBe('geescaleerd');
    expect(d.case.statusHistory?.at(-1)?.why).toBe('escalatie ingediend bij Casuïstiektafel hoog weekbedrag jeugd: weekbedrag stijgt');
  });

  it('a case already geescaleerd stays so without a new history entry when a second escalation is submitted', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await grantConsent(w, 'BLO-2025-002', ['PRIO']);
    const before = await w.value('cases:get', { code: 'BLO-2025-002' });
    await w.value('escalations:create', { code: 'BLO-2025-002', target: 'prio', ...dossier });
    const d = await w.value('escalations:transition', { code: 'BLO-2025-002', index: 1, to: 'ingediend' });
    expect(d.case.status).toBe('geescaleerd');
    expect(d.case.statusHistory).toEqual(before.case.statusHistory);
  });

  it('refuses submitting without consent check or question (CONFLICT naming what is missing), changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', question: 'Mag de regel wijken?' });
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend' }, 'CONFLICT', /kan nog niet worden ingediend: de toestemmingscheck \(consentChecked\) ontbreekt/);
    await w.value('escalations:updateDossier', { code: 'BLO-2025-001', index: 0, question: '   ', consentChecked: false });
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend' }, 'CONFLICT', /de vraag \(question\) en de toestemmingscheck \(consentChecked\) ontbreekt/);
  });
});

describe('escalations:transition — the whitelisted machine; teruggelegd returns to concept and is submitted again', () => {
  it('teruggelegd → concept keeps the old submittedOn; resubmitting sets today and a new deadline and moves the vastgelopen case', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const back = await w.value('escalations:transition', { code: 'SCH-2025-001', index: 0, to: 'concept' });
    expect(back.case.escalations[0]).toMatchObject({ status: 'concept', submittedOn: '2025-03-20' });
    expect(back.case.status).toBe('vastgelopen');
    await w.value('escalations:updateDossier', { code: 'SCH-2025-001', index: 0, consentChecked: true });
    await grantConsent(w, 'SCH-2025-001', ['Wijk-MT']);
    const d = await w.value('escalations:transition', { code: 'SCH-2025-001', index: 0, to: 'ingediend' });
    expect(d.case.escalations[0]).toMatchObject({ status: 'ingediend', submittedOn: '2025-06-02', deadlineOn: '2025-06-17' });
    expect(d.case.status).toBe('geescaleerd');
    expect(d.case.statusHistory?.at(-1)).toMatchObject({ from: 'vastgelopen', to: 'geescaleerd', why: 'escalatie ingediend bij Wijk-MT' });
  });

  it('closing the last open escalation leaves a geescaleerd case where it is (the chair decides)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'ingetrokken' });
    expect(d.case.escalations[0]?.status).toBe('ingetrokken');
    expect(d.case.status).toBe('geescaleerd');
  });

  it('refuses an illegal step with the Dutch message of the machine, the besluit status without a besluit, and an unknown index', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'afgerond' }, 'ILLEGAL_TRANSITION', "Een escalatie met status 'ingediend' kan niet direct naar 'afgerond'. Toegestaan vanuit 'ingediend': in behandeling, teruggelegd, ingetrokken.");
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2024-002', index: 0, to: 'ingetrokken' }, 'ILLEGAL_TRANSITION', /is definitief/);
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'in_behandeling' });
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'besluit' }, 'CONFLICT', /Besluit vastleggen/);
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 5, to: 'ingetrokken' }, 'NOT_FOUND', /Escalatie 6 bestaat niet/);
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'klaar' }, 'BAD_INPUT', /^to: /);
  });
});

describe('escalations:transition — §2.3/§5 every step is kept with who, when and why (teruggelegd keeps its reason)', () => {
  const why = 'Welke woningcorporaties zijn al benaderd? Vul aan wat geprobeerd is.';

  it('teruggelegd records from, to, time, actor and the reason; back to concept adds a step without reason; the reason stays out of the audit log', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'teruggelegd', why });
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'concept', why: '' });
    const d = await w.value('cases:get', { code: 'BLO-2025-002' });
    const at = TEST_NOW.toISOString();
    expect(d.case.escalations[0]?.statusHistory).toEqual([
      { from: 'ingediend', to: 'teruggelegd', at, by: TEST_ACTOR, why },
      { from: 'teruggelegd', to: 'concept', at, by: TEST_ACTOR },
    ]);
    const audit = auditSince(w.db, seq);
    expect(audit.map((a) => a.detail)).toEqual([
      { index: 0, target: 'netwerk', from: 'ingediend', to: 'teruggelegd' },
      { index: 0, target: 'netwerk', from: 'teruggelegd', to: 'concept' },
    ]);
    expect(JSON.stringify(audit)).not.toContain('woningcorporaties');
  });

  it('a step is appended to the history the escalation already has (the example SCH-2025-001 was teruggelegd with a reason)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = (await w.value('cases:get', { code: 'SCH-2025-001' })).case.escalations[0]?.statusHistory ?? [];
    expect(before.at(-1)).toMatchObject({ to: 'teruggelegd', why: 'Onderbouwing ontbreekt: welke regel blokkeert?' });
    const d = await w.value('escalations:transition', { code: 'SCH-2025-001', index: 0, to: 'ingetrokken', why: 'Bewoner heeft zelf woonruimte gevonden' });
    expect(d.case.escalations[0]?.statusHistory).toEqual([
      ...before,
      { from: 'teruggelegd', to: 'ingetrokken', at: TEST_NOW.toISOString(), by: TEST_ACTOR, why: 'Bewoner heeft zelf woonruimte gevonden' },
    ]);
  });

  it('submitting records concept → ingediend with its reason on the escalation as well as the case step', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    await w.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', ...dossier });
    const d = await w.value('escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend', why: 'huisuitzetting dreigt' });
    expect(d.case.escalations[0]?.statusHistory).toEqual([
      created(),
      { from: 'concept', to: 'ingediend', at: TEST_NOW.toISOString(), by: TEST_ACTOR, why: 'huisuitzetting dreigt' },
    ]);
    expect(d.case.statusHistory?.at(-1)?.why).toBe('escalatie ingediend bij PRIO: huisuitzetting dreigt');
  });

  it('refuses a reason that is not text or too long, naming the field, and adds no step', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'teruggelegd', why: 42 }, 'BAD_INPUT', /^why: /);
    await expectRefusedUnchanged(w, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'teruggelegd', why: 'x'.repeat(10_001) }, 'BAD_INPUT', /^why: Maximaal 10\.000 tekens/);
  });
});
