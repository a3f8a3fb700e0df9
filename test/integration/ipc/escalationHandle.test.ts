/** §2.3 the PRIO inbox (issue #9 item 3): the escalation target assigns a handler and keeps notes. */
import { describe, expect, it } from 'vitest';
import { auditSince, expectRefusedUnchanged, grantConsent, lastAuditSeq, openWerkbank, type TestWerkbank } from './harness';

const code = 'BLO-2025-001';

/** A submitted escalation (index 0) of a case that had none. */
async function submitted(w: TestWerkbank): Promise<void> {
  await grantConsent(w, code, ['PRIO']);
  await w.value('escalations:create', { code, target: 'prio', question: 'Mag de huur tijdelijk worden overgenomen?', consentChecked: true, urgency: 'hoog' });
  await w.value('escalations:transition', { code, index: 0, to: 'ingediend' });
}

describe('escalations:handle — the target assigns a handler and keeps notes while the escalation lies with it (ingediend, in behandeling)', () => {
  it('sets owner and notes on an ingediend escalation, keeps a field left out, clears with null, and audits the field names only', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await submitted(w);
    const seq = lastAuditSeq(w.db);
    await w.value('escalations:handle', { code, index: 0, owner: 'A. de Vries (PRIO)', notes: 'Gebeld met de verhuurder; wacht op antwoord.' });
    await w.value('escalations:transition', { code, index: 0, to: 'in_behandeling' });
    const d = await w.value('escalations:handle', { code, index: 0, notes: 'Verhuurder akkoord met betalingsregeling.' });
    expect(d.case.escalations[0]).toMatchObject({ status: 'in_behandeling', owner: 'A. de Vries (PRIO)', notes: 'Verhuurder akkoord met betalingsregeling.' });
    const read = await w.value('cases:get', { code });
    expect(read.case.escalations[0]?.notes).toBe('Verhuurder akkoord met betalingsregeling.');
    const inbox = await w.value('escalations:inbox', {});
    expect(inbox.items.find((r) => r.code === code)?.owner).toBe('A. de Vries (PRIO)');
    const cleared = await w.value('escalations:handle', { code, index: 0, notes: null });
    expect(cleared.case.escalations[0]?.notes).toBeUndefined();
    expect(cleared.case.escalations[0]?.owner).toBe('A. de Vries (PRIO)');
    expect(auditSince(w.db, seq).filter((a) => a.action === 'escalation.handle')).toEqual([
      { action: 'escalation.handle', entity: 'case', entityId: code, detail: { index: 0, fields: ['owner', 'notes'] } },
      { action: 'escalation.handle', entity: 'case', entityId: code, detail: { index: 0, fields: ['notes'] } },
      { action: 'escalation.handle', entity: 'case', entityId: code, detail: { index: 0, fields: ['notes'] } },
    ]);
  });

  it('refuses a concept (the dossier is still the aanmelder’s) and a teruggelegd escalation with CONFLICT, changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('escalations:create', { code, target: 'prio' });
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 0, notes: 'Te vroeg' }, 'CONFLICT', /heeft status 'concept': een behandelaar en notities legt het escalatiedoel vast zolang de escalatie ingediend of in behandeling is/);
    await w.value('escalations:updateDossier', { code, index: 0, question: 'Welke doorbraak?', consentChecked: true });
    await grantConsent(w, code, ['PRIO']);
    await w.value('escalations:transition', { code, index: 0, to: 'ingediend' });
    await w.value('escalations:transition', { code, index: 0, to: 'teruggelegd', why: 'Wat is al geprobeerd?' });
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 0, owner: 'PRIO' }, 'CONFLICT', /status 'teruggelegd'/);
  });

  it('refuses an unknown index (NOT_FOUND), notes that are not text or too long, and a dossier field, naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await submitted(w);
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 3, notes: 'x' }, 'NOT_FOUND', /Escalatie 4 bestaat niet/);
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 0, notes: 42 }, 'BAD_INPUT', /^notes: /);
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 0, notes: 'x'.repeat(20001) }, 'BAD_INPUT', /^notes: /);
    await expectRefusedUnchanged(w, 'escalations:handle', { code, index: 0, question: 'Andere vraag' }, 'BAD_INPUT', /question/);
  });
});
