/** §2.3 the besluit of an escalation; §3.2 a granted maatwerkbudget is investering; §3.5 the jeugd weekbedrag approval. */
import { describe, expect, it } from 'vitest';
import { readCaseCalcs } from '../../../electron/core/data';
import { computeCaseRendement } from '../../../shared/calc';
import type { Db } from '../../../electron/core/store/openDatabase';
import type { BesluitFile } from '../../../shared/interchange';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { auditSince, expectRefusedUnchanged, grantConsent, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW, type TestWerkbank } from './harness';

const dossier = { question: 'Budget voor de huurachterstand?', consentChecked: true, requestedBudgetCents: 250000 } as const;

const investering = (db: Db, code: string): number => {
  const [c] = readCaseCalcs(db, { codes: [code] });
  if (c === undefined) throw new Error(`${code} ontbreekt`);
  return computeCaseRendement(c).investering;
};

/** Creates, submits and takes into behandeling one escalation; returns its index. */
async function inBehandeling(w: TestWerkbank, code: string, extra: Partial<ChannelInput<'escalations:create'>> = {}): Promise<number> {
  await grantConsent(w, code, ['PRIO']);
  const created = await w.value('escalations:create', { code, target: 'prio', ...dossier, ...extra });
  const index = created.case.escalations.length - 1;
  await w.value('escalations:transition', { code, index, to: 'ingediend' });
  await w.value('escalations:transition', { code, index, to: 'in_behandeling' });
  return index;
}

describe('escalations:decide — full happy path concept → ingediend → in_behandeling → besluit → afgerond', () => {
  it('records the besluit, counts the granted maatwerkbudget as investering (exactly the cents) and audits figures only', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = investering(w.db, 'BLO-2025-001');
    const index = await inBehandeling(w, 'BLO-2025-001');
    const seq = lastAuditSeq(w.db);
    const besluit: BesluitFile = {
      outcome: 'toegekend',
      instruments: ['afwijken_regels', 'maatwerkbudget'],
      maatwerkbudgetCents: 237550,
      decidedOn: '2025-06-02',
      motivation: 'Voorkomt ontruiming.',
      decidedBy: 'PRIO-adviseur (fictief)',
    };
    await w.value('escalations:decide', { code: 'BLO-2025-001', index, besluit });
    const decided = await w.value('cases:get', { code: 'BLO-2025-001' });
    expect(decided.case.escalations[index]).toMatchObject({ status: 'besluit', besluit });
    expect(investering(w.db, 'BLO-2025-001') - before).toBe(237550);
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'escalation.decide',
        entity: 'case',
        entityId: 'BLO-2025-001',
        detail: {
          index,
          target: 'prio',
          outcome: 'toegekend',
          instruments: ['afwijken_regels', 'maatwerkbudget'],
          maatwerkbudgetCents: 237550,
          payer: null,
          approvedWeeklyCents: null,
          decidedOn: '2025-06-02',
          reviewOn: null,
        },
      },
    ]);
    const done = await w.value('escalations:transition', { code: 'BLO-2025-001', index, to: 'afgerond' });
    expect(done.case.escalations[index]?.status).toBe('afgerond');
    // The chair decides where the case goes after the escalation: it stays geescaleerd.
    expect(done.case.status).toBe('geescaleerd');
    expect(investering(w.db, 'BLO-2025-001') - before).toBe(237550);
  });

  it('§2.3/§5 the besluit is a step in the escalation history (who, when), between in behandeling and afgerond', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w, 'BLO-2025-001');
    const decided = await w.value('escalations:decide', { code: 'BLO-2025-001', index, besluit: { outcome: 'afgewezen', decidedOn: '2025-06-02', motivation: 'Voorliggend veld eerst.' } });
    expect(decided.case.escalations[index]?.statusHistory?.at(-1)).toEqual({ from: 'in_behandeling', to: 'besluit', at: TEST_NOW.toISOString(), by: TEST_ACTOR });
    await w.value('escalations:transition', { code: 'BLO-2025-001', index, to: 'afgerond' });
    const read = await w.value('cases:get', { code: 'BLO-2025-001' });
    expect(read.case.escalations[index]?.statusHistory?.map((h) => [h.from, h.to])).toEqual([
      [null, 'concept'],
      ['concept', 'ingediend'],
      ['ingediend', 'in_behandeling'],
      ['in_behandeling', 'besluit'],
      ['besluit', 'afgerond'],
    ]);
  });

  it('an afgewezen besluit (no budget) adds nothing to the investering', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = investering(w.db, 'BLO-2025-001');
    const index = await inBehandeling(w, 'BLO-2025-001');
    await w.value('escalations:decide', { code: 'BLO-2025-001', index, besluit: { outcome: 'afgewezen', decidedOn: '2025-06-02' } });
    expect(investering(w.db, 'BLO-2025-001')).toBe(before);
  });

  it('a jeugd_weekbedrag grant records the approved weekly maximum and the review date (§3.5)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w, 'BLO-2024-002', { target: 'jeugd_weekbedrag', arrangementId: 'arr-2' });
    const besluit = { outcome: 'deels_toegekend', approvedWeeklyCents: 580000, decidedOn: '2025-06-02', reviewOn: '2025-09-01' } as const;
    const d = await w.value('escalations:decide', { code: 'BLO-2024-002', index, besluit });
    expect(d.case.escalations[index]).toMatchObject({ status: 'besluit', besluit });
  });
});

describe('escalations:decide — refusals change nothing', () => {
  it('refuses a besluit for an escalation that is not in behandeling (ILLEGAL_TRANSITION) and an unknown index (NOT_FOUND)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const besluit = { outcome: 'toegekend', decidedOn: '2025-06-02' };
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2025-002', index: 0, besluit }, 'ILLEGAL_TRANSITION', /heeft status 'ingediend'; een besluit wordt vastgelegd voor een escalatie die in behandeling is/);
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2024-001', index: 0, besluit }, 'ILLEGAL_TRANSITION', /status 'afgerond'/);
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2025-002', index: 1, besluit }, 'NOT_FOUND', /Escalatie 2 bestaat niet in casus BLO-2025-002/);
  });

  it('refuses afgewezen with a maatwerkbudget, a maatwerkbudget instrument without amount, and a decision dated in the future', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w, 'BLO-2025-001');
    const call = (besluit: Record<string, unknown>) => ({ code: 'BLO-2025-001', index, besluit: { decidedOn: '2025-06-02', ...besluit } });
    await expectRefusedUnchanged(w, 'escalations:decide', call({ outcome: 'afgewezen', maatwerkbudgetCents: 1000 }), 'BAD_INPUT', /^besluit\.maatwerkbudgetCents: een afgewezen verzoek kent geen maatwerkbudget toe/);
    await expectRefusedUnchanged(w, 'escalations:decide', call({ outcome: 'toegekend', instruments: ['maatwerkbudget'] }), 'BAD_INPUT', /^besluit\.maatwerkbudgetCents: het instrument maatwerkbudget is ingezet/);
    await expectRefusedUnchanged(w, 'escalations:decide', call({ outcome: 'toegekend', instruments: ['sparren_verbinden'], maatwerkbudgetCents: 5000 }), 'BAD_INPUT', /^besluit\.instruments: /);
    await expectRefusedUnchanged(w, 'escalations:decide', call({ outcome: 'toegekend', decidedOn: '2025-06-03' }), 'BAD_INPUT', /^besluit\.decidedOn: .*toekomst/);
  });

  it('refuses a jeugd_weekbedrag grant without approvedWeeklyCents or reviewOn', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w, 'BLO-2024-002', { target: 'jeugd_weekbedrag', arrangementId: 'arr-2' });
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2024-002', index, besluit: { outcome: 'toegekend', decidedOn: '2025-06-02', reviewOn: '2025-09-01' } }, 'BAD_INPUT', /^besluit\.approvedWeeklyCents: /);
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2024-002', index, besluit: { outcome: 'toegekend', decidedOn: '2025-06-02', approvedWeeklyCents: 580000 } }, 'BAD_INPUT', /^besluit\.reviewOn: /);
  });

  it('refuses a bad besluit payload naming the field (outcome outside the list, fractional cents, missing date)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w, 'BLO-2025-001');
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2025-001', index, besluit: { outcome: 'misschien', decidedOn: '2025-06-02' } }, 'BAD_INPUT', /^besluit\.outcome: /);
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2025-001', index, besluit: { outcome: 'toegekend', decidedOn: '2025-06-02', maatwerkbudgetCents: 10.5 } }, 'BAD_INPUT', /^besluit\.maatwerkbudgetCents: /);
    await expectRefusedUnchanged(w, 'escalations:decide', { code: 'BLO-2025-001', index, besluit: { outcome: 'toegekend' } }, 'BAD_INPUT', /^besluit\.decidedOn: /);
  });
});
