import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../shared/interchange';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { verifyAuditChain } from '../../../electron/core/store/audit';
import { auditCount, cleanupStores, FIXED_NOW, freshStore, voorbeeld, withoutExportedAt } from './helpers';

afterEach(cleanupStores);

describe('§4 round trip: export → import into an empty store → export gives the same file', () => {
  it('the example dataset is valid against the interchange schema', () => {
    const parsed = parseDataset(voorbeeld());
    expect(parsed.ok ? 'valid' : parsed.message).toBe('valid');
  });

  it('export → import → export is identical except exportedAt', async () => {
    const a = await freshStore();
    importDataset(a, voorbeeld(), { actor: 'test' });
    const first = exportDataset(a, { now: new Date('2025-06-01T12:00:00Z') });

    const b = await freshStore();
    importDataset(b, first, { actor: 'test' });
    const second = exportDataset(b, { now: new Date('2026-01-01T00:00:00Z') });

    expect(second.exportedAt).not.toBe(first.exportedAt);
    expect(withoutExportedAt(second)).toStrictEqual(withoutExportedAt(first));
    expect(first.cases).toHaveLength(9);
  });

  it('§2.1 a case\'s follow-up date (optional in the file) survives import and export', async () => {
    const file = voorbeeld() as { cases: { code: string; followUpOn?: string }[] };
    file.cases[1]!.followUpOn = '2025-07-01';
    const db = await freshStore();
    importDataset(db, file, { actor: 'test' });
    const byCode = new Map(exportDataset(db).cases.map((c) => [c.code, c.followUpOn]));
    expect(byCode.get(file.cases[1]!.code)).toBe('2025-07-01');
    expect(byCode.get(file.cases[0]!.code)).toBeUndefined();
  });

  it('import → export gives back the example file itself: nothing the file holds is lost', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    expect(exportDataset(db, { now: FIXED_NOW })).toStrictEqual(voorbeeld());
  });

  it('the import writes one audit entry with counts only, and the chain stays valid', async () => {
    const db = await freshStore();
    const before = auditCount(db);
    const counts = importDataset(db, voorbeeld(), { actor: 'tester' });
    expect(counts).toMatchObject({ cases: 9, signalen: 1, costLines: 16, interventions: 10, arrangements: 3, escalations: 5, meetings: 2, knelpunten: 3 });
    expect(auditCount(db)).toBe(before + 1);
    const entry = db.prepare('SELECT actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string; action: string; detail: string };
    expect(entry.action).toBe('dataset.import');
    expect(entry.actor).toBe('tester');
    expect(JSON.parse(entry.detail)).toEqual(counts);
    expect(entry.detail).not.toMatch(/BLO-|Bloemhof|de Vries/);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('the seeded default price list makes way for the file\'s versions; the version a vastgesteld case uses is frozen', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    expect(db.prepare('SELECT version, frozen, is_current FROM price_list_versions ORDER BY position').all()).toEqual([
      { version: 'test-2024', frozen: 1, is_current: 0 },
      { version: 'test-2025', frozen: 0, is_current: 1 },
    ]);
  });

  it('an exported dataset validates against the schema, and an export with an actor is audited', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const before = auditCount(db);
    const file = exportDataset(db, { actor: 'evaluator' });
    expect(parseDataset(file).ok).toBe(true);
    expect(auditCount(db)).toBe(before + 1);
  });
});
