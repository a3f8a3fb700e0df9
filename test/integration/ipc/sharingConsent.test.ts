/**
 * §5 consent before sharing (issue #11 item 6): submitting an escalation and exporting its dossier
 * need recorded consent or a legal basis for every organisation the dossier goes to. A refusal says
 * what to record and changes nothing; data imported as already submitted is not refused (it was
 * shared before); the receiving werkbank's answer is no new sharing.
 */
import { describe, expect, it } from 'vitest';
import { BLOEMHOF_NETWORK, expectRefusedUnchanged, grantConsent, openWerkbank, type TestWerkbank } from './harness';

const PASSPHRASE = 'dossier-zin-voor-prio-2025';
const dossier = { question: 'Welke doorbraak is nodig?', consentChecked: true } as const;
const submit = (code: string, index: number) => ({ code, index, to: 'ingediend' }) as const;

/** A concept escalation of `code` to `target`; its index. */
async function concept(w: TestWerkbank, code: string, target: 'prio' | 'netwerk' | 'wijk_mt'): Promise<number> {
  const d = await w.value('escalations:create', { code, target, ...dossier });
  return d.case.escalations.length - 1;
}

describe('§5 submitting an escalation shares its dossier: only with consent or a legal basis for the target', () => {
  it('refuses a PRIO escalation of a case whose consent names other partners, saying what to record, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await concept(w, 'BLO-2025-001', 'prio');
    await expectRefusedUnchanged(
      w,
      'escalations:transition',
      submit('BLO-2025-001', index),
      'CONFLICT',
      'Escalatie 1 (esc-1) van BLO-2025-001 kan niet worden ingediend: zonder toestemming of grondslag gaat het dossier niet naar PRIO (§5). Leg eerst toestemming of een grondslag vast voor PRIO (Toestemming en grondslag op de casus).',
    );
  });

  it('submits once the resident’s consent for PRIO is recorded on the case', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await concept(w, 'BLO-2025-001', 'prio');
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    const d = await w.value('escalations:transition', submit('BLO-2025-001', index));
    expect(d.case.escalations[index]).toMatchObject({ status: 'ingediend', submittedOn: '2025-06-02' });
  });

  it('refuses a case with no consent at all, and one whose scope refuses PRIO explicitly', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'BLO-2025-001', changes: { consent: null } });
    const index = await concept(w, 'BLO-2025-001', 'prio');
    await expectRefusedUnchanged(w, 'escalations:transition', submit('BLO-2025-001', index), 'CONFLICT', /vast voor PRIO \(Toestemming en grondslag op de casus\)\.$/);
    await w.value('cases:update', { code: 'BLO-2025-001', changes: { consent: { basis: 'toestemming', recordedOn: '2025-06-02', scope: [{ partner: 'PRIO', granted: false }] } } });
    await expectRefusedUnchanged(w, 'escalations:transition', submit('BLO-2025-001', index), 'CONFLICT', /gaat het dossier niet naar PRIO \(§5\)/);
  });

  it('a legal basis without a scope (BLO-2024-002: wettelijke taak) covers PRIO', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await concept(w, 'BLO-2024-002', 'prio');
    const d = await w.value('escalations:transition', submit('BLO-2024-002', index));
    expect(d.case.escalations[index]?.status).toBe('ingediend');
  });

  it('a hoog-weekbedrag request goes to the jeugd tafel: created, its submission is refused until consent names that tafel', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'BLO-2024-002', changes: { consent: { basis: 'toestemming', recordedOn: '2025-06-02', scope: [{ partner: 'Gemeente Rotterdam', granted: true }] } } });
    const d = await w.value('escalations:create', { code: 'BLO-2024-002', target: 'jeugd_weekbedrag', arrangementId: 'arr-2', ...dossier });
    const index = d.case.escalations.length - 1;
    await expectRefusedUnchanged(
      w,
      'escalations:transition',
      submit('BLO-2024-002', index),
      'CONFLICT',
      /^Escalatie 3 \(esc-3\) van BLO-2024-002 kan niet worden ingediend: zonder toestemming of grondslag gaat het dossier niet naar Casuïstiektafel hoog weekbedrag jeugd \(§5\)/,
    );
    await grantConsent(w, 'BLO-2024-002', ['Casuïstiektafel hoog weekbedrag jeugd']);
    expect((await w.value('escalations:transition', submit('BLO-2024-002', index))).case.escalations[index]?.status).toBe('ingediend');
  });

  it('to the netwerk the dossier reaches every organisation at the Bloemhof tafel: consent for two of the three is not enough', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await concept(w, 'BLO-2025-001', 'netwerk');
    await expectRefusedUnchanged(
      w,
      'escalations:transition',
      submit('BLO-2025-001', index),
      'CONFLICT',
      'Escalatie 1 (esc-1) van BLO-2025-001 kan niet worden ingediend: zonder toestemming of grondslag gaat het dossier niet naar Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid (fictief) (§5). Leg eerst toestemming of een grondslag vast voor Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid (fictief) (Toestemming en grondslag op de casus).',
    );
    await grantConsent(w, 'BLO-2025-001', ['Gemeente Rotterdam', 'Woningcorporatie Zuid (fictief)']);
    await expectRefusedUnchanged(w, 'escalations:transition', submit('BLO-2025-001', index), 'CONFLICT', /niet naar Wijkteam Bloemhof \(§5\)/);
    await grantConsent(w, 'BLO-2025-001', [...BLOEMHOF_NETWORK]);
    expect((await w.value('escalations:transition', submit('BLO-2025-001', index))).case.escalations[index]?.status).toBe('ingediend');
  });

  it('the organisation configured on the target decides: consent for “PRIO” does not cover a PRIO renamed to “PRIO Rotterdam”', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    const prio = (await w.value('catalogue:get', {})).escalationTargets.find((t) => t.id === 'prio');
    if (prio === undefined) throw new Error('the example has a PRIO target');
    await w.value('escalationTargets:save', { target: { ...prio, partner: 'PRIO Rotterdam' } });
    const index = await concept(w, 'BLO-2025-001', 'prio');
    await expectRefusedUnchanged(w, 'escalations:transition', submit('BLO-2025-001', index), 'CONFLICT', /gaat het dossier niet naar PRIO Rotterdam \(§5\)/);
  });
});

describe('§5 exporting a dossier shares it again: judged when the file is made, not when it was submitted', () => {
  it('refuses the request file once the consent for PRIO is withdrawn, and changes nothing (not even the audit log)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await grantConsent(w, 'BLO-2025-001', ['PRIO']);
    const index = await concept(w, 'BLO-2025-001', 'prio');
    await w.value('escalations:transition', submit('BLO-2025-001', index));
    await w.value('cases:update', { code: 'BLO-2025-001', changes: { consent: null } });
    await expectRefusedUnchanged(
      w,
      'dossier:export',
      { code: 'BLO-2025-001', escalationId: 'esc-1', passphrase: PASSPHRASE },
      'CONFLICT',
      'Escalatie esc-1 van BLO-2025-001 kan niet worden verstuurd: zonder toestemming of grondslag gaat het dossier niet naar PRIO (§5). Leg eerst toestemming of een grondslag vast voor PRIO (Toestemming en grondslag op de casus).',
    );
  });

  it('the example’s submitted netwerk escalation (BLO-2025-002, consent without partners) was imported as it was, but its dossier does not leave without consent', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('cases:get', { code: 'BLO-2025-002' })).case.escalations[0]).toMatchObject({ target: 'netwerk', status: 'ingediend' });
    await expectRefusedUnchanged(w, 'dossier:export', { code: 'BLO-2025-002', escalationId: 'esc-1', passphrase: PASSPHRASE }, 'CONFLICT', /niet naar Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid \(fictief\) \(§5\)/);
    await grantConsent(w, 'BLO-2025-002', [...BLOEMHOF_NETWORK]);
    expect((await w.value('dossier:export', { code: 'BLO-2025-002', escalationId: 'esc-1', passphrase: PASSPHRASE })).kind).toBe('request');
  });

  it('the answer of the receiving werkbank is no new sharing: it leaves although that store records no consent for the case', async () => {
    const verbinder = await openWerkbank({ voorbeeld: true });
    await grantConsent(verbinder, 'BLO-2025-001', ['PRIO']);
    const index = await concept(verbinder, 'BLO-2025-001', 'prio');
    await verbinder.value('escalations:transition', submit('BLO-2025-001', index));
    const request = await verbinder.value('dossier:export', { code: 'BLO-2025-001', escalationId: 'esc-1', passphrase: PASSPHRASE });
    const prio = await openWerkbank();
    await prio.value('dossier:import', { base64: request.base64, passphrase: PASSPHRASE });
    expect((await prio.value('cases:get', { code: 'BLO-2025-001' })).case.consent).toBeUndefined();
    await prio.value('escalations:transition', { code: 'BLO-2025-001', index: 0, to: 'teruggelegd', why: 'Wat is er al geprobeerd?' });
    const answer = await prio.value('dossier:export', { code: 'BLO-2025-001', escalationId: 'esc-1', passphrase: PASSPHRASE });
    expect(answer).toMatchObject({ kind: 'answer', code: 'BLO-2025-001', escalationId: 'esc-1' });
  });
});
