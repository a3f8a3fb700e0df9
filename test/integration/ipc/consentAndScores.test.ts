/**
 * §2.1/§5 consent (basis, date, scope per partner) and the leefgebied scores, written through
 * cases:update as the case screen does: saved as given, null removes consent, and the whole case is
 * checked again by the case schema, so a refused change leaves the store as it was.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/interchange';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const CONSENT: NonNullable<CaseFile['consent']> = {
  basis: 'toestemming',
  recordedOn: '2025-05-30',
  scope: [
    { partner: 'Wijkteam Bloemhof', granted: true },
    { partner: 'Woningcorporatie Zuid (fictief)', granted: false },
  ],
};

describe('cases:update { consent } — recorded as given, and removed with null', () => {
  it('records basis, date and scope per partner, and audits only the field name (no partner or person)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const saved = (await w.value('cases:update', { code: 'BLO-2025-002', changes: { consent: CONSENT } })).case;
    expect(saved.consent).toEqual(CONSENT);
    expect((await w.value('cases:get', { code: 'BLO-2025-002' })).case.consent).toEqual(CONSENT);
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.update', entity: 'case', entityId: 'BLO-2025-002', detail: { fields: ['consent'] } }]);
  });

  it('a legal basis without a scope is stored without one (it covers every partner)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const saved = (await w.value('cases:update', { code: 'BLO-2025-002', changes: { consent: { basis: 'vitaal_belang', recordedOn: '2025-06-01' } } })).case;
    expect(saved.consent).toEqual({ basis: 'vitaal_belang', recordedOn: '2025-06-01' });
  });

  it('null removes the consent and keeps every other field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = (await w.value('cases:get', { code: 'BLO-2024-001' })).case;
    const after = (await w.value('cases:update', { code: 'BLO-2024-001', changes: { consent: null } })).case;
    expect(after.consent).toBeUndefined();
    expect({ ...after, consent: before.consent }).toEqual(before);
  });
});

describe('cases:update { consent } — the case schema checks the whole case again; a refusal changes nothing', () => {
  it('refuses removing the consent of a signaal that has an alias (pseudonymous until consent, §2.1)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'SCH-2025-003', changes: { consent: CONSENT } });
    await w.value('cases:update', { code: 'SCH-2025-003', changes: { alias: 'P.' } });
    await expectRefusedUnchanged(w, 'cases:update', { code: 'SCH-2025-003', changes: { consent: null } }, 'BAD_INPUT', /^alias: Een signaal heeft geen alias/);
  });

  it('refuses an unknown basis, an impossible date and an unknown field in the scope, naming the path', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const code = 'BLO-2025-002';
    await expectRefusedUnchanged(w, 'cases:update', { code, changes: { consent: { ...CONSENT, basis: 'mondeling' } } }, 'BAD_INPUT', /^changes\.consent\.basis: /);
    await expectRefusedUnchanged(w, 'cases:update', { code, changes: { consent: { ...CONSENT, recordedOn: '2025-02-30' } } }, 'BAD_INPUT', /^changes\.consent\.recordedOn: /);
    await expectRefusedUnchanged(
      w,
      'cases:update',
      { code, changes: { consent: { ...CONSENT, scope: [{ partner: 'Wijkteam Bloemhof', granted: true, naam: 'Jan' }] } } },
      'BAD_INPUT',
      /naam/,
    );
    await expectRefusedUnchanged(w, 'cases:update', { code, changes: { consent: { basis: 'toestemming' } } }, 'BAD_INPUT', /^changes\.consent\.recordedOn: /);
  });
});

describe('cases:update { scores } — one score per leefgebied, 1–5 or not measured (null)', () => {
  it('replaces the scores with the list given, intake and follow-up each optional', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const scores: NonNullable<CaseFile['scores']> = [
      { leefgebied: 'financien', intake: 2, followUp: 4 },
      { leefgebied: 'huisvesting', intake: null, followUp: 3 },
      { leefgebied: 'justitie', intake: 5, followUp: null },
    ];
    const saved = (await w.value('cases:update', { code: 'BLO-2024-001', changes: { scores } })).case;
    expect(saved.scores).toEqual(scores);
    expect((await w.value('cases:get', { code: 'BLO-2024-001' })).case.scores).toEqual(scores);
  });

  it('an empty list removes every score', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const saved = (await w.value('cases:update', { code: 'BLO-2024-001', changes: { scores: [] } })).case;
    expect(saved.scores).toEqual([]);
  });

  it('refuses a second score for a leefgebied (the case schema, after the change) and a fractional score, changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const twice = [
      { leefgebied: 'huisvesting', intake: 2, followUp: null },
      { leefgebied: 'huisvesting', intake: 3, followUp: 4 },
    ] as const;
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2024-001', changes: { scores: twice } }, 'BAD_INPUT', /^scores\[1\]\.leefgebied: Dit leefgebied heeft al een score/);
    await expectRefusedUnchanged(
      w,
      'cases:update',
      { code: 'BLO-2024-001', changes: { scores: [{ leefgebied: 'financien', intake: 2.5, followUp: null }] } },
      'BAD_INPUT',
      /^changes\.scores\[0\]\.intake: Score is een geheel getal/,
    );
    await expectRefusedUnchanged(
      w,
      'cases:update',
      { code: 'BLO-2024-001', changes: { scores: [{ leefgebied: 'geluk', intake: 2, followUp: null }] } },
      'BAD_INPUT',
      /^changes\.scores\[0\]\.leefgebied: /,
    );
  });
});
