/**
 * Issue #14 item 5: the afwegingskader travels with a dataset export and import like the other
 * catalogues — but an import adds and updates criteria by id and never removes one, because
 * besluiten in the store name them (a retired criterion stays, with its text).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { upsertAfwegingCriterion } from '../../../electron/core/data/catalogueWrite';
import { parseDataset } from '../../../shared/interchange';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

const ADDED = { id: 'gezin-betrokken', text: 'Het gezin en de jongere zijn gehoord', active: true } as const;

describe('the afwegingskader in the dataset file', () => {
  it('export → import into a new store gives the same criteria, retired ones included', async () => {
    const from = await freshStore();
    importDataset(from, voorbeeld(), { actor: 'test' });
    upsertAfwegingCriterion(from, ADDED);
    upsertAfwegingCriterion(from, { id: 'wlz-onderzocht', text: 'Onderzocht is of de jongere onder de Wlz hoort', active: false });
    const file = exportDataset(from);
    const to = await freshStore();
    importDataset(to, JSON.parse(JSON.stringify(file)), { actor: 'test' });
    expect(exportDataset(to).afwegingskader).toEqual(file.afwegingskader);
    expect(file.afwegingskader?.map((c) => [c.id, c.active])).toContainEqual(['wlz-onderzocht', false]);
    expect(file.afwegingskader?.at(-1)).toEqual(ADDED);
  });

  it('an import never removes a criterion the file leaves out: the store keeps it', async () => {
    const db = await freshStore();
    upsertAfwegingCriterion(db, ADDED);
    const file = voorbeeld();
    const afwegingskader = (file.afwegingskader ?? []).map((c) => (c.id === 'veiligheid' ? { ...c, text: 'Veiligheid vraagt het' } : c));
    importDataset(db, { ...file, afwegingskader }, { actor: 'test' });
    const list = exportDataset(db).afwegingskader ?? [];
    expect(list.map((c) => c.id)).toContain('gezin-betrokken');
    expect(list.find((c) => c.id === 'veiligheid')?.text).toBe('Veiligheid vraagt het');
  });

  it('a file with an afwegingskader whose besluit names a criterion it lacks is refused, naming the path', () => {
    const file = { ...voorbeeld(), afwegingskader: [{ id: 'veiligheid', text: 'Veiligheid', active: true }] };
    const parsed = parseDataset(file);
    expect(parsed.ok ? '' : parsed.message).toMatch(/^cases\[\d+\]\.escalations\[0\]\.besluit\.afweging\[0\]\.criterionId: Criterium 'arrangementenmodel-voldoet-niet' staat niet in afwegingskader van dit bestand/);
  });
});
