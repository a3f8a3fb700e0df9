/**
 * Loads the default catalogues (resources/catalogues, PRODUCT.md §2.4) into a new store. Each
 * catalogue is seeded only while its table is still empty, so running it again never overwrites
 * what an administrator (or an imported file) has set. Prices without a public source arrive
 * with `unitCostCents: null` and stay unusable until someone fills them: nothing is invented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CATALOGUE_SCHEMAS, type CatalogueFile } from '../../../shared/catalogue/schema';
import { firstIssueMessage } from '../../../shared/ipc/zodMessage';
import type { Db } from '../store/openDatabase';
import {
  replaceEscalationTargets,
  replaceInterventionTypes,
  replaceRules,
  replaceTafelTypes,
  replaceWijken,
} from './catalogues';
import { writePriceLists } from './priceList';

const MARKER = join('resources', 'catalogues', 'prijslijst.json');

/**
 * The `resources` folder: from the repository when run by tsx/vitest (walking up from this file,
 * then from the working directory). A packaged Electron app passes its own path to the seeder.
 */
export function resourcesDir(): string {
  // Packaged app: electron-builder's extraResources put them under process.resourcesPath (set by
  // Electron only, hence read without Electron's types); from a checkout: above this file or the cwd.
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const starts = [...(packaged ? [packaged] : []), dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, MARKER))) return join(dir, 'resources');
      if (dir === parsePath(dir).root) break;
      dir = dirname(dir);
    }
  }
  throw new Error(`resources/catalogues not found above ${starts.join(' or ')}`);
}

function readCatalogue<F extends CatalogueFile>(dir: string, name: F): z.output<(typeof CATALOGUE_SCHEMAS)[F]> {
  const path = join(dir, 'catalogues', name);
  const parsed = CATALOGUE_SCHEMAS[name].safeParse(JSON.parse(readFileSync(path, 'utf8')));
  // A broken shipped catalogue is a build defect, not something the user can fix: English, loud.
  if (!parsed.success) throw new Error(`default catalogue ${path} is invalid: ${firstIssueMessage(parsed.error)}`);
  return parsed.data as z.output<(typeof CATALOGUE_SCHEMAS)[F]>;
}

export interface SeedCounts {
  priceListItems: number;
  interventionTypes: number;
  rules: number;
  escalationTargets: number;
  wijken: number;
  tafelTypes: number;
}

const isEmpty = (db: Db, table: 'price_list_versions' | 'intervention_types' | 'rules' | 'escalation_targets' | 'wijken' | 'tafel_types') =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n === 0;

/** Seeds every empty catalogue in one transaction; returns what was written (0 = left alone). */
export function seedDefaultCatalogues(db: Db, dir: string = resourcesDir(), now: Date = new Date()): SeedCounts {
  const counts: SeedCounts = { priceListItems: 0, interventionTypes: 0, rules: 0, escalationTargets: 0, wijken: 0, tafelTypes: 0 };
  db.transaction(() => {
    if (isEmpty(db, 'price_list_versions')) {
      const { version, items } = readCatalogue(dir, 'prijslijst.json');
      writePriceLists(db, { version, items }, [], now);
      counts.priceListItems = items.length;
    }
    if (isEmpty(db, 'intervention_types')) {
      const { items } = readCatalogue(dir, 'interventietypes.json');
      replaceInterventionTypes(db, items);
      counts.interventionTypes = items.length;
    }
    if (isEmpty(db, 'rules')) {
      const { rules } = readCatalogue(dir, 'beleidsregels.json');
      replaceRules(db, rules);
      counts.rules = rules.length;
    }
    if (isEmpty(db, 'escalation_targets')) {
      const { targets } = readCatalogue(dir, 'escalatiedoelen.json');
      replaceEscalationTargets(db, targets);
      counts.escalationTargets = targets.length;
    }
    if (isEmpty(db, 'wijken')) {
      const { wijken } = readCatalogue(dir, 'wijken.json');
      replaceWijken(db, wijken);
      counts.wijken = wijken.length;
    }
    if (isEmpty(db, 'tafel_types')) {
      const { types } = readCatalogue(dir, 'tafeltypes.json');
      replaceTafelTypes(db, types);
      counts.tafelTypes = types.length;
    }
  })();
  return counts;
}
