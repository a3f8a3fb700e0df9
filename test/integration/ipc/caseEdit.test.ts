/**
 * §2.1 the whole case on the case screen: every field group the edit form sends through
 * cases:update, and the rule that a signaal becomes a case only once consent is recorded (§2.1, §5).
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/interchange';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const CONSENT: NonNullable<CaseFile['consent']> = { basis: 'toestemming', recordedOn: '2025-06-02', scope: [{ partner: 'Buurtwerk Schiebroek (fictief)', granted: true }] };

describe('§2.1 a signaal becomes a case only once consent is recorded, and only then takes an alias and birth year', () => {
  it('refuses turning a signaal without consent into a case, saying to record the toestemming first, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    // SCH-2025-003 is a signaal (a bankslaper) without consent in the example dataset.
    await expectRefusedUnchanged(w, 'cases:update', { code: 'SCH-2025-003', changes: { isSignaal: false } }, 'ILLEGAL_TRANSITION', /Leg eerst de toestemming vast/);
    await expectRefusedUnchanged(
      w,
      'cases:update',
      { code: 'SCH-2025-003', changes: { isSignaal: false, alias: 'W.', birthYear: 1990 } },
      'ILLEGAL_TRANSITION',
      /kan pas een casus worden als de toestemming of grondslag is vastgelegd/,
    );
  });

  it('refuses an alias on a signaal that has no consent yet (it stays pseudonymous), and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'SCH-2025-003', changes: { alias: 'W.' } }, 'BAD_INPUT', /^alias: Een signaal heeft geen alias/);
  });

  it('turns a signaal with recorded consent into a case that takes its alias and birth year in the same step', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'SCH-2025-003', changes: { consent: CONSENT } });
    const seq = lastAuditSeq(w.db);
    const d = await w.value('cases:update', { code: 'SCH-2025-003', changes: { isSignaal: false, alias: 'W.', birthYear: 1990 } });
    expect(d.case.isSignaal).toBeUndefined(); // stored as a case: isSignaal appears only when true
    expect(d.case.alias).toBe('W.');
    expect(d.case.birthYear).toBe(1990);
    expect(d.case.consent).toEqual(CONSENT);
    expect((await w.value('cases:get', { code: 'SCH-2025-003' })).case).toEqual(d.case);
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.update', entity: 'case', entityId: 'SCH-2025-003', detail: { fields: ['alias', 'birthYear', 'isSignaal'] } }]);
  });

  it('counts consent given in the same change', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'SCH-2025-003', changes: { consent: CONSENT, isSignaal: false } });
    expect(d.case.isSignaal).toBeUndefined();
    expect(d.case.consent).toEqual(CONSENT);
  });

  it('leaves a case without consent that never was a signaal alone (the rule is about the step from signaal to case)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    // SCH-2025-002 is an aanmelding without consent; saving it with isSignaal false changes nothing about that.
    const d = await w.value('cases:update', { code: 'SCH-2025-002', changes: { isSignaal: false, notes: 'Eerste gesprek gepland.' } });
    expect(d.case.notes).toBe('Eerste gesprek gepland.');
    expect(d.case.consent).toBeUndefined();
  });

  it('refuses a converted case without a spoor (a case needs at least one), and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'SCH-2025-003', changes: { consent: CONSENT } });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'SCH-2025-003', changes: { isSignaal: false, sporen: [] } }, 'BAD_INPUT', /^sporen: Kies minstens één spoor/);
  });
});

describe('cases:update — every field group of the edit form is stored as sent and read back', () => {
  it('stores the identity: alias and birth year, or a leeftijdsgroep instead (never both)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { alias: 'R.B.', birthYear: null, ageBand: '30-39' } });
    expect([d.case.alias, d.case.birthYear, d.case.ageBand]).toEqual(['R.B.', undefined, '30-39']);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { birthYear: 1994 } }, 'BAD_INPUT', /^ageBand: Geef een geboortejaar óf een leeftijdsgroep/);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { ageBand: null, birthYear: 1800 } }, 'BAD_INPUT', /^changes\.birthYear: Geboortejaar moet na 1900 liggen/);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { ageBand: null, birthYear: 2026 } }, 'BAD_INPUT', /^birthYear: Geboortejaar ligt na de aanmelddatum/);
  });

  it('stores the aanmelder and the one casusregisseur (name and organisation), and clears them with null', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', {
      code: 'BLO-2025-001',
      changes: { aanmelder: { name: 'S. de Groot', organisation: 'Vraagwijzer Feijenoord' }, casusregisseur: { name: 'J. Kok', organisation: 'Woningcorporatie Zuid (fictief)' } },
    });
    expect(d.case.aanmelder).toEqual({ name: 'S. de Groot', organisation: 'Vraagwijzer Feijenoord' });
    expect(d.case.casusregisseur).toEqual({ name: 'J. Kok', organisation: 'Woningcorporatie Zuid (fictief)' });
    const cleared = await w.value('cases:update', { code: 'BLO-2025-001', changes: { casusregisseur: null } });
    expect(cleared.case.casusregisseur).toBeUndefined();
    expect(cleared.case.aanmelder).toEqual({ name: 'S. de Groot', organisation: 'Vraagwijzer Feijenoord' });
    // One person, not a list: a second casusregisseur has no place in the contract.
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { casusregisseur: [{ name: 'A' }, { name: 'B' }] } }, 'BAD_INPUT', /^changes\.casusregisseur: /);
  });

  it('stores the household type and size, refusing a size of 0', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { household: 'paar_met_kinderen', householdSize: 4 } });
    expect([d.case.household, d.case.householdSize]).toEqual(['paar_met_kinderen', 4]);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { householdSize: 0 } }, 'BAD_INPUT', /^changes\.householdSize: Minimaal 1 persoon/);
  });

  it('stores aanleiding, doel and notes, and clears them with null', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { aanleiding: 'Baan kwijt.', doel: 'Werk binnen een jaar.', notes: 'Besproken met werkgever.' } });
    expect([d.case.aanleiding, d.case.doel, d.case.notes]).toEqual(['Baan kwijt.', 'Werk binnen een jaar.', 'Besproken met werkgever.']);
    const cleared = await w.value('cases:update', { code: 'BLO-2025-001', changes: { doel: null, notes: null } });
    expect([cleared.case.aanleiding, cleared.case.doel, cleared.case.notes]).toEqual(['Baan kwijt.', undefined, undefined]);
  });

  it('stores the sporen, refusing none for a case', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { sporen: ['wonen'] } });
    expect(d.case.sporen).toEqual(['wonen']);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { sporen: [] } }, 'BAD_INPUT', /^sporen: Kies minstens één spoor/);
  });

  it('stores the follow-up date and clears it with null', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('cases:update', { code: 'BLO-2025-001', changes: { followUpOn: '2025-07-01' } })).case.followUpOn).toBe('2025-07-01');
    expect((await w.value('cases:update', { code: 'BLO-2025-001', changes: { followUpOn: null } })).case.followUpOn).toBeUndefined();
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { followUpOn: '2025-02-30' } }, 'BAD_INPUT', /^changes\.followUpOn: Deze datum bestaat niet/);
  });

  it('stores horizon, toerekening and reference date while the calculation is concept, and refuses them once it is fixed', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { horizonWeeks: 26, attributionPct: 60.5, referenceDate: '2025-01-28' } });
    expect([d.case.horizonWeeks, d.case.attributionPct, d.case.referenceDate]).toEqual([26, 60.5, '2025-01-28']);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { horizonWeeks: 0 } }, 'BAD_INPUT', /^changes\.horizonWeeks: Horizon is minimaal 1 week/);
    // BLO-2024-001 was fixed on 2024-06-18: its parameters stay as fixed.
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2024-001', changes: { horizonWeeks: 26 } }, 'CONFLICT', /vastgesteld op 2024-06-18/);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2024-001', changes: { referenceDate: '2024-03-12' } }, 'CONFLICT', /Herberekenen/);
    // The rest of a fixed case can still be completed.
    expect((await w.value('cases:update', { code: 'BLO-2024-001', changes: { notes: 'Nazorg afgerond.' } })).case.notes).toBe('Nazorg afgerond.');
  });
});
