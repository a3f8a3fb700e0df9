/** Issue #14 item 6 through IPC: an escalation target's term, saved in Beheer and enforced on create and submit. */
import { describe, expect, it } from 'vitest';
import { expectRefusedUnchanged, grantConsent, openWerkbank } from './harness';

const prio = { id: 'prio', name: 'PRIO', deadlineWorkingDays: 10, active: true, partner: 'PRIO' } as const;
const dossier = { question: 'Kan de huurschuld worden bevroren?', consentChecked: true } as const;

describe('escalationTargets:save keeps a target’s term (validFrom/validTo), the end not before the start', () => {
  it('stores and reads back the term; a target without one stays open-ended; an end before the start is refused naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalationTargets:save', { target: { ...prio, validFrom: '2022-03-01', validTo: '2024-12-31' } });
    const targets = (await w.value('catalogue:get', {})).escalationTargets;
    expect(targets.find((t) => t.id === 'prio')).toEqual({ ...prio, validFrom: '2022-03-01', validTo: '2024-12-31' });
    expect(targets.find((t) => t.id === 'netwerk')).not.toHaveProperty('validTo');
    await expectRefusedUnchanged(w, 'escalationTargets:save', { target: { ...prio, validFrom: '2025-01-01', validTo: '2024-12-31' } }, 'BAD_INPUT', /^target\.validTo: Geldig tot en met ligt vóór geldig vanaf/);
    await expectRefusedUnchanged(w, 'escalationTargets:save', { target: { ...prio, validTo: '31-12-2024' } }, 'BAD_INPUT', /^target\.validTo:/);
  });

  it('ships PRIO with the start of the sources and no end (open question 12): a fresh store has it from 01-03-2022, open-ended', async () => {
    const w = await openWerkbank();
    const p = (await w.value('catalogue:get', {})).escalationTargets.find((t) => t.id === 'prio');
    expect([p?.validFrom, p?.validTo]).toEqual(['2022-03-01', undefined]);
  });
});

describe('an escalation to a target outside its term is refused with a Dutch message saying what to do', () => {
  it('escalations:create on the day after PRIO’s term is refused (naming the target field) and changes nothing; the netwerk still takes it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalationTargets:save', { target: { ...prio, validFrom: '2022-03-01', validTo: '2024-12-31' } });
    // TEST_NOW is 02-06-2025.
    await expectRefusedUnchanged(
      w,
      'escalations:create',
      { code: 'BLO-2025-001', target: 'prio', ...dossier },
      'BAD_INPUT',
      /^target: Een nieuwe escalatie bij PRIO kan niet: dit escalatiedoel is geldig van 01-03-2022 tot en met 31-12-2024 en 02-06-2025 valt na die periode\. Los de casus aan de tafel of met het netwerk op, of kies een ander escalatiedoel\. Loopt PRIO nog door, verleng dan de geldigheid bij Beheer › Escalatiedoelen\.$/,
    );
    const d = await w.value('escalations:create', { code: 'BLO-2025-001', target: 'netwerk', ...dossier });
    expect(d.case.escalations.map((e) => e.target)).toEqual(['netwerk']);
  });

  it('a concept made on the last day of the term cannot be submitted after it (CONFLICT, nothing changes); extending the term lets it go', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalationTargets:save', { target: { ...prio, validTo: '2025-06-02' } });
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    await w.value('escalations:create', { code: 'BLO-2025-001', target: 'prio', ...dossier });
    w.setNow(new Date('2025-06-03T09:00:00'));
    await expectRefusedUnchanged(
      w,
      'escalations:transition',
      { code: 'BLO-2025-001', index: 0, to: 'ingediend' },
      'CONFLICT',
      /^Escalatie 1 \(esc-1\) van BLO-2025-001 indienen bij PRIO kan niet: dit escalatiedoel is geldig tot en met 02-06-2025 en 03-06-2025 valt na die periode\./,
    );
    await w.value('escalationTargets:save', { target: { ...prio, validTo: '2026-12-31' } });
    const d = await w.value('escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'ingediend' });
    expect(d.case.escalations[0]?.status).toBe('ingediend');
  });

  it('a target whose term has not begun refuses too, saying to pick another target or change its start', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalationTargets:save', { target: { ...prio, validFrom: '2025-07-01' } });
    await expectRefusedUnchanged(w, 'escalations:create', { code: 'BLO-2025-001', target: 'prio' }, 'BAD_INPUT', /vanaf 01-07-2025 en 02-06-2025 valt vóór die periode\. Kies een ander escalatiedoel/);
  });
});
