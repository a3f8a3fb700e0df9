/**
 * §2.1 the knelpunten register through IPC. The example dataset holds kp-1 (Bloemhof,
 * Urgentieverordening, doorgezet), kp-2 (Schiebroek, Kostendelersnorm, open) and kp-3 (Schiebroek,
 * Geen nachtopvang in de wijk, opgelost, no case).
 */
import { describe, expect, it } from 'vitest';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, type TestWerkbank } from './harness';

/** The n-th knelpunt this store numbered itself: `kp-<its tag>-<n>` (issue #9 item 6). */
const own = (w: TestWerkbank, n: number) => `kp-${recordIdTag(w.db)}-${String(n)}`;

const kostendelers = (over: Record<string, unknown> = {}) => ({
  caseCode: null,
  wijk: 'Schiebroek',
  rule: 'Kostendelersnorm',
  description: 'Inwonen bij familie verlaagt de uitkering.',
  ...over,
});

async function addThree(w: TestWerkbank): Promise<void> {
  await w.value('knelpunten:save', { knelpunt: kostendelers({ caseCode: 'SCH-2025-002' }) });
  await w.value('knelpunten:save', { knelpunt: kostendelers() });
  await w.value('knelpunten:save', { knelpunt: kostendelers({ wijk: 'bloemhof', caseCode: 'BLO-2025-001' }) });
}

describe('knelpunten:list gives the register with its count per rule and wijk', () => {
  it('counts by hand: Kostendelersnorm 3× in Schiebroek, every other pair once', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await addThree(w);
    const all = await w.value('knelpunten:list', {});
    expect(all.items.map((k) => k.id)).toEqual(['kp-1', 'kp-2', 'kp-3', own(w, 1), own(w, 2), own(w, 3)]);
    expect(all.byRule).toEqual([
      { rule: 'Kostendelersnorm', wijk: 'Schiebroek', count: 3 },
      { rule: 'Geen nachtopvang in de wijk', wijk: 'Schiebroek', count: 1 },
      { rule: 'Kostendelersnorm', wijk: 'Bloemhof', count: 1 },
      { rule: 'Urgentieverordening', wijk: 'Bloemhof', count: 1 },
    ]);
  });

  it('filters by status, wijk (name or id) and rule, and counts only what it lists', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await addThree(w);
    expect((await w.value('knelpunten:list', { status: 'open' })).byRule).toEqual([
      { rule: 'Kostendelersnorm', wijk: 'Schiebroek', count: 3 },
      { rule: 'Kostendelersnorm', wijk: 'Bloemhof', count: 1 },
    ]);
    expect((await w.value('knelpunten:list', { wijk: 'bloemhof' })).items.map((k) => k.id)).toEqual(['kp-1', own(w, 3)]);
    expect((await w.value('knelpunten:list', { rule: 'Kostendelersnorm', wijk: 'Schiebroek' })).items.map((k) => k.id)).toEqual(['kp-2', own(w, 1), own(w, 2)]);
  });

  it('refuses an unknown status', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const r = await w.callRaw('knelpunten:list', { status: 'gesloten' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^status:/) as unknown });
  });
});

describe('knelpunten:save creates (kp-<tag>-<n>, today, open) or updates a knelpunt', () => {
  it('creates with a generated id, today and status open; audited without the description', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const r = await w.value('knelpunten:save', { knelpunt: kostendelers({ caseCode: 'SCH-2025-001', wijk: 'schiebroek' }) });
    expect(r).toEqual({ created: true, entry: { id: own(w, 1), ...kostendelers({ caseCode: 'SCH-2025-001' }), raisedOn: '2025-06-02', status: 'open' } });
    expect((await w.value('knelpunten:list', {})).items.at(-1)).toEqual(r.entry);
    const audit = auditSince(w.db, seq);
    expect(audit).toEqual([
      { action: 'knelpunt.create', entity: 'knelpunt', entityId: own(w, 1), detail: { caseCode: 'SCH-2025-001', wijk: 'Schiebroek', status: 'open', changed: [] } },
    ]);
    expect(JSON.stringify(audit)).not.toContain('uitkering');
  });

  it('updates a known knelpunt, keeping its date and status when not given', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const r = await w.value('knelpunten:save', { knelpunt: { ...kostendelers({ caseCode: 'SCH-2025-001' }), id: 'kp-2', description: 'Aangescherpt.' } });
    expect(r.created).toBe(false);
    expect((await w.value('knelpunten:list', {})).items.find((k) => k.id === 'kp-2')).toEqual({
      id: 'kp-2', caseCode: 'SCH-2025-001', wijk: 'Schiebroek', rule: 'Kostendelersnorm', description: 'Aangescherpt.', raisedOn: '2025-03-19', status: 'open',
    });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'knelpunt.update', entity: 'knelpunt', entityId: 'kp-2', detail: { caseCode: 'SCH-2025-001', wijk: 'Schiebroek', status: 'open', changed: ['description'] } },
    ]);
  });

  it('refuses an unknown case (NOT_FOUND) and an unknown wijk', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ caseCode: 'SCH-2025-099' }) }, 'NOT_FOUND', /^knelpunt\.caseCode: .*SCH-2025-099/);
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ wijk: 'Delfshaven' }) }, 'BAD_INPUT', /^knelpunt\.wijk: .*Delfshaven/);
  });

  it('refuses bad input naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ caseCode: 'Jan Jansen' }) }, 'BAD_INPUT', /^knelpunt\.caseCode:/);
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ raisedOn: '2025-02-30' }) }, 'BAD_INPUT', /^knelpunt\.raisedOn:/);
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ naam: 'x' }) }, 'BAD_INPUT', /^knelpunt/);
    await expectRefusedUnchanged(w, 'knelpunten:save', { knelpunt: kostendelers({ rule: '' }) }, 'BAD_INPUT', /^knelpunt\.rule:/);
  });
});

describe('knelpunten:setStatus moves a knelpunt through open, doorgezet, opgelost', () => {
  it('sets the status, audited with from and to', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('knelpunten:setStatus', { id: 'kp-2', status: 'doorgezet' })).toMatchObject({ id: 'kp-2', status: 'doorgezet' });
    expect((await w.value('knelpunten:list', { status: 'doorgezet' })).items.map((k) => k.id)).toEqual(['kp-1', 'kp-2']);
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'knelpunt.setStatus', entity: 'knelpunt', entityId: 'kp-2', detail: { from: 'open', to: 'doorgezet' } },
    ]);
  });

  it('refuses an unknown knelpunt and an unknown status', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'knelpunten:setStatus', { id: 'kp-99', status: 'opgelost' }, 'NOT_FOUND', /kp-99/);
    await expectRefusedUnchanged(w, 'knelpunten:setStatus', { id: 'kp-2', status: 'klaar' }, 'BAD_INPUT', /^status:/);
  });
});
