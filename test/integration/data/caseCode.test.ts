import { afterEach, describe, expect, it } from 'vitest';
import { importDataset, recordNextCaseCode } from '../../../electron/core/data';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

describe('§2.1 case codes are numbered per wijk and year and never reused', () => {
  it('increments per wijk prefix and per year, with three digits', async () => {
    const db = await freshStore();
    expect(recordNextCaseCode(db, 'BLO', 2024)).toBe('BLO-2024-001');
    expect(recordNextCaseCode(db, 'BLO', 2024)).toBe('BLO-2024-002');
    expect(recordNextCaseCode(db, 'SCH', 2024)).toBe('SCH-2024-001');
    expect(recordNextCaseCode(db, 'BLO', 2025)).toBe('BLO-2025-001');
    expect(recordNextCaseCode(db, 'BLO', 2024)).toBe('BLO-2024-003');
  });

  it('continues after imported codes', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    expect(recordNextCaseCode(db, 'BLO', 2024)).toBe('BLO-2024-003');
    expect(recordNextCaseCode(db, 'SCH', 2025)).toBe('SCH-2025-004');
  });

  it('never hands out a code again, even after the case was erased', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    db.prepare("DELETE FROM cases WHERE code = 'SCH-2025-003'").run();
    expect(recordNextCaseCode(db, 'SCH', 2025)).toBe('SCH-2025-004');
  });

  it('refuses a prefix that is not 2–6 capitals', async () => {
    const db = await freshStore();
    expect(() => recordNextCaseCode(db, 'blo', 2024)).toThrow(/hoofdletters/);
  });
});
