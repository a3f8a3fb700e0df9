import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPriceList, readRules, resourcesDir, seedDefaultCatalogues } from '../../../electron/core/data';
import { cleanupStores, freshStore } from './helpers';

afterEach(cleanupStores);

describe('§2.4 a new store starts with the default catalogues', () => {
  it('finds resources/catalogues from the repository', () => {
    expect(existsSync(join(resourcesDir(), 'catalogues', 'prijslijst.json'))).toBe(true);
  });

  it('in the packaged app, finds them under process.resourcesPath (electron-builder extraResources)', () => {
    const packaged = mkdtempSync(join(tmpdir(), 'werkbank-resources-'));
    cpSync(join(resourcesDir(), 'catalogues'), join(packaged, 'resources', 'catalogues'), { recursive: true });
    const p = process as { resourcesPath?: string };
    p.resourcesPath = packaged;
    try {
      expect(resourcesDir()).toBe(join(packaged, 'resources'));
    } finally {
      delete p.resourcesPath;
    }
  });

  it('createStore seeds price list, intervention types, rules, escalation targets, wijken and tafel types', async () => {
    const db = await freshStore();
    expect(readPriceList(db).items.length).toBeGreaterThan(0);
    expect(readRules(db).map((r) => r.kind)).toContain('jeugd_weekbedrag_plafond');
    for (const table of ['intervention_types', 'escalation_targets', 'wijken', 'tafel_types']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBeGreaterThan(0);
    }
  });

  it('never invents prices: items without a public source stay without an amount', async () => {
    const db = await freshStore();
    expect(readPriceList(db).items.some((i) => i.unitCostCents === null)).toBe(true);
  });

  it('seeding again leaves existing catalogues alone', async () => {
    const db = await freshStore();
    db.prepare("UPDATE wijken SET name = 'Bloemhof (aangepast)' WHERE id = 'bloemhof'").run();
    expect(seedDefaultCatalogues(db)).toEqual({ priceListItems: 0, interventionTypes: 0, rules: 0, escalationTargets: 0, wijken: 0, tafelTypes: 0 });
    expect(db.prepare("SELECT name FROM wijken WHERE id = 'bloemhof'").get()).toEqual({ name: 'Bloemhof (aangepast)' });
  });
});
