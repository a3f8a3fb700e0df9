/** §2.1 one case through IPC: aanmelding, reading, changing and its status state machine. */
import { describe, expect, it } from 'vitest';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

describe('cases:create — a 3-minute aanmelding gets a code per wijk and year and starts as aangemeld', () => {
  it('numbers the new case after the highest code of its wijk and year, records who registered it, and audits it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const created = await w.value('cases:create', { wijk: 'Schiebroek', alias: 'K.', sporen: ['wonen'], aanleiding: 'Dreigende huisuitzetting' });
    expect(created.case.code).toBe('SCH-2025-004'); // SCH-2025-001..003 exist in the example dataset
    expect(created.case.status).toBe('aangemeld');
    expect(created.case.registeredOn).toBe('2025-06-02');
    expect(created.case.referenceDate).toBeNull();
    expect(created.case.horizonWeeks).toBe(52);
    expect(created.case.attributionPct).toBe(100);
    expect(created.case.statusHistory).toEqual([{ from: null, to: 'aangemeld', at: expect.any(String) as string, by: TEST_ACTOR }]);
    expect(created.allowedTransitions).toEqual(['geagendeerd', 'ingetrokken']);
    const read = await w.value('cases:get', { code: 'SCH-2025-004' });
    expect(read.case).toEqual(created.case);
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.create', entity: 'case', entityId: 'SCH-2025-004', detail: { wijk: 'Schiebroek', isSignaal: false } }]);
  });

  it('accepts the wijk by its catalogue id and starts a new year at 001', async () => {
    const w = await openWerkbank();
    const created = await w.value('cases:create', { wijk: 'bloemhof', sporen: ['samenredzaamheid'], registeredOn: '2026-01-05' });
    expect(created.case.code).toBe('BLO-2026-001');
    expect(created.case.wijk).toBe('Bloemhof');
  });

  it('refuses a wijk that is not in the catalogue, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Atlantis', sporen: ['wonen'] }, 'BAD_INPUT', /wijk: wijk 'Atlantis'/);
  });

  it('refuses a signaal with an alias before consent (§2.1: pseudonymous until consent), and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Bloemhof', isSignaal: true, alias: 'X.', sporen: [] }, 'BAD_INPUT', /^alias: Een signaal heeft geen alias/);
  });

  it('refuses bad payloads naming the field: unknown field, wrong type, impossible birth year', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Bloemhof', sporen: ['wonen'], naam: 'Jan' }, 'BAD_INPUT', /naam/);
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Bloemhof', sporen: 'wonen' }, 'BAD_INPUT', /^sporen: /);
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Bloemhof', sporen: ['wonen'], birthYear: 1850 }, 'BAD_INPUT', /^birthYear: /);
    await expectRefusedUnchanged(w, 'cases:create', { wijk: 'Bloemhof', sporen: [] }, 'BAD_INPUT', /^sporen: Kies minstens één spoor/);
  });
});

describe('cases:get', () => {
  it('returns the case as stored, with the transitions its status allows', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:get', { code: 'SCH-2025-001' });
    expect(d.case.status).toBe('vastgelopen');
    expect(d.allowedTransitions).toEqual(['in_behandeling', 'in_uitvoering', 'geescaleerd', 'ingetrokken']);
    expect(d.calculationLocked).toBe(false);
  });

  it('says NOT_FOUND for an unknown case and BAD_INPUT for a malformed code', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:get', { code: 'BLO-2030-999' }, 'NOT_FOUND', /BLO-2030-999 bestaat niet/);
    await expectRefusedUnchanged(w, 'cases:get', { code: 'blo 1' }, 'BAD_INPUT', /^code: /);
  });
});

describe('cases:update — a field left out stays, null clears it, and the whole case is checked again', () => {
  it('changes and clears fields, keeps the rest, and audits only the field names (no personal data)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = (await w.value('cases:get', { code: 'BLO-2025-001' })).case;
    const seq = lastAuditSeq(w.db);
    const after = (await w.value('cases:update', { code: 'BLO-2025-001', changes: { alias: 'R.B.', doel: null, householdSize: 3 } })).case;
    expect(after.alias).toBe('R.B.');
    expect(after.doel).toBeUndefined();
    expect(after.householdSize).toBe(3);
    expect({ ...after, alias: before.alias, householdSize: before.householdSize, calculation: undefined }).toEqual({ ...before, calculation: undefined });
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.update', entity: 'case', entityId: 'BLO-2025-001', detail: { fields: ['alias', 'doel', 'householdSize'] } }]);
  });

  it('refuses a second score for the same leefgebied, naming it, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const scores = [
      { leefgebied: 'financien', intake: 2, followUp: 3 },
      { leefgebied: 'financien', intake: 1, followUp: null },
    ] as const;
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { scores } }, 'BAD_INPUT', /^scores\[1\]\.leefgebied: /);
  });

  it('refuses a score outside 1–5 and an unknown field, naming the path', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { scores: [{ leefgebied: 'financien', intake: 6, followUp: null }] } }, 'BAD_INPUT', /^changes\.scores\[0\]\.intake: /);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { status: 'afgesloten' } }, 'BAD_INPUT', /status/);
  });

  it('refuses clearing the reference date of a discussed case (the rendement needs it)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { referenceDate: null } }, 'BAD_INPUT', /^referenceDate: /);
  });
});

describe('cases:transition — the status machine is a whitelist and every step is recorded with who, when and why', () => {
  it('walks aangemeld → geagendeerd → in_behandeling, setting the reference date at the first discussion', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:transition', { code: 'SCH-2025-002', to: 'geagendeerd' });
    const seq = lastAuditSeq(w.db);
    const d = await w.value('cases:transition', { code: 'SCH-2025-002', to: 'in_behandeling', why: 'Besproken aan tafel' });
    expect(d.case.status).toBe('in_behandeling');
    expect(d.case.referenceDate).toBe('2025-06-02');
    expect(d.case.statusHistory?.at(-1)).toEqual({ from: 'geagendeerd', to: 'in_behandeling', at: TEST_NOW.toISOString(), by: TEST_ACTOR, why: 'Besproken aan tafel' });
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.transition', entity: 'case', entityId: 'SCH-2025-002', detail: { from: 'geagendeerd', to: 'in_behandeling' } }]);
  });

  it('keeps an existing reference date and takes a given one only when the case has none', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:transition', { code: 'SCH-2025-002', to: 'geagendeerd' });
    const d = await w.value('cases:transition', { code: 'SCH-2025-002', to: 'in_behandeling', referenceDate: '2025-05-27' });
    expect(d.case.referenceDate).toBe('2025-05-27');
    const e = await w.value('cases:transition', { code: 'BLO-2025-001', to: 'plan_vastgesteld', referenceDate: '2025-05-27' });
    expect(e.case.referenceDate).toBe('2025-01-21');
  });

  it('refuses a step the whitelist does not allow, saying which steps are allowed, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:transition', { code: 'SCH-2025-002', to: 'afgesloten' }, 'ILLEGAL_TRANSITION', /Toegestaan vanuit 'aangemeld': geagendeerd, ingetrokken/);
    await expectRefusedUnchanged(w, 'cases:transition', { code: 'SCH-2024-002', to: 'aangemeld' }, 'ILLEGAL_TRANSITION', /definitief/);
  });

  it('refuses geescaleerd without a submitted, open escalation (§2.1: geescaleerd while an escalation is open)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    // BLO-2025-001 is in behandeling and has no escalation at all.
    await expectRefusedUnchanged(w, 'cases:transition', { code: 'BLO-2025-001', to: 'geescaleerd' }, 'ILLEGAL_TRANSITION', /geen ingediende, openstaande escalatie/);
  });

  it('refuses an unknown status value as BAD_INPUT naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:transition', { code: 'SCH-2025-002', to: 'klaar' }, 'BAD_INPUT', /^to: /);
  });
});
