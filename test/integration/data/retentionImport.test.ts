/**
 * §4/§5 the retention date in the interchange format: optional, round-trips, and a case imported
 * closed without one gets one — from its status history, else from the day of the import.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { parseDataset } from '../../../shared/interchange';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

const NOW = new Date('2026-12-02T10:00:00');
const retentionOf = (file: { cases: { code: string; retentionUntil?: string }[] }) => Object.fromEntries(file.cases.filter((c) => c.retentionUntil !== undefined).map((c) => [c.code, c.retentionUntil]));

describe('§5 a case imported closed gets a retention date when the file has none', () => {
  it('the file’s own dates are kept exactly, also when they differ from the rule (2026-10-01, not 2026-09-30)', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test', now: NOW });
    expect(retentionOf(exportDataset(db))).toEqual({ 'BLO-2024-001': '2026-10-01', 'SCH-2024-002': '2026-09-03' });
  });

  it('without one: 2 years after the last step into its status in the history', async () => {
    const file = voorbeeld();
    for (const c of file.cases) delete c.retentionUntil;
    const db = await freshStore();
    importDataset(db, file, { actor: 'test', now: NOW });
    // afgesloten on 2024-09-30, ingetrokken on 2024-09-03 (the history of the file).
    expect(retentionOf(exportDataset(db))).toEqual({ 'BLO-2024-001': '2026-09-30', 'SCH-2024-002': '2026-09-03' });
  });

  it('without one and without the closing step in its history: 2 years after the day of the import', async () => {
    const file = voorbeeld();
    const c = file.cases.find((x) => x.code === 'SCH-2024-002')!;
    delete c.retentionUntil;
    delete c.statusHistory;
    const db = await freshStore();
    importDataset(db, file, { actor: 'test', now: NOW });
    expect(retentionOf(exportDataset(db))['SCH-2024-002']).toBe('2028-12-02');
  });
});

describe('§4 a file with a retention date on a case that is not closed is refused, naming the field', () => {
  it('cases[1].retentionUntil on a case in uitvoering', () => {
    const file = voorbeeld();
    file.cases[1]!.retentionUntil = '2027-01-01';
    const parsed = parseDataset(file);
    expect(parsed.ok ? 'valid' : parsed.message).toBe(
      "cases[1].retentionUntil: Alleen een afgesloten of ingetrokken casus heeft een bewaartermijn; laat retentionUntil weg of geef de casus de status 'afgesloten' of 'ingetrokken'.",
    );
  });
});
