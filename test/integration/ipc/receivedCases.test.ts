/**
 * Issue #9 item 5, electron/core/reports/reportedCases.ts: a case a store received through a
 * dossier is a copy of another werkbank's case. It stays out of the receiving store's businesscase,
 * indicators and register (on screen and in every export) — it would count there as investering
 * without savings, and twice when the stores are compared — while the inbox and the case list still
 * show it, marked. The store the case belongs to counts it, the merged besluit included.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { buildExport } from '../../../electron/core/export/buildExport';
import { voorbeeld } from '../data/helpers';
import { grantConsent, openWerkbank, TEST_NOW, type TestWerkbank } from './harness';

const PASSPHRASE = 'dossier-zin-voor-prio-2025';
const CODE = 'BLO-2025-001';
const BUDGET = 237550;
/** Above the jeugd cap and without a besluit: the register lists it and flags it. */
const jeugdAboveCap = { id: 'arr-1', domain: 'jeugd', setting: 'extramuraal', provider: 'Jeugdhulp West (fictief)', weeklyCents: 450000, from: '2025-05-01', weeks: 8 } as const;

/** The verbinder's case BLO-2025-001 with an arrangement and a submitted PRIO escalation about it. */
async function verbinderStore(): Promise<TestWerkbank> {
  const w = await openWerkbank({ voorbeeld: true });
  await w.value('arrangements:save', { code: CODE, arrangement: jeugdAboveCap });
  await grantConsent(w, CODE, ['PRIO']);
  await w.value('escalations:create', { code: CODE, target: 'prio', arrangementId: 'arr-1', question: 'Maatwerk voor de huurschuld?', requestedBudgetCents: BUDGET, consentChecked: true });
  await w.value('escalations:transition', { code: CODE, index: 0, to: 'ingediend' });
  return w;
}

/** A PRIO store with cases of its own: the example dataset without the case that will be received. */
async function prioStore(): Promise<TestWerkbank> {
  const w = await openWerkbank();
  const own = voorbeeld();
  own.cases = own.cases.filter((c) => c.code !== CODE);
  importDataset(w.db, own, { actor: 'test-import' });
  return w;
}

/** Every figure the store reports, through the screens' channels and the command line's exports. */
async function figures(w: TestWerkbank) {
  // The figures, not the provenance: the dataset (and so its hash) does hold the received case.
  const exportOf = (what: 'businesscase' | 'indicators' | 'register') => {
    const { provenance: _provenance, ...rest } = JSON.parse(buildExport(w.db, { what, format: 'json', year: 2025, pseudonymised: false, now: TEST_NOW, actor: 'test' })) as Record<string, unknown>;
    return rest;
  };
  return {
    businesscase: await w.value('businesscase:get', { year: 2025 }),
    indicators: await w.value('indicators:get', { year: 2025 }),
    register: await w.value('register:get', {}),
    exports: [exportOf('businesscase'), exportOf('indicators'), exportOf('register')],
  };
}

describe('a case received through a dossier stays out of the receiving store’s businesscase, indicators and register', () => {
  it('the PRIO store’s figures are the same before the import and after the besluit on the received case; its own cases still count', async () => {
    const verbinder = await verbinderStore();
    const prio = await prioStore();
    const before = await figures(prio);
    // Its own cases count: the figures are not empty, so "unchanged" below says something.
    expect(before.businesscase.cases.map((c) => c.code)).toEqual(['BLO-2025-002', 'SCH-2025-001']);

    const request = await verbinder.value('dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: PASSPHRASE });
    await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE });
    await prio.value('escalations:transition', { code: CODE, index: 0, to: 'in_behandeling' });
    await prio.value('escalations:decide', {
      code: CODE,
      index: 0,
      besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: BUDGET, decidedOn: '2025-06-02' },
    });
    expect((await prio.value('cases:get', { code: CODE })).case.referenceDate).toBe('2025-01-21'); // it would fall in 2025
    expect(await figures(prio)).toEqual(before);
  });

  it('the received case is still in the PRIO inbox and the case list, marked as received; the store’s own cases are not', async () => {
    const verbinder = await verbinderStore();
    const prio = await prioStore();
    const request = await verbinder.value('dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: PASSPHRASE });
    await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE });
    // Urgency, then deadline: the store's own open escalations and the received one, side by side.
    expect((await prio.value('escalations:inbox', {})).items.map((i) => [i.code, i.target])).toEqual([
      ['BLO-2025-002', 'netwerk'],
      [CODE, 'prio'],
      ['SCH-2025-001', 'wijk_mt'],
    ]);
    const list = (await prio.value('cases:list', {})).items;
    expect(list.filter((c) => c.received).map((c) => c.code)).toEqual([CODE]);
    expect(list.length).toBe(9);
    expect((await prio.value('cases:get', { code: CODE })).received).toBe(true);
    expect((await prio.value('cases:get', { code: 'BLO-2025-002' })).received).toBe(false);
  });

  it('the store the case belongs to counts it, with the merged besluit’s maatwerkbudget as investering (§3.2)', async () => {
    const verbinder = await verbinderStore();
    const prio = await openWerkbank();
    const request = await verbinder.value('dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: PASSPHRASE });
    await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE });
    await prio.value('escalations:transition', { code: CODE, index: 0, to: 'in_behandeling' });
    await prio.value('escalations:decide', {
      code: CODE,
      index: 0,
      besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: BUDGET, decidedOn: '2025-06-02' },
    });
    const answer = await prio.value('dossier:export', { code: CODE, escalationId: 'esc-1', passphrase: PASSPHRASE });

    const caseFigure = async () => (await verbinder.value('businesscase:get', { year: 2025 })).cases.find((c) => c.code === CODE);
    const investeringBefore = (await caseFigure())?.investering ?? Number.NaN;
    const registerBefore = (await verbinder.value('register:get', {})).flagged.filter((f) => f.caseCode === CODE).map((f) => f.flags);
    expect(registerBefore).toEqual([['jeugd_boven_plafond_zonder_besluit']]);
    await verbinder.value('dossier:import', { base64: answer.base64, passphrase: PASSPHRASE });
    expect(((await caseFigure())?.investering ?? Number.NaN) - investeringBefore).toBe(BUDGET);
  });
});
