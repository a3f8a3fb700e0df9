/** §2.4 the small catalogues through IPC: catalogue:get and the one-entry upserts. */
import { describe, expect, it } from 'vitest';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

describe('catalogue:get gives the screens every catalogue and the price-list versions', () => {
  it('lists the example dataset catalogues and both versions with their use', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const c = await w.value('catalogue:get', {});
    expect(c.wijken).toEqual([
      { id: 'bloemhof', name: 'Bloemhof', codePrefix: 'BLO' },
      { id: 'schiebroek', name: 'Schiebroek', codePrefix: 'SCH' },
    ]);
    expect([c.interventionTypes.length, c.rules.length, c.escalationTargets.length, c.partners.length, c.tafelTypes.length]).toEqual([9, 3, 5, 3, 2]);
    expect(c.currentPriceListVersion).toBe('test-2025');
    // test-2024: BLO-2024-001 (vastgesteld) and BLO-2024-002 name it; five other cases have item lines on test-2025.
    expect(c.priceListVersions).toEqual([
      { version: 'test-2024', frozen: true, current: false, itemCount: 8, itemsWithoutAmount: 1, usedByCases: 2 },
      { version: 'test-2025', frozen: false, current: true, itemCount: 9, itemsWithoutAmount: 1, usedByCases: 5 },
    ]);
  });

  it('refuses an unknown field', async () => {
    const w = await openWerkbank();
    const r = await w.callRaw('catalogue:get', { alles: true });
    expect(r.ok ? null : r.error.code).toBe('BAD_INPUT');
  });
});

describe('wijken:save upserts a wijk by id; names and code prefixes stay unique', () => {
  it('adds a wijk at the end and changes a known one in place, audited', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('wijken:save', { wijk: { id: 'delfshaven', name: 'Delfshaven', codePrefix: 'DEL' } })).toMatchObject({ created: true });
    expect(await w.value('wijken:save', { wijk: { id: 'bloemhof', name: 'Bloemhof', codePrefix: 'BLH' } })).toMatchObject({ created: false });
    expect((await w.value('catalogue:get', {})).wijken.map((x) => `${x.id}:${x.codePrefix}`)).toEqual(['bloemhof:BLH', 'schiebroek:SCH', 'delfshaven:DEL']);
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'wijk.save', entity: 'wijk', entityId: 'delfshaven', detail: { created: true, changed: [], codePrefix: 'DEL' } },
      { action: 'wijk.save', entity: 'wijk', entityId: 'bloemhof', detail: { created: false, changed: ['codePrefix'], codePrefix: 'BLH' } },
    ]);
  });

  it('refuses a duplicate name or prefix, and renaming a wijk that cases use', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'wijken:save', { wijk: { id: 'nieuw', name: 'bloemhof', codePrefix: 'NW' } }, 'CONFLICT', /^wijk\.name:/);
    await expectRefusedUnchanged(w, 'wijken:save', { wijk: { id: 'nieuw', name: 'Nieuw', codePrefix: 'SCH' } }, 'CONFLICT', /^wijk\.codePrefix:/);
    await expectRefusedUnchanged(w, 'wijken:save', { wijk: { id: 'bloemhof', name: 'Bloemhof-Noord', codePrefix: 'BLO' } }, 'CONFLICT', /wordt \d+ keer gebruikt/);
  });

  it('refuses a malformed code prefix', async () => {
    const w = await openWerkbank();
    await expectRefusedUnchanged(w, 'wijken:save', { wijk: { id: 'x', name: 'X', codePrefix: 'x1' } }, 'BAD_INPUT', /^wijk\.codePrefix:/);
  });
});

describe('rules:save keeps beleidsregels with valid effective dates', () => {
  const rule = { id: 'jeugd-plafond-2026', kind: 'jeugd_weekbedrag_plafond', valueCents: 450000, effectiveFrom: '2026-01-01', effectiveTo: null, source: 'Brief 2026 (test)' } as const;

  it('adds a rule and audits its amount', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('rules:save', { rule });
    expect((await w.value('catalogue:get', {})).rules.at(-1)).toEqual(rule);
    expect(auditSince(w.db, seq)[0]).toMatchObject({ action: 'rule.save', entityId: rule.id, detail: { created: true, valueCents: { from: null, to: 450000 } } });
  });

  it('refuses an end before the start, a cap without amount, and a ban with one', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'rules:save', { rule: { ...rule, effectiveTo: '2025-12-31' } }, 'BAD_INPUT', /^rule\.effectiveTo:/);
    await expectRefusedUnchanged(w, 'rules:save', { rule: { ...rule, effectiveFrom: '2026-02-30' } }, 'BAD_INPUT', /^rule\.effectiveFrom:/);
    await expectRefusedUnchanged(w, 'rules:save', { rule: { ...rule, valueCents: null } }, 'BAD_INPUT', /^rule\.valueCents:/);
    await expectRefusedUnchanged(w, 'rules:save', { rule: { ...rule, kind: 'onderaannemer_opslag_verboden' } }, 'BAD_INPUT', /^rule\.valueCents:/);
  });
});

describe('escalationTargets:save changes a target and its deadline in working days', () => {
  it('changes the deadline, audited with old and new', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('escalationTargets:save', { target: { id: 'prio', name: 'PRIO', deadlineWorkingDays: 5, active: true, partner: 'PRIO' } });
    expect((await w.value('catalogue:get', {})).escalationTargets.find((t) => t.id === 'prio')).toEqual({ id: 'prio', name: 'PRIO', deadlineWorkingDays: 5, active: true, partner: 'PRIO' });
    expect(auditSince(w.db, seq)[0]).toMatchObject({
      entityId: 'prio',
      detail: { created: false, changed: ['description', 'deadlineWorkingDays'], deadlineWorkingDays: { from: 10, to: 5 } },
    });
  });

  it('refuses an unknown target and a deadline of 0 days', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'escalationTargets:save', { target: { id: 'rechter', name: 'R', deadlineWorkingDays: 5, active: true } }, 'BAD_INPUT', /^target\.id:/);
    await expectRefusedUnchanged(w, 'escalationTargets:save', { target: { id: 'prio', name: 'PRIO', deadlineWorkingDays: 0, active: true } }, 'BAD_INPUT', /^target\.deadlineWorkingDays: .*1 werkdag/);
  });
});

describe('interventionTypes:save keeps a multiplier only with its source (§3.7)', () => {
  const type = { id: 'buurtbemiddeling', spoor: 'samenredzaamheid', name: 'Buurtbemiddeling', multiplier: null, multiplierSource: null } as const;

  it('adds a type and changes its multiplier with a source, audited', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('interventionTypes:save', { type });
    await w.value('interventionTypes:save', { type: { ...type, multiplier: 1.5, multiplierSource: 'Onderzoek 2023 (test)' } });
    expect((await w.value('catalogue:get', {})).interventionTypes.at(-1)).toMatchObject({ id: type.id, multiplier: 1.5 });
    expect(auditSince(w.db, seq).map((a) => a.detail)).toEqual([
      { created: true, changed: [], multiplier: { from: null, to: null } },
      { created: false, changed: ['multiplier', 'multiplierSource'], multiplier: { from: null, to: 1.5 } },
    ]);
  });

  it('refuses a multiplier without a source and an unknown spoor', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'interventionTypes:save', { type: { ...type, multiplier: 2 } }, 'BAD_INPUT', /^type\.multiplierSource:/);
    await expectRefusedUnchanged(w, 'interventionTypes:save', { type: { ...type, spoor: 'zorg' } }, 'BAD_INPUT', /^type\.spoor:/);
  });
});

describe('partners:save and tafelTypes:save upsert one entry', () => {
  it('adds a partner and renames a tafel type, audited', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('partners:save', { partner: { id: 'buurtwerk', name: 'Buurtwerk', kind: 'welzijn' } });
    await w.value('tafelTypes:save', { tafelType: { id: 'wijktafel', name: 'Wijktafel', description: 'Per wijk.' } });
    const c = await w.value('catalogue:get', {});
    expect(c.partners.at(-1)).toEqual({ id: 'buurtwerk', name: 'Buurtwerk', kind: 'welzijn' });
    expect(c.tafelTypes[0]).toEqual({ id: 'wijktafel', name: 'Wijktafel', description: 'Per wijk.' });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'partner.save', entity: 'partner', entityId: 'buurtwerk', detail: { created: true, changed: [] } },
      { action: 'tafelType.save', entity: 'tafelType', entityId: 'wijktafel', detail: { created: false, changed: ['name', 'description'] } },
    ]);
  });

  it('refuses an empty name and an unknown field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'partners:save', { partner: { id: 'p', name: '  ', kind: 'welzijn' } }, 'BAD_INPUT', /^partner\.name:/);
    await expectRefusedUnchanged(w, 'tafelTypes:save', { tafelType: { id: 't', name: 'T', description: '', leden: 3 } }, 'BAD_INPUT', /^tafelType/);
  });
});
