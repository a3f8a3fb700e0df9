/**
 * Issue #7 item 7: one schema per catalogue concept. The shipped default catalogues, the
 * interchange file and the IPC channels validate an entry with the very same schema object, so
 * they cannot drift apart again; and each former disagreement is decided once, for all three doors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CATALOGUE_SCHEMAS, type CatalogueFile } from '../../../shared/catalogue/schema';
import {
  DatasetSchema,
  EscalationTargetSchema,
  InterventionTypeSchema,
  PriceListItemSchema,
  RuleSchema,
  TafelTypeSchema,
  WijkSchema,
  caseCode,
} from '../../../shared/interchange';
import { contract } from '../../../shared/ipc/contract';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (...parts: string[]): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, ...parts), 'utf8')) as Record<string, unknown>;
const shipped = (file: CatalogueFile) => readJson('resources', 'catalogues', file);
const dataset = () => readJson('test', 'fixtures', 'dataset-voorbeeld.json');

/** Where each concept sits in the three doors: the shipped file, the interchange file, the channel. */
const DOORS = {
  priceListItem: {
    schema: PriceListItemSchema,
    file: 'prijslijst.json',
    fileList: 'items',
    datasetList: (d: Record<string, unknown>) => (d.priceList as { items: unknown[] }).items,
    channel: 'priceList:saveItem',
    channelInput: (entry: unknown) => ({ version: 'test-2025', item: entry }),
  },
  interventionType: {
    schema: InterventionTypeSchema,
    file: 'interventietypes.json',
    fileList: 'items',
    datasetList: (d: Record<string, unknown>) => d.interventionTypes as unknown[],
    channel: 'interventionTypes:save',
    channelInput: (entry: unknown) => ({ type: entry }),
  },
  rule: {
    schema: RuleSchema,
    file: 'beleidsregels.json',
    fileList: 'rules',
    datasetList: (d: Record<string, unknown>) => d.rules as unknown[],
    channel: 'rules:save',
    channelInput: (entry: unknown) => ({ rule: entry }),
  },
  escalationTarget: {
    schema: EscalationTargetSchema,
    file: 'escalatiedoelen.json',
    fileList: 'targets',
    datasetList: (d: Record<string, unknown>) => d.escalationTargets as unknown[],
    channel: 'escalationTargets:save',
    channelInput: (entry: unknown) => ({ target: entry }),
  },
  wijk: {
    schema: WijkSchema,
    file: 'wijken.json',
    fileList: 'wijken',
    datasetList: (d: Record<string, unknown>) => d.wijken as unknown[],
    channel: 'wijken:save',
    channelInput: (entry: unknown) => ({ wijk: entry }),
  },
  tafelType: {
    schema: TafelTypeSchema,
    file: 'tafeltypes.json',
    fileList: 'types',
    datasetList: (d: Record<string, unknown>) => d.tafelTypes as unknown[],
    channel: 'tafelTypes:save',
    channelInput: (entry: unknown) => ({ tafelType: entry }),
  },
} as const;
type Concept = keyof typeof DOORS;

/** The element schema of an array schema (zod 4 keeps `.element` through `.min()`/`.superRefine()`). */
const elementOf = (array: unknown): unknown => (array as z.ZodArray).element;
const shapeOf = (object: unknown): Record<string, unknown> => (object as z.ZodObject).shape;

describe('One schema object per catalogue concept, in every door', () => {
  it.each(Object.keys(DOORS) as Concept[])('%s: the shipped file, the interchange file and the channel hold the same schema object', (concept) => {
    const door = DOORS[concept];
    const fileSchema = shapeOf(CATALOGUE_SCHEMAS[door.file])[door.fileList];
    const datasetKey = { priceListItem: 'priceList', interventionType: 'interventionTypes', rule: 'rules', escalationTarget: 'escalationTargets', wijk: 'wijken', tafelType: 'tafelTypes' }[concept];
    const datasetField = shapeOf(DatasetSchema)[datasetKey];
    // optional arrays (`z.array(X).optional()`) unwrap to the array; the price list is an object with items
    const datasetArray = concept === 'priceListItem'
      ? shapeOf(datasetField).items
      : (datasetField as z.ZodOptional).unwrap();
    const channelKey = Object.keys(door.channelInput(null)).find((k) => k !== 'version')!;
    const channelEntry = shapeOf(contract[door.channel].input)[channelKey];

    expect(elementOf(fileSchema)).toBe(door.schema);
    expect(elementOf(datasetArray)).toBe(door.schema);
    expect(channelEntry).toBe(door.schema);
  });

  it('the price-list version is the same schema in the shipped file and the interchange file', () => {
    expect(shapeOf(CATALOGUE_SCHEMAS['prijslijst.json']).version).toBe(shapeOf(shapeOf(DatasetSchema).priceList).version);
  });
});

/**
 * Puts `entry` through all three doors: added to (or, for an id already there, replacing its entry
 * in) the shipped file and the example dataset, and sent as the channel's input. Returns, per door,
 * the first issue message, or 'ok'.
 */
function throughEveryDoor(concept: Concept, entry: Record<string, unknown>): { file: string; dataset: string; channel: string } {
  const door = DOORS[concept];
  const put = (list: unknown[]) => {
    const at = list.findIndex((e) => (e as { id?: unknown }).id === entry.id);
    if (at >= 0) list[at] = entry;
    else list.push(entry);
  };
  const firstMessage = (r: z.ZodSafeParseResult<unknown>) => (r.success ? 'ok' : (r.error.issues[0]?.message ?? '?'));

  const file = shipped(door.file);
  put(file[door.fileList] as unknown[]);
  const data = dataset();
  put(door.datasetList(data));
  return {
    file: firstMessage(CATALOGUE_SCHEMAS[door.file].safeParse(file)),
    dataset: firstMessage(DatasetSchema.safeParse(data)),
    channel: firstMessage(contract[door.channel].input.safeParse(door.channelInput(entry))),
  };
}

/** The same verdict from all three doors, and it is the expected one. */
function expectEveryDoor(concept: Concept, entry: Record<string, unknown>, verdict: 'ok' | RegExp): void {
  const got = throughEveryDoor(concept, entry);
  for (const door of ['file', 'dataset', 'channel'] as const) {
    if (verdict === 'ok') expect(got[door], door).toBe('ok');
    else expect(got[door], door).toMatch(verdict);
  }
}

const item = {
  id: 'nieuw-kengetal',
  name: 'Nieuw kengetal',
  unit: 'week',
  unitCostCents: 10000,
  payer: 'wmo',
  evidence: 'B',
  source: 'Testbron 2024',
  year: 2024,
};
const type = { id: 'nieuw-type', spoor: 'wonen', name: 'Nieuw type', multiplier: null, multiplierSource: null };
const cap = {
  id: 'nieuw-plafond',
  kind: 'jeugd_weekbedrag_plafond',
  valueCents: 450000,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  source: 'Testbron 2026',
};
const target = { id: 'prio', name: 'PRIO', description: 'Hulplijn.', deadlineWorkingDays: 10, active: true };
const wijk = { id: 'delfshaven', name: 'Delfshaven', codePrefix: 'DEL' };

describe('A price is for a year from 2000 to 2100: every source the app knows lies between 2011 and 2040', () => {
  it('2000 and 2100 are accepted in every door', () => {
    expectEveryDoor('priceListItem', { ...item, year: 2000 }, 'ok');
    expectEveryDoor('priceListItem', { ...item, year: 2100 }, 'ok');
  });
  it('1999 (the old interchange minimum was 1990) and 2101 are refused in every door', () => {
    expectEveryDoor('priceListItem', { ...item, year: 1999 }, /tussen 2000 en 2100/);
    expectEveryDoor('priceListItem', { ...item, year: 1990 }, /tussen 2000 en 2100/);
    expectEveryDoor('priceListItem', { ...item, year: 2101 }, /tussen 2000 en 2100/);
  });
});

describe('A published return multiplier is greater than 0 and always comes with its source (§2.4, §3.7)', () => {
  it('a multiplier of 0 is refused in every door: no published return is `null`, not 0', () => {
    expectEveryDoor('interventionType', { ...type, multiplier: 0, multiplierSource: 'Testbron' }, /groter dan 0/);
  });
  it('a negative multiplier is refused, a fractional positive one with its source is accepted', () => {
    expectEveryDoor('interventionType', { ...type, multiplier: -1, multiplierSource: 'Testbron' }, /groter dan 0/);
    expectEveryDoor('interventionType', { ...type, multiplier: 0.5, multiplierSource: 'Testbron' }, 'ok');
  });
  it('a multiplier without source, or a source without multiplier, is refused in every door', () => {
    expectEveryDoor('interventionType', { ...type, multiplier: 2 }, /bron/);
    expectEveryDoor('interventionType', { ...type, multiplier: 2, multiplierSource: '  ' }, /bron/);
    expectEveryDoor('interventionType', { ...type, multiplierSource: 'Testbron' }, /bron/);
  });
});

describe('Ids are stable identifiers, the same pattern in every door (§4: stable strings)', () => {
  it('an id in another style than the shipped kebab case is accepted everywhere (files from other sources)', () => {
    expectEveryDoor('priceListItem', { ...item, id: 'Wmo.HO_2025' }, 'ok');
    expectEveryDoor('tafelType', { id: 'schuldentafel', name: 'Schuldentafel', description: 'Per wijk.' }, 'ok');
  });
  it('an id with a space or a leading dash is refused everywhere', () => {
    expectEveryDoor('priceListItem', { ...item, id: 'bw ggz' }, /Id mag alleen/);
    expectEveryDoor('wijk', { ...wijk, id: '-delfshaven' }, /Id mag alleen/);
  });
  it('a price-list version is any identifier, not only JJJJ-n', () => {
    const file = { ...shipped('prijslijst.json'), version: 'test-2025' };
    expect(CATALOGUE_SCHEMAS['prijslijst.json'].safeParse(file).success).toBe(true);
    expect(CATALOGUE_SCHEMAS['prijslijst.json'].safeParse({ ...file, version: '2024 1' }).success).toBe(false);
  });
});

describe('A wijk code prefix is 2 to 6 capitals: exactly what a case code may start with', () => {
  it('a 6-letter prefix is accepted in every door, and a case code with it is valid', () => {
    expectEveryDoor('wijk', { ...wijk, codePrefix: 'DELFSH' }, 'ok');
    expect(caseCode.safeParse('DELFSH-2024-001').success).toBe(true);
  });
  it('a 7-letter prefix, which no case code can carry, is refused in every door', () => {
    expectEveryDoor('wijk', { ...wijk, codePrefix: 'DELFSHA' }, /2 tot 6 hoofdletters/);
    expect(caseCode.safeParse('DELFSHA-2024-001').success).toBe(false);
  });
});

describe('An escalation deadline is 1 to 260 working days (a year of working days)', () => {
  it('260 is accepted and 261 refused in every door', () => {
    expectEveryDoor('escalationTarget', { ...target, deadlineWorkingDays: 260 }, 'ok');
    expectEveryDoor('escalationTarget', { ...target, deadlineWorkingDays: 261 }, /maximaal 260 werkdagen/);
    expectEveryDoor('escalationTarget', { ...target, deadlineWorkingDays: 0 }, /minimaal 1 werkdag/);
  });
  it('a description is optional in every door (older files and the store have targets without one)', () => {
    const { description: _omitted, ...withoutDescription } = target;
    expectEveryDoor('escalationTarget', withoutDescription, 'ok');
  });
});

describe('Every figure has a source, and a beleidsregel has an amount exactly when it is a cap (§2.4, §3.5)', () => {
  it('an empty or blank source is refused in every door', () => {
    expectEveryDoor('priceListItem', { ...item, source: '' }, /Vul de bron in/);
    expectEveryDoor('priceListItem', { ...item, source: '   ' }, /Vul de bron in/);
    expectEveryDoor('rule', { ...cap, source: '' }, /Vul de bron in/);
  });
  it('a cap without an amount and a surcharge ban with one are refused in every door', () => {
    expectEveryDoor('rule', cap, 'ok');
    expectEveryDoor('rule', { ...cap, valueCents: null }, /weekbedragplafond heeft een bedrag/);
    expectEveryDoor('rule', { ...cap, id: 'nieuw-verbod', kind: 'onderaannemer_opslag_verboden' }, /onderaannemersopslag heeft er geen/);
  });
  it('an end date before the start is refused in every door', () => {
    expectEveryDoor('rule', { ...cap, effectiveTo: '2025-12-31' }, /Einddatum ligt vóór de ingangsdatum/);
  });
});

describe('Messages have one style: a Dutch sentence that says what is wrong and what to do', () => {
  it('every refusal above starts with a capital and ends with a full stop, in every door', () => {
    const refusals: [Concept, Record<string, unknown>][] = [
      ['priceListItem', { ...item, year: 1999 }],
      ['priceListItem', { ...item, source: '' }],
      ['priceListItem', { ...item, id: 'bw ggz' }],
      ['interventionType', { ...type, multiplier: 0, multiplierSource: 'x' }],
      ['interventionType', { ...type, multiplier: 2 }],
      ['rule', { ...cap, valueCents: null }],
      ['escalationTarget', { ...target, deadlineWorkingDays: 261 }],
      ['wijk', { ...wijk, codePrefix: 'x' }],
    ];
    for (const [concept, entry] of refusals) {
      for (const message of Object.values(throughEveryDoor(concept, entry))) {
        expect(message, `${concept}: ${message}`).toMatch(/^[A-Z].*\.$/s);
      }
    }
  });
});
