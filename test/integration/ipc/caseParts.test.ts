/** §2.1, §3.1 the parts of a case through IPC: cost lines, interventions, arrangements. */
import { describe, expect, it } from 'vitest';
import type { InterventionFile } from '../../../shared/interchange';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const storedAmounts = (w: Awaited<ReturnType<typeof openWerkbank>>, code: string, scenario: string) =>
  (w.db.prepare('SELECT amount_cents AS a FROM cost_lines WHERE case_code = ? AND scenario = ? ORDER BY position').all(code, scenario) as { a: number }[]).map((r) => r.a);

const werktraject: InterventionFile = {
  spoor: 'werk_dagbesteding',
  type: 'werktraject',
  status: 'voorgesteld',
  oneOffCents: 10000,
  rateCents: 2500,
  unit: 'week',
  quantity: 2.5,
  payer: 'participatie',
  voorliggendVeld: false,
  doorbraak: false,
};

describe('cases:setCostLines — §3.1 each line is rounded once, half away from zero, and stored with its amount', () => {
  it('stores item and free lines with amounts computed by hand, resolved against the case price-list version', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const d = await w.value('cases:setCostLines', {
      code: 'BLO-2025-001',
      scenario: 'reference',
      lines: [
        // test-2025 ggz-crisisopname 78000 × 0.5 × 33.3 % = 12987 exactly
        { item: 'ggz-crisisopname', quantity: 0.5, probabilityPct: 33.3 },
        // 333 × 1.5 = 499.5 → 500 (half away from zero)
        { label: 'Maaltijden', payer: 'wmo', unit: 'dag', unitCostCents: 333, quantity: 1.5, evidence: 'C' },
      ],
    });
    expect(d.case.reference).toEqual([
      { item: 'ggz-crisisopname', quantity: 0.5, probabilityPct: 33.3 },
      { label: 'Maaltijden', payer: 'wmo', unit: 'dag', unitCostCents: 333, quantity: 1.5, evidence: 'C' },
    ]);
    expect(storedAmounts(w, 'BLO-2025-001', 'reference')).toEqual([12987, 500]);
    expect(auditSince(w.db, seq)).toEqual([{ action: 'case.costLines', entity: 'case', entityId: 'BLO-2025-001', detail: { scenario: 'reference', lines: 2 } }]);
  });

  it('refuses a price-list item without an amount (never invent a price) with UNUSABLE_PRICE, and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:setCostLines', { code: 'BLO-2025-001', scenario: 'actual', lines: [{ item: 'woonbegeleiding-nieuw', quantity: 4 }] }, 'UNUSABLE_PRICE', /actual\[0\]: Kengetal 'woonbegeleiding-nieuw' heeft nog geen bedrag/);
  });

  it('refuses an item that is not in the price list, a free line without payer, and a negative quantity', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:setCostLines', { code: 'BLO-2025-001', scenario: 'actual', lines: [{ item: 'bestaat-niet', quantity: 1 }] }, 'BAD_INPUT', /actual\[0\]: Kengetal 'bestaat-niet' bestaat niet/);
    await expectRefusedUnchanged(w, 'cases:setCostLines', { code: 'BLO-2025-001', scenario: 'actual', lines: [{ label: 'X', unit: 'dag', unitCostCents: 100, quantity: 1, evidence: 'C' }] }, 'BAD_INPUT', /^lines\[0\]\.payer: /);
    await expectRefusedUnchanged(w, 'cases:setCostLines', { code: 'BLO-2025-001', scenario: 'actual', lines: [{ item: 'bw-ggz', quantity: -1 }] }, 'BAD_INPUT', /^lines\[0\]\.quantity: /);
  });

  it('refuses changing cost lines of a vastgesteld calculation (§3.2) and says to recalculate first', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:setCostLines', { code: 'BLO-2024-001', scenario: 'actual', lines: [] }, 'CONFLICT', /vastgesteld op 2024-06-18.*Herberekenen/);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2024-001', changes: { attributionPct: 50 } }, 'CONFLICT', /vastgesteld/);
  });
});

describe('interventions — added, changed and removed by position, with their §3.2 cost stored', () => {
  it('adds an intervention and stores oneOff + round(rate × quantity)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('interventions:add', { code: 'BLO-2025-001', intervention: werktraject });
    expect(d.case.interventions).toHaveLength(3);
    expect(d.case.interventions[2]).toEqual(werktraject);
    const cost = w.db.prepare('SELECT cost_cents AS c FROM interventions WHERE case_code = ? AND position = 2').get('BLO-2025-001') as { c: number };
    expect(cost.c).toBe(10000 + 6250); // 2500 × 2.5
  });

  it('updates one intervention in place and removes another, auditing index, type and figures', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const updated = await w.value('interventions:update', { code: 'BLO-2025-001', index: 1, intervention: { ...werktraject, status: 'ingezet' } });
    expect(updated.case.interventions[1]).toEqual({ ...werktraject, status: 'ingezet' });
    const removed = await w.value('interventions:remove', { code: 'BLO-2025-001', index: 0 });
    expect(removed.case.interventions).toEqual([{ ...werktraject, status: 'ingezet' }]);
    expect(auditSince(w.db, seq).map((e) => [e.action, (e.detail as { index: number }).index])).toEqual([
      ['intervention.update', 1],
      ['intervention.remove', 0],
    ]);
  });

  it('refuses an unknown intervention type or sociale-kaart entry, and an index that does not exist', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'interventions:add', { code: 'BLO-2025-001', intervention: { ...werktraject, type: 'toverstaf' } }, 'BAD_INPUT', /intervention\.type: interventietype 'toverstaf'/);
    await expectRefusedUnchanged(w, 'interventions:add', { code: 'BLO-2025-001', intervention: { ...werktraject, socialeKaartId: 'sk-nergens' } }, 'BAD_INPUT', /intervention\.socialeKaartId/);
    await expectRefusedUnchanged(w, 'interventions:update', { code: 'BLO-2025-001', index: 7, intervention: werktraject }, 'NOT_FOUND', /Interventie 8 bestaat niet/);
    await expectRefusedUnchanged(w, 'interventions:remove', { code: 'BLO-2025-001', index: -1 }, 'BAD_INPUT', /^index: /);
  });

  it('refuses a bad payload naming the field (status outside the list, unknown field)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'interventions:add', { code: 'BLO-2025-001', intervention: { ...werktraject, status: 'bezig' } }, 'BAD_INPUT', /^intervention\.status: /);
    await expectRefusedUnchanged(w, 'interventions:add', { code: 'BLO-2025-001', intervention: { ...werktraject, kosten: 5 } }, 'BAD_INPUT', /kosten/);
  });
});

describe('arrangements — saved by id, removed only when no escalation depends on them', () => {
  const arrangement = { id: 'arr-9', domain: 'wmo', setting: 'extramuraal', provider: 'Zorg BV (fictief)', weeklyCents: 85000, from: '2025-05-01', weeks: 10 } as const;

  it('adds an arrangement, then replaces it by the same id', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('arrangements:save', { code: 'BLO-2025-001', arrangement });
    const d = await w.value('arrangements:save', { code: 'BLO-2025-001', arrangement: { ...arrangement, weeklyCents: 70000 } });
    expect(d.case.arrangements).toEqual([{ ...arrangement, weeklyCents: 70000 }]);
    const removed = await w.value('arrangements:remove', { code: 'BLO-2025-001', id: 'arr-9' });
    expect(removed.case.arrangements).toEqual([]);
  });

  it('refuses removing an arrangement a jeugd weekbedrag escalation points at, and an unknown id', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'arrangements:remove', { code: 'BLO-2024-002', id: 'arr-1' }, 'CONFLICT', /hoort bij een escalatie/);
    await expectRefusedUnchanged(w, 'arrangements:remove', { code: 'BLO-2024-002', id: 'arr-77' }, 'NOT_FOUND', /arr-77/);
  });

  it('refuses a negative weekbedrag naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'arrangements:save', { code: 'BLO-2025-001', arrangement: { ...arrangement, weeklyCents: -5 } }, 'BAD_INPUT', /^arrangement\.weeklyCents: /);
  });
});

describe('cases:get gives the stored amount of every line and intervention, so a screen never recomputes money', () => {
  it('lists the §3.1 line amounts per scenario and the §3.2 intervention costs in the case order', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const d = await w.value('cases:get', { code: 'BLO-2025-001' });
    // By hand (see calculation.test.ts): 1387200 and 116883; 476000 and 326869.
    expect(d.amounts.reference).toEqual([1387200, 116883]);
    expect(d.amounts.actual).toEqual([476000, 326869]);
    // werktraject 50000 + 4500 × 16 = 122000; budgetbeheer 0 + 6000 × 6 = 36000 (voorgesteld: shown, not counted)
    expect(d.amounts.interventions).toEqual([122000, 36000]);
  });
});
