import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/ipc/result';
import { importDataset } from '../../../electron/core/data';
import { auditCount, cleanupStores, freshStore, snapshot, voorbeeld } from './helpers';

afterEach(cleanupStores);

function expectUserError(run: () => unknown, code: UserError['code']): UserError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).code).toBe(code);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('§4 an import is one transaction: all or nothing', () => {
  it('a failure in the middle of writing (after the cases, at the knelpunten) leaves the store as it was', async () => {
    const db = await freshStore();
    const before = snapshot(db);
    const audits = auditCount(db);
    // Simulates a failure halfway: cases, meetings and catalogues are written before knelpunten.
    db.exec("CREATE TEMP TRIGGER fail_mid_import BEFORE INSERT ON knelpunten BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
    expect(() => importDataset(db, voorbeeld(), { actor: 'test' })).toThrow(/simulated failure/);
    expect(snapshot(db)).toStrictEqual(before);
    expect(auditCount(db)).toBe(audits);
    expect((db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM case_code_counters').get() as { n: number }).n).toBe(0);
  });

  it('a duplicate case code detected at insert time rolls back everything written before it', async () => {
    const db = await freshStore();
    const before = snapshot(db);
    // The code is not in the store when the import checks, but appears while cases are being written.
    db.exec(`CREATE TEMP TRIGGER race_duplicate AFTER INSERT ON cases WHEN NEW.code = 'BLO-2025-002'
             BEGIN INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
                   VALUES ('SCH-2024-001', 'Schiebroek', 'aangemeld', '2024-01-01', NULL, 52, 100, 'concept'); END;`);
    const error = expectUserError(() => importDataset(db, voorbeeld(), { actor: 'test' }), 'CONFLICT');
    expect(error.message).toContain('SCH-2024-001');
    db.exec('DROP TRIGGER race_duplicate');
    expect(snapshot(db)).toStrictEqual(before);
  });

  it('a case code that already exists refuses the import with a Dutch message naming the code, and changes nothing', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const before = snapshot(db);
    const audits = auditCount(db);
    const again = voorbeeld();
    again.cases = again.cases.filter((c) => c.code === 'SCH-2024-002');
    again.meetings = [];
    again.knelpunten = [];
    const error = expectUserError(() => importDataset(db, again, { actor: 'test' }), 'CONFLICT');
    expect(error.message).toContain('SCH-2024-002');
    expect(error.message).toMatch(/niets geïmporteerd/);
    expect(snapshot(db)).toStrictEqual(before);
    expect(auditCount(db)).toBe(audits);
  });

  it('a frozen price-list version that differs in the file is a CONFLICT', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const other = voorbeeld();
    other.cases = [];
    other.meetings = [];
    other.knelpunten = [];
    const item = other.priceListHistory?.[0]?.items[0];
    if (!item) throw new Error('fixture has no history');
    item.unitCostCents = 1;
    const error = expectUserError(() => importDataset(db, other, { actor: 'test' }), 'CONFLICT');
    expect(error.message).toContain("'test-2024'");
  });

  it('a new dataset merges into a store that already has cases; catalogues the file omits stay', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const extra = voorbeeld();
    const { rules: _rules, wijken: _wijken, ...rest } = extra;
    const one = { ...rest, cases: extra.cases.filter((c) => c.code === 'SCH-2025-002').map((c) => ({ ...c, code: 'SCH-2025-004' })), meetings: [], knelpunten: [], baselines: [], lessons: [] };
    importDataset(db, one, { actor: 'test' });
    const after = snapshot(db);
    expect(after.cases.map((c) => c.code)).toContain('SCH-2025-004');
    expect(after.cases).toHaveLength(10);
    expect(after.rules).toHaveLength(3);
    expect(after.wijken).toHaveLength(2);
  });
});
