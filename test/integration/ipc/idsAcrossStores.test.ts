/**
 * Issue #9 item 6: ids that travel do not collide. Knelpunten, actions and sociale-kaart entries were
 * numbered per store (kp-1, act-1, sk-1), so two stores handed out the same ids and a dataset of one
 * clashed with (or, for the sociale kaart, silently overwrote) the other's. Each store now numbers
 * under its own random tag; ids already given out stay valid.
 */
import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { openWerkbank, type TestWerkbank } from './harness';

const knelpunt = { caseCode: null, wijk: 'Schiebroek', rule: 'Kostendelersnorm', description: 'Kostendelersnorm blokkeert inwonen.' };
const kaart = { wijk: 'Schiebroek', name: 'Buurtwerkplaats', spoor: 'wonen' } as const;

async function ownIds(w: TestWerkbank, withAction: boolean): Promise<string[]> {
  const ids = [
    (await w.value('knelpunten:save', { knelpunt })).entry.id,
    (await w.value('socialeKaart:save', { entry: kaart })).entry.id,
  ];
  if (withAction) {
    ids.push((await w.value('meetings:addAction', { id: 'bijeenkomst-blo-2024-03-05', caseCode: 'BLO-2024-001', text: 'Bellen', owner: 'A. Smit', due: '2025-06-10' })).actionId);
  }
  return ids;
}

describe('issue #9 item 6: every id a store hands out that can travel carries the store’s own random tag', () => {
  it('two fresh stores never hand out the same knelpunt, action or sociale-kaart id', async () => {
    const [a, b] = [await openWerkbank({ voorbeeld: true }), await openWerkbank({ voorbeeld: true })];
    const [tagA, tagB] = [recordIdTag(a.db), recordIdTag(b.db)];
    expect(tagA).toMatch(/^[0-9a-f]{6}$/);
    expect(tagA).not.toBe(tagB);
    const [idsA, idsB] = [await ownIds(a, true), await ownIds(b, true)];
    expect(idsA).toEqual([`kp-${tagA}-1`, `sk-${tagA}-1`, `act-${tagA}-1`]);
    expect(idsB.filter((id) => idsA.includes(id))).toEqual([]);
  });

  it('the tag is made at store creation and stays the store’s (the next id counts on under it)', async () => {
    const w = await openWerkbank();
    const tag = recordIdTag(w.db);
    expect(w.db.prepare("SELECT value FROM settings WHERE key = 'store.id'").get()).toEqual({ value: expect.stringContaining(tag) as unknown });
    await ownIds(w, false);
    expect((await w.value('knelpunten:save', { knelpunt })).entry.id).toBe(`kp-${tag}-2`);
  });

  it("importing another store's dataset does not clash with this store's own ids (before: kp-1 against kp-1)", async () => {
    const [a, b] = [await openWerkbank(), await openWerkbank()];
    const [idsA, idsB] = [await ownIds(a, false), await ownIds(b, false)];
    importDataset(b.db, exportDataset(a.db), { actor: 'test-import' });
    const knelpunten = (await b.value('knelpunten:list', {})).items.map((k) => k.id);
    const kaartIds = (await b.value('socialeKaart:list', {})).items.map((e) => e.id);
    expect(knelpunten.sort()).toEqual([idsA[0], idsB[0]].sort());
    expect(kaartIds.sort()).toEqual([idsA[1], idsB[1]].sort());
  });
});
