/**
 * §3.2 "A calculation is concept until the tafel fixes it. It records the price-list version it
 * used; changing the price list never changes a fixed calculation — recalculating is an explicit
 * act that is audited."
 */
import { describe, expect, it } from 'vitest';
import { computeCaseRendement } from '../../../shared/calc';
import { exportDataset, importDataset, readCaseCalcs } from '../../../electron/core/data';
import type { Db } from '../../../electron/core/store/openDatabase';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

const vermeden = (db: Db, code: string) => computeCaseRendement(readCaseCalcs(db, { codes: [code] })[0]!).vermedenKosten;
const frozen = (db: Db, version: string) => (db.prepare('SELECT frozen FROM price_list_versions WHERE version = ?').get(version) as { frozen: number }).frozen;
const makeCurrent = (db: Db, version: string) => {
  db.prepare('UPDATE price_list_versions SET is_current = 0').run();
  db.prepare('UPDATE price_list_versions SET is_current = 1 WHERE version = ?').run(version);
};

// BLO-2025-001 by hand. With test-2025: reference 136000×12×85% = 1387200 and 78000×4.5×33.3% = 116883;
// actual 136000×3.5 = 476000 and 9750×37.25×90% = 326868.75 → 326869. vermedenKosten = 701214.
// With test-2024: 130000×12×85% = 1326000, 75000×4.5×33.3% = 112387.5 → 112388, 130000×3.5 = 455000,
// 326869 → vermedenKosten = 656519.
const WITH_2025 = 701214;
const WITH_2024 = 656519;

describe('a case records the price-list version its figures rest on', () => {
  it('an unrelated edit keeps the figures on the version the lines were resolved against, even after the current version changed', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(vermeden(w.db, 'BLO-2025-001')).toBe(WITH_2025);
    makeCurrent(w.db, 'test-2024');
    const d = await w.value('cases:update', { code: 'BLO-2025-001', changes: { notes: 'Gesprek gepland' } });
    expect(d.case.calculation).toEqual({ priceListVersion: 'test-2025' });
    expect(vermeden(w.db, 'BLO-2025-001')).toBe(WITH_2025);
  });
});

describe('calculation:fix — the tafel fixes the calculation and its price-list version freezes', () => {
  it('sets vastgesteld with today and who, freezes the version, and audits the figures', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(frozen(w.db, 'test-2025')).toBe(0);
    const seq = lastAuditSeq(w.db);
    const d = await w.value('calculation:fix', { code: 'BLO-2025-001' });
    expect(d.case.calculationStatus).toBe('vastgesteld');
    expect(d.case.calculation).toEqual({ priceListVersion: 'test-2025', fixedOn: '2025-06-02', fixedBy: TEST_ACTOR });
    expect(d.calculationLocked).toBe(true);
    expect(frozen(w.db, 'test-2025')).toBe(1);
    const [entry] = auditSince(w.db, seq);
    expect(entry?.action).toBe('calculation.fix');
    expect(entry?.detail).toMatchObject({ priceListVersion: 'test-2025', figures: { vermedenKosten: WITH_2025 } });
  });

  it('a frozen version refuses every change, so the fixed figures cannot drift', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('calculation:fix', { code: 'BLO-2025-001' });
    expect(() => w.db.prepare("UPDATE price_list_items SET unit_cost_cents = 1 WHERE version = 'test-2025' AND id = 'bijstandsuitkering'").run()).toThrow(/frozen/);
    expect(vermeden(w.db, 'BLO-2025-001')).toBe(WITH_2025);
  });

  it('refuses fixing twice, and fixing a case that was never discussed (no reference date)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'calculation:fix', { code: 'BLO-2024-001' }, 'CONFLICT', /al vastgesteld op 2024-06-18/);
    await expectRefusedUnchanged(w, 'calculation:fix', { code: 'SCH-2025-002' }, 'CONFLICT', /geen referentiedatum/);
    await expectRefusedUnchanged(w, 'calculation:fix', { code: 'SCH-2024-002' }, 'CONFLICT', /ingetrokken/);
    await expectRefusedUnchanged(w, 'calculation:fix', { code: 'XYZ-2025-001' }, 'NOT_FOUND', /bestaat niet/);
  });
});

describe('calculation:recalculate — moving to another price list is explicit, audited with the figures before and after', () => {
  it('re-resolves item lines against the chosen version, returns the calculation to concept and audits both figures', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('calculation:fix', { code: 'BLO-2025-001' });
    const seq = lastAuditSeq(w.db);
    const d = await w.value('calculation:recalculate', { code: 'BLO-2025-001', priceListVersion: 'test-2024', why: 'Tarieven 2024 toegepast' });
    expect(d.case.calculationStatus).toBe('concept');
    expect(d.case.calculation).toEqual({ priceListVersion: 'test-2024' });
    expect(vermeden(w.db, 'BLO-2025-001')).toBe(WITH_2024);
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'calculation.recalculate',
        entity: 'case',
        entityId: 'BLO-2025-001',
        detail: {
          fromVersion: 'test-2025',
          toVersion: 'test-2024',
          wasFixed: true,
          why: 'Tarieven 2024 toegepast',
          before: expect.objectContaining({ vermedenKosten: WITH_2025 }) as unknown,
          after: expect.objectContaining({ vermedenKosten: WITH_2024 }) as unknown,
        },
      },
    ]);
  });

  it('defaults to the current version', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    makeCurrent(w.db, 'test-2024');
    const d = await w.value('calculation:recalculate', { code: 'BLO-2025-001', why: 'Nieuwe versie' });
    expect(d.case.calculation?.priceListVersion).toBe('test-2024');
  });

  it('refuses a version without a reason, an unknown version, and a version in which a used item has no amount', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'calculation:recalculate', { code: 'BLO-2025-001', why: '' }, 'BAD_INPUT', /^why: /);
    await expectRefusedUnchanged(w, 'calculation:recalculate', { code: 'BLO-2025-001', priceListVersion: 'nooit', why: 'x' }, 'NOT_FOUND', /'nooit' bestaat niet/);
    // test-2024 is frozen (BLO-2024-001 is vastgesteld on it); test-2025 is not, so an administrator may empty an amount there.
    w.db.prepare("UPDATE price_list_items SET unit_cost_cents = NULL WHERE version = 'test-2025' AND id = 'ggz-crisisopname'").run();
    await expectRefusedUnchanged(w, 'calculation:recalculate', { code: 'BLO-2025-001', priceListVersion: 'test-2025', why: 'x' }, 'UNUSABLE_PRICE', /reference\[1\]: Kengetal 'ggz-crisisopname' heeft nog geen bedrag/);
  });
});

describe('export → import keeps a concept case on the price list its lines were resolved against', () => {
  it('after another version became current, the export names the case version, so the import gives the same figures', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('priceList:setCurrent', { version: 'test-2024' });
    const file = exportDataset(w.db, { now: TEST_NOW });
    expect(file.cases.find((c) => c.code === 'BLO-2025-001')?.calculation).toEqual({ priceListVersion: 'test-2025' });
    // Cases on the current version stay without one (canonical form, as imported).
    expect(file.cases.find((c) => c.code === 'BLO-2024-001')?.calculation?.fixedOn).toBe('2024-06-18');
    const other = await openWerkbank();
    importDataset(other.db, file, { actor: 'test' });
    expect(vermeden(other.db, 'BLO-2025-001')).toBe(WITH_2025);
  });
});
