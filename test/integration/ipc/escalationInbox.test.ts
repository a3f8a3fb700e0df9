/** §2.3 the PRIO inbox (urgency, then deadline, then case code) and the overdue count on every start screen. */
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { BLOEMHOF_NETWORK, expectRefusedUnchanged, grantConsent, openWerkbank, type TestWerkbank } from './harness';

/** Creates and submits one escalation (today is Mon 2025-06-02: a 10-day target is due Tue 2025-06-17). */
async function submit(w: TestWerkbank, input: ChannelInput<'escalations:create'>): Promise<void> {
  const created = await w.value('escalations:create', { question: 'Welke doorbraak is nodig?', consentChecked: true, ...input });
  await w.value('escalations:transition', { code: input.code, index: created.case.escalations.length - 1, to: 'ingediend' });
}

const addresses = (items: { code: string; index: number }[]) => items.map((r) => `${r.code}#${String(r.index)}`);

/** The example's two open escalations plus seven new ones of every urgency, one concept left unsubmitted. */
async function filledInbox(): Promise<TestWerkbank> {
  const w = await openWerkbank({ voorbeeld: true });
  // §5 the dossiers go to PRIO and the netwerk: Bloemhof's tafel, and Schiebroek's netwerk under its name (no tafel there).
  await grantConsent(w, 'BLO-2025-001', ['PRIO', ...BLOEMHOF_NETWORK]);
  await grantConsent(w, 'SCH-2024-001', ['PRIO', 'Netwerk (klankbord)']);
  await submit(w, { code: 'BLO-2025-001', target: 'prio', urgency: 'acuut', owner: 'PRIO-adviseur' });
  await submit(w, { code: 'BLO-2025-001', target: 'netwerk', urgency: 'hoog' });
  await submit(w, { code: 'BLO-2025-001', target: 'netwerk', urgency: 'normaal' });
  await submit(w, { code: 'SCH-2024-001', target: 'netwerk', urgency: 'normaal' });
  await submit(w, { code: 'SCH-2024-001', target: 'prio', urgency: 'laag', requestedBudgetCents: 90000 });
  await submit(w, { code: 'SCH-2024-001', target: 'netwerk' });
  await w.value('escalations:create', { code: 'SCH-2025-002', target: 'prio', urgency: 'acuut' }); // concept: not in the inbox
  // The example's teruggelegd escalation (never a deadline) gets urgency hoog: among the hoog ones it comes last.
  await w.value('escalations:updateDossier', { code: 'SCH-2025-001', index: 0, urgency: 'hoog' });
  return w;
}

describe('escalations:inbox — open, submitted escalations of all cases ordered by urgency, deadline (none last), case code', () => {
  it('orders acuut, hoog, normaal, laag, none; within an urgency the earliest deadline first; then the case code', async () => {
    const w = await filledInbox();
    const { items } = await w.value('escalations:inbox', {});
    expect(addresses(items)).toEqual([
      'BLO-2025-001#0', // acuut
      'BLO-2025-002#0', // hoog, due 2025-03-05
      'BLO-2025-001#1', // hoog, due 2025-06-17
      'SCH-2025-001#0', // hoog, no deadline
      'BLO-2025-001#2', // normaal, 2025-06-17, BLO before SCH
      'SCH-2024-001#0', // normaal, 2025-06-17
      'SCH-2024-001#1', // laag
      'SCH-2024-001#2', // no urgency
    ]);
  });

  it('gives each row its case, age, deadline, overdue flag, owner and dossier — and never the alias', async () => {
    const w = await filledInbox();
    const { items } = await w.value('escalations:inbox', {});
    expect(items[0]).toEqual({
      code: 'BLO-2025-001',
      wijk: 'Bloemhof',
      index: 0,
      id: 'esc-1',
      target: 'prio',
      status: 'ingediend',
      caseStatus: 'geescaleerd',
      urgency: 'acuut',
      submittedOn: '2025-06-02',
      deadlineOn: '2025-06-17',
      ageDays: 0,
      overdue: false,
      owner: 'PRIO-adviseur',
      question: 'Welke doorbraak is nodig?',
      tried: null,
      blockingRule: null,
      requestedDeviation: null,
      legalBasis: null,
      requestedBudgetCents: null,
      consentChecked: true,
      arrangementId: null,
      begeleiding: null,
      requestedWeeklyCents: null,
      requestedWeeks: null,
      whyNotArrangementenmodel: null,
      provider: null,
      providerConflict: false,
    });
    // Submitted 2025-02-19, due 2025-03-05: 103 days old on 2025-06-02 and overdue.
    expect(items[1]).toMatchObject({ code: 'BLO-2025-002', ageDays: 103, overdue: true, question: 'Wie kan tijdelijke huisvesting bieden?' });
    // teruggelegd (submitted 2025-03-20, 74 days) has no deadline, so it is never overdue.
    expect(items[3]).toMatchObject({ code: 'SCH-2025-001', status: 'teruggelegd', ageDays: 74, overdue: false });
    expect(items[6]).toMatchObject({ requestedBudgetCents: 90000 });
    expect(JSON.stringify(items)).not.toMatch(/"alias"|"R\."|"T\."/);
  });

  it('filters on target, and with includeClosed lists afgerond / ingetrokken after the open ones, never overdue', async () => {
    const w = await filledInbox();
    expect(addresses((await w.value('escalations:inbox', { target: 'prio' })).items)).toEqual(['BLO-2025-001#0', 'SCH-2024-001#1']);
    const all = (await w.value('escalations:inbox', { includeClosed: true })).items;
    expect(addresses(all.slice(8))).toEqual(['BLO-2024-001#0', 'BLO-2024-002#1', 'BLO-2024-002#0']);
    expect(all.slice(8).every((r) => !r.overdue && (r.status === 'afgerond' || r.status === 'ingetrokken'))).toBe(true);
    expect(all.some((r) => r.code === 'SCH-2025-002')).toBe(false);
  });

  it('a deadline of 2025-06-17 is not overdue on that day and overdue the day after (w.setNow)', async () => {
    const w = await filledInbox();
    w.setNow(new Date('2025-06-17T10:00:00'));
    expect((await w.value('escalations:inbox', {})).items[0]).toMatchObject({ deadlineOn: '2025-06-17', ageDays: 15, overdue: false });
    w.setNow(new Date('2025-06-18T10:00:00'));
    expect((await w.value('escalations:inbox', {})).items[0]).toMatchObject({ ageDays: 16, overdue: true });
  });

  it('refuses an unknown target naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalations:inbox', { target: 'burgemeester' }, 'BAD_INPUT', /^target: /);
    await expectRefusedUnchanged(w, 'escalations:inbox', { includeClosed: 'ja' }, 'BAD_INPUT', /^includeClosed: /);
  });
});

describe('escalations:overdueCount — open submitted escalations and those past their deadline, for every start screen', () => {
  it('counts the example (netwerk overdue since 2025-03-05, wijk_mt teruggelegd without deadline)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 1, open: 2 });
  });

  it('counts new submissions as open, overdue once their deadline has passed; closed ones drop out', async () => {
    const w = await filledInbox();
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 1, open: 8 });
    w.setNow(new Date('2025-06-18T10:00:00'));
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 7, open: 8 });
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'ingetrokken' });
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 6, open: 7 });
  });

  it('§2.3 the deadline is the target\'s term to decide: after the besluit, or while teruggelegd, nothing is overdue', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    // BLO-2025-002's netwerk escalation is ingediend and past its deadline of 2025-03-05.
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 1, open: 2 });
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'in_behandeling' });
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 1, open: 2 });
    await w.value('escalations:decide', { code: 'BLO-2025-002', index: 0, besluit: { outcome: 'afgewezen', decidedOn: '2025-06-02' } });
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 0, open: 2 });
    expect((await w.value('escalations:inbox', {})).items.find((r) => r.code === 'BLO-2025-002')).toMatchObject({ status: 'besluit', overdue: false });
  });

  it('a sent-back escalation keeps its deadline but is not overdue while it lies with the aanmelder', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'teruggelegd', why: 'Welke regel blokkeert?' });
    expect(await w.value('escalations:overdueCount', {})).toEqual({ overdue: 0, open: 2 });
  });
});
