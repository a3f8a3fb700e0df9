/**
 * §3.5 / issue #9 item 2: the hoog-weekbedrag request from a jeugd arrangement above the cap (the
 * begeleiding, the weekbedrag and weeks asked, why the arrangementenmodel does not suffice), its
 * besluit, and the register's approval history: every request and besluit per arrangement over time.
 */
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/core/data/dossierExport';
import { buildExport } from '../../../electron/core/export/buildExport';
import { openDossier } from '../../../electron/core/exchange/dossierFile';
import type { DossierFile } from '../../../shared/interchange/dossier';
import { expectRefusedUnchanged, openWerkbank, TEST_ACTOR, TEST_NOW, type TestWerkbank } from './harness';

const CODE = 'BLO-2024-002';
/** A third jeugd arrangement of the example case: € 5.200 a week, above the € 4.000 cap, no request yet. */
const ARRANGEMENT = { id: 'arr-3', domain: 'jeugd', setting: 'intramuraal', provider: 'Jeugdzorg Maasoever (fictief)', weeklyCents: 520000, from: '2025-05-01', weeks: 26 } as const;
const REQUEST = {
  code: CODE,
  target: 'jeugd_weekbedrag',
  arrangementId: 'arr-3',
  urgency: 'hoog',
  question: 'Toestemming voor een weekbedrag boven het plafond.',
  begeleiding: 'twee_op_een',
  requestedWeeklyCents: 520000,
  requestedWeeks: 26,
  whyNotArrangementenmodel: 'Voor de veiligheid zijn twee begeleiders tegelijk nodig; het arrangementenmodel kent alleen 1-op-1.',
  consentChecked: true,
} as const;

async function withArrangement(): Promise<TestWerkbank> {
  const w = await openWerkbank({ voorbeeld: true });
  await w.value('arrangements:save', { code: CODE, arrangement: ARRANGEMENT });
  return w;
}

/** Creates and submits a request; returns its index. */
async function submitted(w: TestWerkbank): Promise<number> {
  const index = (await w.value('escalations:create', REQUEST)).case.escalations.length - 1;
  await w.value('escalations:transition', { code: CODE, index, to: 'ingediend' });
  return index;
}

async function decided(w: TestWerkbank, index: number, besluit: { outcome: 'toegekend' | 'deels_toegekend' | 'afgewezen'; decidedOn: string; approvedWeeklyCents?: number; reviewOn?: string }) {
  await w.value('escalations:transition', { code: CODE, index, to: 'in_behandeling' });
  return w.value('escalations:decide', { code: CODE, index, besluit });
}

const rowOf = async (w: TestWerkbank) => (await w.value('register:get', {})).rows.find((r) => r.caseCode === CODE && r.arrangementId === 'arr-3');

describe('§3.5 the hoog-weekbedrag request carries what the jeugd tafel decides on', () => {
  it('stores the begeleiding, the weekbedrag and weeks asked and the motivation, and the inbox shows them to the tafel', async () => {
    const w = await withArrangement();
    const index = await submitted(w);
    const stored = (await w.value('cases:get', { code: CODE })).case.escalations[index];
    expect(stored).toMatchObject({
      target: 'jeugd_weekbedrag',
      status: 'ingediend',
      arrangementId: 'arr-3',
      begeleiding: 'twee_op_een',
      requestedWeeklyCents: 520000,
      requestedWeeks: 26,
      whyNotArrangementenmodel: REQUEST.whyNotArrangementenmodel,
      submittedOn: '2025-06-02',
      deadlineOn: '2025-06-24', // 15 working days; Whit Monday 2025-06-09 is a holiday
    });
    const inbox = await w.value('escalations:inbox', { target: 'jeugd_weekbedrag' });
    expect(inbox.items.map((r) => [r.code, r.arrangementId, r.begeleiding, r.requestedWeeklyCents, r.requestedWeeks, r.whyNotArrangementenmodel])).toEqual([
      [CODE, 'arr-3', 'twee_op_een', 520000, 26, REQUEST.whyNotArrangementenmodel],
    ]);
  });

  it('refuses the request fields on an escalation to another target, naming the field, and a weekbedrag that is not in cents', async () => {
    const w = await withArrangement();
    await expectRefusedUnchanged(w, 'escalations:create', { code: CODE, target: 'prio', begeleiding: 'een_op_een' }, 'BAD_INPUT', /^begeleiding: hoort bij een verzoek hoog weekbedrag jeugd/);
    await expectRefusedUnchanged(w, 'escalations:create', { code: CODE, target: 'prio', requestedWeeks: 4 }, 'BAD_INPUT', /^requestedWeeks: hoort bij/);
    await expectRefusedUnchanged(w, 'escalations:create', { ...REQUEST, requestedWeeklyCents: 5200.5 }, 'BAD_INPUT', /^requestedWeeklyCents: /);
    await expectRefusedUnchanged(w, 'escalations:create', { ...REQUEST, begeleiding: 'drie_op_een' }, 'BAD_INPUT', /^begeleiding: /);
    const prio = (await w.value('escalations:create', { code: CODE, target: 'prio' })).case.escalations.length - 1;
    await expectRefusedUnchanged(w, 'escalations:updateDossier', { code: CODE, index: prio, whyNotArrangementenmodel: 'x' }, 'BAD_INPUT', /^whyNotArrangementenmodel: hoort bij/);
  });

  it('the request fields travel in the dossier file to the jeugd tafel (data minimisation lists them)', async () => {
    const w = await withArrangement();
    const index = await submitted(w);
    const id = (await w.value('cases:get', { code: CODE })).case.escalations[index]?.id ?? '';
    const { bytes } = await exportDossier(w.db, { code: CODE, escalationId: id, passphrase: 'dossier-zin-voor-de-tafel', actor: TEST_ACTOR, now: TEST_NOW, kdf: { N: 2 ** 10, r: 8, p: 1 } });
    const doc = JSON.parse((await openDossier(bytes, 'dossier-zin-voor-de-tafel')).toString('utf8')) as DossierFile;
    expect(doc.escalation).toMatchObject({ begeleiding: 'twee_op_een', requestedWeeklyCents: 520000, requestedWeeks: 26, whyNotArrangementenmodel: REQUEST.whyNotArrangementenmodel });
    expect(doc.arrangement).toEqual(ARRANGEMENT);
  });
});

describe('§3.5 the register shows every request and besluit per arrangement over time (approval history)', () => {
  it('deels toegekend below the requested amount: the row shows the approved maximum, the history the request and the besluit', async () => {
    const w = await withArrangement();
    const before = await rowOf(w);
    expect(before).toMatchObject({ approvalStatus: 'geen_aanvraag', history: [], flags: ['jeugd_boven_plafond_zonder_besluit'] });
    const index = await submitted(w);
    expect(await rowOf(w)).toMatchObject({ approvalStatus: 'aangevraagd' });
    await decided(w, index, { outcome: 'deels_toegekend', decidedOn: '2025-06-02', approvedWeeklyCents: 480000, reviewOn: '2025-12-01' });
    const row = await rowOf(w);
    expect(row).toMatchObject({ approvalStatus: 'deels_toegekend', approvedWeeklyCents: 480000, reviewOn: '2025-12-01', flags: ['boven_goedgekeurd_maximum'] });
    expect(row?.history).toEqual([
      { kind: 'aanvraag', escalationId: 'esc-3', on: '2025-06-02', requestedWeeklyCents: 520000, requestedWeeks: 26, status: 'besluit' },
      { kind: 'besluit', escalationId: 'esc-3', on: '2025-06-02', outcome: 'deels_toegekend', approvedWeeklyCents: 480000, reviewOn: '2025-12-01', decides: true },
    ]);
    // The register's figures stay what they were: (5.200 − 4.000) × 26 = 31.200 euro.
    expect(row?.meerkostenBovenPlafond).toBe(before?.meerkostenBovenPlafond);
    expect(row?.meerkostenBovenPlafond).toBe(3120000);
  });

  it('a later review request that is afgewezen revokes the toekenning; the toekenning stays visible in the history', async () => {
    const w = await withArrangement();
    const first = await submitted(w);
    await decided(w, first, { outcome: 'toegekend', decidedOn: '2025-05-20', approvedWeeklyCents: 520000, reviewOn: '2025-06-01' });
    await w.value('escalations:transition', { code: CODE, index: first, to: 'afgerond' });
    const review = await submitted(w);
    await decided(w, review, { outcome: 'afgewezen', decidedOn: '2025-06-02' });
    const row = await rowOf(w);
    expect(row).toMatchObject({ approvalStatus: 'afgewezen', approvedWeeklyCents: null, reviewOn: null, flags: ['jeugd_boven_plafond_zonder_besluit'] });
    expect(row?.history.map((e) => (e.kind === 'aanvraag' ? `aanvraag ${e.escalationId ?? ''} ${e.on} ${e.status}` : `besluit ${e.escalationId ?? ''} ${e.on} ${e.outcome} ${String(e.approvedWeeklyCents)} ${String(e.decides)}`))).toEqual([
      'besluit esc-3 2025-05-20 toegekend 520000 false',
      'aanvraag esc-3 2025-06-02 afgerond',
      'aanvraag esc-4 2025-06-02 besluit',
      'besluit esc-4 2025-06-02 afgewezen null true',
    ]);
  });

  it('the register export keeps its rows as they were (no history column); the total is unchanged by the history', async () => {
    const w = await withArrangement();
    const index = await submitted(w);
    await decided(w, index, { outcome: 'deels_toegekend', decidedOn: '2025-06-02', approvedWeeklyCents: 480000, reviewOn: '2025-12-01' });
    const reg = await w.value('register:get', {});
    const exported = JSON.parse(buildExport(w.db, { what: 'register', format: 'json', year: 2025, pseudonymised: false, now: TEST_NOW, actor: TEST_ACTOR })) as { rows: object[]; totalMeerkostenBovenPlafond: number };
    expect(exported.rows).toEqual(reg.rows.map(({ history: _history, ...rest }) => rest));
    expect(exported.totalMeerkostenBovenPlafond).toBe(reg.totalMeerkostenBovenPlafond);
  });
});
