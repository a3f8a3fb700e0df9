/**
 * What the generated datasets build on: the shipped catalogues (resources/catalogues: wijken,
 * interventietypes, the price list's items), read once. The shipped price list has no amounts for
 * most items (§2.4: no amount without a public source), so a dataset could not price a single
 * line with it; the demo's own version fills those amounts with round, clearly FICTITIOUS figures
 * of a plausible order (labelled so in every item's source), and keeps the shipped amounts that
 * have a source. A demo store is never a real store; these figures never reach one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CATALOGUE_SCHEMAS, type CatalogueFile } from '../../../shared/catalogue/schema';
import type { InterventionTypeFile, PriceListFile, WijkFile } from '../../../shared/interchange/catalogues';
import { resourcesDir } from '../data/seed';

/** The demo amount per shipped item without one, in cents per unit (fictitious). */
const DEMO_AMOUNTS: Readonly<Record<string, number>> = {
  'bw-ggz': 156_000,
  'bw-vb': 118_000,
  'mo-nachtopvang': 4_680,
  'mo-24-uursopvang': 11_500,
  'wmo-begeleiding-individueel': 18_720,
  'wmo-dagbesteding': 9_400,
  'wmo-huishoudelijke-ondersteuning': 4_350,
  'jeugdhulp-ambulant': 21_500,
  'jeugdhulp-verblijf': 291_200,
  'gesloten-jeugdhulp': 560_000,
  'uithuisplaatsing-pleegzorg': 6_400,
  'wlz-verblijf': 32_000,
  'ggz-behandeling-zvw': 450_000,
  'ontruiming-huisuitzetting': 676_000,
  'schuldhulpverlening-traject': 250_000,
  bijstandsuitkering: 136_000,
};

const DEMO_SOURCE = 'Demogegevens: fictief bedrag voor de demo en de benchmark, geen publieke bron. Niet gebruiken in een echte werkbank.';
const DEMO_PRICE_LIST_VERSION = 'demo-2024-1';

export interface DemoCatalogue {
  priceList: PriceListFile;
  interventionTypes: readonly InterventionTypeFile[];
  wijken: readonly WijkFile[];
}

function readShipped<F extends CatalogueFile>(name: F): z.output<(typeof CATALOGUE_SCHEMAS)[F]> {
  const raw: unknown = JSON.parse(readFileSync(join(resourcesDir(), 'catalogues', name), 'utf8'));
  return CATALOGUE_SCHEMAS[name].parse(raw) as z.output<(typeof CATALOGUE_SCHEMAS)[F]>;
}

let cached: DemoCatalogue | undefined;

export function demoCatalogue(): DemoCatalogue {
  if (cached) return cached;
  const shipped = readShipped('prijslijst.json');
  const items = shipped.items.map((item) => {
    if (item.unitCostCents !== null) return item;
    const demo = DEMO_AMOUNTS[item.id];
    // An item added to the shipped list later simply stays unpriced (and unused) in the demo.
    return demo === undefined ? item : { ...item, unitCostCents: demo, source: DEMO_SOURCE };
  });
  cached = {
    priceList: { version: DEMO_PRICE_LIST_VERSION, items },
    interventionTypes: readShipped('interventietypes.json').items,
    wijken: readShipped('wijken.json').wijken,
  };
  return cached;
}
