import { afterEach, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { cleanupStores, FIXED_NOW, freshStore, voorbeeld } from './helpers';
import { voorbeeldWithBeleidFields } from './beleidFields';

afterEach(cleanupStores);

describe('§4 the fields of issue #14 items 4–6 are optional in the file and round-trip', () => {
  it('import → export gives back the file with every new field', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeldWithBeleidFields(), { actor: 'test' });
    expect(exportDataset(db, { now: FIXED_NOW })).toStrictEqual(voorbeeldWithBeleidFields());
  });

  it('the pseudonymised export keeps them and re-imports to the same file', async () => {
    const a = await freshStore();
    importDataset(a, voorbeeldWithBeleidFields(), { actor: 'test' });
    const first = exportDataset(a, { now: FIXED_NOW, pseudonymised: true });
    expect(first.escalationTargets?.find((t) => t.id === 'prio')).toMatchObject({ validFrom: '2022-03-01', validTo: '2024-12-31' });
    expect([first.cases[0]?.reference[0]?.setting, first.cases[4]?.reference[0]?.setting]).toEqual(['intramuraal', 'extramuraal']);
    const b = await freshStore();
    importDataset(b, first, { actor: 'test' });
    expect(exportDataset(b, { now: FIXED_NOW, pseudonymised: true })).toStrictEqual(first);
  });

  it('a file without them (every file from before) still imports, and exports without them', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const out = exportDataset(db, { now: FIXED_NOW });
    expect((out.escalationTargets ?? []).filter((t) => t.validFrom !== undefined || t.validTo !== undefined)).toEqual([]);
    expect(out.cases.flatMap((c) => [...c.reference, ...c.actual]).filter((l) => l.setting !== undefined)).toEqual([]);
  });
});
