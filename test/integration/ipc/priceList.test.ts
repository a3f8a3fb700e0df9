/**
 * §2.4 kengetallen through IPC. After importing the example dataset, 'test-2024' is frozen (the
 * vastgesteld case BLO-2024-001 uses it) and 'test-2025' is current and unfrozen; its item
 * 'woonbegeleiding-nieuw' has no amount (no public source yet).
 */
import { describe, expect, it } from 'vitest';
import type { PriceListItemFile } from '../../../shared/interchange';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, type TestWerkbank } from './harness';

const item = (over: Partial<PriceListItemFile> = {}): PriceListItemFile => ({
  id: 'woonbegeleiding-nieuw',
  name: 'Woonbegeleiding (nog zonder bron)',
  unit: 'week',
  unitCostCents: 21000,
  payer: 'wmo',
  evidence: 'B',
  source: 'Tarieventabel Wmo 2025, regel 12 (testgegevens)',
  year: 2025,
  ...over,
});

async function currentItem(w: TestWerkbank, id: string): Promise<PriceListItemFile> {
  const found = (await w.value('priceList:get', {})).items.find((i) => i.id === id);
  if (found === undefined) throw new Error(`item ${id} missing from the example dataset`);
  return found;
}

const lineAmounts = (w: TestWerkbank, itemId: string) =>
  w.db
    .prepare('SELECT case_code, scenario, unit_cost_cents, amount_cents FROM cost_lines WHERE item_id = ? AND price_list_version = ? ORDER BY case_code, scenario')
    .all(itemId, 'test-2025');

describe('priceList:get returns one version with its items, frozen flag and use', () => {
  it('defaults to the current version and counts the cost lines per item', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const v = await w.value('priceList:get', {});
    expect(v).toMatchObject({ version: 'test-2025', frozen: false, current: true, usedByCases: 5 });
    expect(v.items).toHaveLength(9);
    expect(v.items.find((i) => i.id === 'woonbegeleiding-nieuw')?.unitCostCents).toBeNull();
    expect(v.usage).toContainEqual({ item: 'bijstandsuitkering', costLines: 3 });
    expect(v.usage).toContainEqual({ item: 'mo-nachtopvang', costLines: 3 });
  });

  it('shows the version a vastgesteld calculation uses as frozen', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(await w.value('priceList:get', { version: 'test-2024' })).toMatchObject({ frozen: true, current: false, usedByCases: 2 });
    const r = await w.call('priceList:get', { version: 'test-2099' });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});

describe('priceList:saveItem refuses any change to a frozen version', () => {
  it('refuses a change and a new item in the frozen version, naming the fixed calculation', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2024', item: item({ id: 'bw-ggz', year: 2024 }) }, 'CONFLICT', /vastgestelde berekening.*nieuwe kengetallenversie/);
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2024', item: item({ id: 'nieuw', year: 2024 }) }, 'CONFLICT', /vastgestelde berekening/);
  });

  it('refuses an unknown version and bad input naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2099', item: item() }, 'NOT_FOUND', /test-2099/);
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: item({ unitCostCents: -5 }) }, 'BAD_INPUT', /^item\.unitCostCents:/);
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: item({ unitCostCents: 12.5 }) }, 'BAD_INPUT', /^item\.unitCostCents:/);
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: { ...item(), tarief: 1 } }, 'BAD_INPUT', /^item/);
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: { ...item(), unit: 'kwartaal' } }, 'BAD_INPUT', /^item\.unit:/);
  });
});

describe('priceList:saveItem never accepts an amount without its public source (§2.4)', () => {
  it('refuses an amount with an empty source', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: item({ id: 'nieuw-item', source: '  ' }) }, 'BAD_INPUT', /^item\.source: .*bron/);
  });

  it('refuses filling an item without amount while keeping its "no source" text', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const old = await currentItem(w, 'woonbegeleiding-nieuw');
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: item({ source: old.source }) }, 'BAD_INPUT', /^item\.source:/);
  });

  it('fills an item with amount, source, year and evidence, audited with the old and new amount', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const r = await w.value('priceList:saveItem', { version: 'test-2025', item: item() });
    expect(r).toMatchObject({ created: false, costLinesUpdated: 0 });
    const back = (await w.value('priceList:get', {})).items.find((i) => i.id === 'woonbegeleiding-nieuw');
    expect(back).toEqual(item());
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'priceList.saveItem',
        entity: 'priceListItem',
        entityId: 'test-2025/woonbegeleiding-nieuw',
        detail: expect.objectContaining({ item: 'woonbegeleiding-nieuw', unitCostCents: { from: null, to: 21000 }, changed: ['unitCostCents', 'evidence', 'source'] }) as unknown,
      },
    ]);
  });

  it('adds a new item without an amount at the end of the version', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const added = item({ id: 'nieuw-zonder-bedrag', unitCostCents: null, source: 'Nog geen publieke bron' });
    expect(await w.value('priceList:saveItem', { version: 'test-2025', item: added })).toMatchObject({ created: true });
    expect((await w.value('priceList:get', {})).items.at(-1)).toEqual(added);
  });
});

describe('priceList:saveItem keeps the cost lines that use a changed item exact (§3.1)', () => {
  it('recomputes every line of mo-nachtopvang: 5000 × 90 × 50 %, 5000 × 60 × 75 %, 5000 × 14', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const old = await currentItem(w, 'mo-nachtopvang');
    const r = await w.value('priceList:saveItem', { version: 'test-2025', item: { ...old, unitCostCents: 5000, source: 'Nieuwe tabel (testgegevens)' } });
    expect(r.costLinesUpdated).toBe(3);
    expect(lineAmounts(w, 'mo-nachtopvang')).toEqual([
      { case_code: 'BLO-2025-002', scenario: 'reference', unit_cost_cents: 5000, amount_cents: 225000 },
      { case_code: 'SCH-2025-001', scenario: 'actual', unit_cost_cents: 5000, amount_cents: 70000 },
      { case_code: 'SCH-2025-001', scenario: 'reference', unit_cost_cents: 5000, amount_cents: 225000 },
    ]);
  });

  it('refuses to clear the amount of an item that case lines use, naming how many', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const old = await currentItem(w, 'mo-nachtopvang');
    await expectRefusedUnchanged(w, 'priceList:saveItem', { version: 'test-2025', item: { ...old, unitCostCents: null } }, 'CONFLICT', /3 kostenregels van 2 casussen/);
  });
});

describe('priceList:removeItem removes only an unused item of an unfrozen version', () => {
  it('removes an item no case uses, audited', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('priceList:removeItem', { version: 'test-2025', itemId: 'bw-ggz' });
    expect((await w.value('priceList:get', {})).items.map((i) => i.id)).not.toContain('bw-ggz');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'priceList.removeItem', entity: 'priceListItem', entityId: 'test-2025/bw-ggz', detail: { version: 'test-2025', item: 'bw-ggz', unitCostCents: 156000 } },
    ]);
  });

  it('refuses a frozen version, an item in use, an unknown item and bad input', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:removeItem', { version: 'test-2024', itemId: 'woonbegeleiding-nieuw' }, 'CONFLICT', /vastgestelde berekening/);
    await expectRefusedUnchanged(w, 'priceList:removeItem', { version: 'test-2025', itemId: 'bijstandsuitkering' }, 'CONFLICT', /3 kostenregels van 2 casussen/);
    await expectRefusedUnchanged(w, 'priceList:removeItem', { version: 'test-2025', itemId: 'bestaat-niet' }, 'NOT_FOUND', /bestaat-niet/);
    await expectRefusedUnchanged(w, 'priceList:removeItem', { version: 'test-2025', itemId: 'met spatie' }, 'BAD_INPUT', /^itemId:/);
  });
});

describe('priceList:createVersion adds an unfrozen copy that is not yet current', () => {
  it('copies the current version by default and audits the copy', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const made = await w.value('priceList:createVersion', { version: 'test-2026' });
    expect(made).toEqual({ version: 'test-2026', frozen: false, current: false, itemCount: 9, itemsWithoutAmount: 1, usedByCases: 0 });
    const copy = await w.value('priceList:get', { version: 'test-2026' });
    expect(copy.items).toEqual((await w.value('priceList:get', { version: 'test-2025' })).items);
    expect((await w.value('catalogue:get', {})).currentPriceListVersion).toBe('test-2025');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'priceList.createVersion', entity: 'priceList', entityId: 'test-2026', detail: { copiedFrom: 'test-2025', items: 9 } },
    ]);
  });

  it('copies a frozen version into a version that can be changed', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('priceList:createVersion', { version: 'test-2024b', copyFrom: 'test-2024' });
    const r = await w.call('priceList:saveItem', { version: 'test-2024b', item: item({ id: 'bw-ggz', year: 2024 }) });
    expect(r.ok).toBe(true);
    expect((await w.value('priceList:get', { version: 'test-2024' })).items.find((i) => i.id === 'bw-ggz')?.unitCostCents).toBe(150000);
  });

  it('refuses an existing id, an unknown source version and a malformed id', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:createVersion', { version: 'test-2024' }, 'CONFLICT', /test-2024.*bestaat al/);
    await expectRefusedUnchanged(w, 'priceList:createVersion', { version: 'x', copyFrom: 'test-1999' }, 'NOT_FOUND', /test-1999/);
    await expectRefusedUnchanged(w, 'priceList:createVersion', { version: 'test 2026' }, 'BAD_INPUT', /^version:/);
  });
});

describe('priceList:setCurrent chooses the version new calculations use', () => {
  it('makes a new version current, audited with the previous one', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('priceList:createVersion', { version: 'test-2026' });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('priceList:setCurrent', { version: 'test-2026' })).toEqual({ current: 'test-2026', previous: 'test-2025' });
    const cat = await w.value('catalogue:get', {});
    expect(cat.currentPriceListVersion).toBe('test-2026');
    expect(cat.priceListVersions.filter((v) => v.current).map((v) => v.version)).toEqual(['test-2026']);
    expect((await w.value('priceList:get', {})).version).toBe('test-2026');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'priceList.setCurrent', entity: 'priceList', entityId: 'test-2026', detail: { from: 'test-2025', to: 'test-2026' } },
    ]);
  });

  it('refuses an unknown version and bad input, changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'priceList:setCurrent', { version: 'test-2099' }, 'NOT_FOUND', /test-2099/);
    await expectRefusedUnchanged(w, 'priceList:setCurrent', { version: 2026 }, 'BAD_INPUT', /^version:/);
    await expectRefusedUnchanged(w, 'priceList:setCurrent', { version: 'test-2025', extra: true }, 'BAD_INPUT');
  });
});
