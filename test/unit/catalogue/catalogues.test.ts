import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CATALOGUE_FILES,
  CATALOGUE_SCHEMAS,
  RulesCatalogueSchema,
  EscalationTargetsCatalogueSchema,
  InterventionTypesCatalogueSchema,
  LeefgebiedenCatalogueSchema,
  PriceListCatalogueSchema,
  SporenCatalogueSchema,
  TafelTypesCatalogueSchema,
  WijkenCatalogueSchema,
  type CatalogueFile,
} from '../../../shared/catalogue/schema';
import { DEFAULT_TAFEL_TYPES, ESCALATION_TARGETS, type EscalationTarget } from '../../../shared/domain/enums';
import {
  checkQuotes,
  containsFigure,
  dutchAmount,
  extractQuotes,
  markdownBlocks,
  namedSeedFiles,
  normalizeWhitespace,
  stringsIn,
} from './quotes';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CATALOGUE_DIR = path.join(REPO_ROOT, 'resources', 'catalogues');
/** The seed documents beside the repository; SEEDS_DIR overrides it (e.g. to test the skip). */
const SEEDS_DIR = process.env.SEEDS_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'seeds');
const SEEDS_PRESENT = existsSync(SEEDS_DIR);

function raw(file: string): string {
  return readFileSync(path.join(CATALOGUE_DIR, file), 'utf8');
}
function json(file: CatalogueFile): unknown {
  return JSON.parse(raw(file));
}

/**
 * The parsed file, or, when it does not satisfy its schema, the raw JSON: the schema test then
 * fails with the issues, and the rule tests still run (and fail) instead of the whole file
 * crashing at collection time.
 */
function load<S extends z.ZodType>(schema: S, file: CatalogueFile): z.output<S> {
  const data = json(file);
  const result = schema.safeParse(data);
  return result.success ? result.data : (data as z.output<S>);
}

const prijslijst = load(PriceListCatalogueSchema, 'prijslijst.json');
const interventietypes = load(InterventionTypesCatalogueSchema, 'interventietypes.json');
const beleidsregels = load(RulesCatalogueSchema, 'beleidsregels.json');
const escalatiedoelen = load(EscalationTargetsCatalogueSchema, 'escalatiedoelen.json');
const wijken = load(WijkenCatalogueSchema, 'wijken.json');
const tafeltypes = load(TafelTypesCatalogueSchema, 'tafeltypes.json');
const sporen = load(SporenCatalogueSchema, 'sporen.json');
const leefgebieden = load(LeefgebiedenCatalogueSchema, 'leefgebieden.json');

/** The only price-list items the seeds give an amount for (README: “Bedragen en hun bron”). */
const GROUNDED_ITEMS = ['eenzaamheid-extra-zorgkosten', 'mentale-weerbaarheid-extra-zorgkosten'];

/** PRODUCT.md §2.3 defaults (netwerk, prio, jeugd_weekbedrag); wijk_mt and overig per the team's brief. */
const DEFAULT_DEADLINES: Record<EscalationTarget, number> = {
  netwerk: 10,
  prio: 10,
  wijk_mt: 10,
  jeugd_weekbedrag: 15,
  overig: 10,
};

/** Which array holds the entries of each file, for the id checks on the raw JSON. */
const LIST_KEY: Record<CatalogueFile, string> = {
  'prijslijst.json': 'items',
  'interventietypes.json': 'items',
  'beleidsregels.json': 'rules',
  'escalatiedoelen.json': 'targets',
  'wijken.json': 'wijken',
  'tafeltypes.json': 'types',
  'sporen.json': 'sporen',
  'leefgebieden.json': 'leefgebieden',
};

function idsOf(file: CatalogueFile): string[] {
  const list = (json(file) as Record<string, unknown>)[LIST_KEY[file]];
  if (!Array.isArray(list)) throw new Error(`${file}: ${LIST_KEY[file]} is geen lijst`);
  return list.map((entry) => String((entry as { id?: unknown }).id));
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('Elk catalogusbestand voldoet aan zijn schema', () => {
  it('de map bevat precies de acht bekende catalogi (geen ongecontroleerd bestand)', () => {
    const onDisk = readdirSync(CATALOGUE_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(onDisk).toEqual([...CATALOGUE_FILES].sort());
  });

  it.each(CATALOGUE_FILES)('%s voldoet aan zijn schema', (file) => {
    const result = CATALOGUE_SCHEMAS[file].safeParse(json(file));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(CATALOGUE_FILES)('%s is UTF-8 JSON met 2 spaties inspringing en een slotregel', (file) => {
    const text = raw(file);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('Het schema weigert wat de app nooit mag accepteren', () => {
  const item = prijslijst.items[0]!;
  const withItems = (items: unknown[]) => ({ ...prijslijst, items });

  it('een bedrag in centen is een geheel getal van nul of meer', () => {
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, unitCostCents: -1 }])).success).toBe(false);
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, unitCostCents: 12.5 }])).success).toBe(false);
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, unitCostCents: null }])).success).toBe(true);
  });

  it('een item zonder bron, met een onbekend veld of met een onbekende eenheid wordt geweigerd', () => {
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, source: '' }])).success).toBe(false);
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, source: ' ' }])).success).toBe(false);
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, extra: 1 }])).success).toBe(false);
    expect(PriceListCatalogueSchema.safeParse(withItems([{ ...item, unit: 'dagdeel' }])).success).toBe(false);
  });

  it('twee items met hetzelfde id worden geweigerd, met het pad van het tweede', () => {
    const result = PriceListCatalogueSchema.safeParse(withItems([item, { ...item }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['items', 1, 'id']);
  });

  it('een multiplier zonder bron (of een bron zonder multiplier) wordt geweigerd', () => {
    const type = interventietypes.items[0]!;
    const bad = [
      { ...type, multiplierSource: null },
      { ...type, multiplier: null },
    ];
    for (const t of bad) {
      expect(InterventionTypesCatalogueSchema.safeParse({ ...interventietypes, items: [t] }).success).toBe(false);
    }
  });

  it('een regel met een ongeldige datum of een einde voor het begin wordt geweigerd', () => {
    const rule = beleidsregels.rules[0]!;
    const withRule = (r: unknown) => ({ ...beleidsregels, rules: [r] });
    expect(RulesCatalogueSchema.safeParse(withRule({ ...rule, effectiveFrom: '2024-13-01' })).success).toBe(false);
    expect(RulesCatalogueSchema.safeParse(withRule({ ...rule, effectiveTo: '2023-12-31' })).success).toBe(false);
    expect(RulesCatalogueSchema.safeParse(withRule({ ...rule, effectiveTo: '2024-12-31' })).success).toBe(true);
  });

  it('twee wijken met hetzelfde codeprefix worden geweigerd', () => {
    const [a, b] = wijken.wijken;
    expect(WijkenCatalogueSchema.safeParse({ ...wijken, wijken: [a, { ...b, codePrefix: a!.codePrefix }] }).success).toBe(false);
  });

  it('een ontbrekend spoor, leefgebied of standaard-tafeltype wordt geweigerd', () => {
    expect(SporenCatalogueSchema.safeParse({ ...sporen, sporen: sporen.sporen.slice(1) }).success).toBe(false);
    expect(
      LeefgebiedenCatalogueSchema.safeParse({ ...leefgebieden, leefgebieden: leefgebieden.leefgebieden.slice(1) }).success,
    ).toBe(false);
    expect(
      TafelTypesCatalogueSchema.safeParse({ ...tafeltypes, types: tafeltypes.types.filter((t) => t.id !== 'wijktafel') }).success,
    ).toBe(false);
  });
});

describe('Een bedrag heeft altijd een publieke bron, een jaar en een bewijsgraad', () => {
  const priced = prijslijst.items.filter((i) => i.unitCostCents !== null);

  it('de prijslijst bevat bedragen (anders toetst deze regel niets)', () => {
    expect(priced.length).toBeGreaterThan(0);
  });

  it.each(priced.map((i) => [i.id, i] as const))('%s noemt publicatie, letterlijk citaat, seedbestand en jaar', (_id, i) => {
    expect(['A', 'B', 'C']).toContain(i.evidence);
    expect(i.source.trim().length).toBeGreaterThan(40);
    expect(namedSeedFiles(i.source).length).toBeGreaterThan(0);
    expect(extractQuotes(i.source).length).toBeGreaterThan(0);
    expect(i.source).toMatch(/‘[^’]+’|Universiteit|NVVK/); // a named publication or author
    expect(i.year).toBeGreaterThanOrEqual(2000);
    expect(i.year).toBeLessThanOrEqual(2100);
  });

  it.each(priced.map((i) => [i.id, i] as const))('het bedrag van %s staat in Nederlandse notatie in een citaat', (_id, i) => {
    const figure = dutchAmount(i.unitCostCents!);
    expect(extractQuotes(i.source).some((q) => containsFigure(q, figure))).toBe(true);
  });
});

describe('Zonder publieke bron geen bedrag: het item is onbruikbaar tot een beheerder het invult', () => {
  it('alleen de items met een bedrag in de seeds hebben een bedrag', () => {
    const priced = prijslijst.items.filter((i) => i.unitCostCents !== null).map((i) => i.id);
    expect(priced.sort()).toEqual([...GROUNDED_ITEMS].sort());
  });

  it('elk item zonder bedrag zegt dat er geen publieke bron is en wat de beheerder moet invullen', () => {
    const unclear = prijslijst.items
      .filter((i) => i.unitCostCents === null)
      .filter((i) => !/^Geen publieke bron/.test(i.source) || !/Beheerder: vul/.test(i.source))
      .map((i) => i.id);
    expect(unclear).toEqual([]);
  });

  it('een item zonder bedrag claimt geen zekerheid: bewijsgraad C tot het is ingevuld', () => {
    const claims = prijslijst.items.filter((i) => i.unitCostCents === null && i.evidence !== 'C').map((i) => i.id);
    expect(claims).toEqual([]);
  });

  it('de zorgvormen zonder tarief in de seeds staan erin, zonder bedrag', () => {
    const byId = new Map(prijslijst.items.map((i) => [i.id, i]));
    for (const id of ['bw-ggz', 'mo-nachtopvang', 'wmo-begeleiding-individueel', 'jeugdhulp-verblijf', 'wlz-verblijf']) {
      expect(byId.get(id)?.unitCostCents, id).toBeNull();
    }
  });

  it('de tegenstrijdige Wmo eigen bijdrage (20,60 / 20,16 / 19 euro) staat nergens als bedrag', () => {
    const amounts = prijslijst.items.map((i) => i.unitCostCents);
    for (const cents of [2060, 2016, 1900]) expect(amounts).not.toContain(cents);
  });

  it('de weekplafonds zijn regels, geen prijzen', () => {
    const amounts = prijslijst.items.map((i) => i.unitCostCents);
    expect(amounts).not.toContain(400000);
    expect(amounts).not.toContain(80000);
  });
});

describe('Geen twee ids botsen', () => {
  it.each(CATALOGUE_FILES)('de ids in %s zijn uniek', (file) => {
    const ids = idsOf(file);
    expect(ids.length).toBeGreaterThan(0);
    expect(duplicates(ids)).toEqual([]);
  });

  it('een prijslijst-item en een interventietype hebben nooit hetzelfde id', () => {
    const ids = [...idsOf('prijslijst.json'), ...idsOf('interventietypes.json')];
    expect(duplicates(ids)).toEqual([]);
  });
});

describe('Alleen schuldhulpverlening heeft een multiplier: NVVK, tot 2 euro per euro, maatschappelijk rendement', () => {
  it('precies één interventietype heeft een multiplier, en dat is schuldhulpverlening', () => {
    const withMultiplier = interventietypes.items.filter((t) => t.multiplier !== null);
    expect(withMultiplier.map((t) => t.id)).toEqual(['schuldhulpverlening']);
  });

  it('de multiplier is 2.0 en de bron noemt het NVVK-rapport, april 2022, het citaat en de seed', () => {
    const shv = interventietypes.items.find((t) => t.id === 'schuldhulpverlening')!;
    expect(shv.multiplier).toBe(2);
    expect(shv.spoor).toBe('financiele_zekerheid');
    const source = shv.multiplierSource ?? '';
    expect(source).toContain('NVVK');
    expect(source).toContain('Meetbare en merkbare waarde van financiële hulpverlening: een nieuw perspectief');
    expect(source).toContain('april 2022');
    expect(namedSeedFiles(source)).toContain('002_fa875ef10c3b6ebb.txt');
    expect(extractQuotes(source)).toContain('elke geïnvesteerde euro in schuldhulpverlening de maatschappij tot 2 euro oplevert');
  });

  it('de bron zegt dat het een bovengrens is en nooit een besparing op zorgkosten', () => {
    const source = interventietypes.items.find((t) => t.id === 'schuldhulpverlening')?.multiplierSource ?? '';
    expect(source).toMatch(/bovengrens/);
    expect(source).toMatch(/geen besparing op zorgkosten/);
    expect(source).toMatch(/§3\.7/);
  });

  it('elk spoor heeft interventietypes', () => {
    const sporen = new Set(interventietypes.items.map((t) => t.spoor));
    expect([...sporen].sort()).toEqual(['financiele_zekerheid', 'samenredzaamheid', 'werk_dagbesteding', 'wonen']);
  });
});

describe('Weekbedragplafonds: jeugd €4.000 vanaf 2024-01-01, Wmo extramuraal € 800, onderaannemersopslag verboden', () => {
  const byKind = (kind: string) => beleidsregels.rules.filter((r) => r.kind === kind);

  it('er is precies één regel per soort', () => {
    expect(beleidsregels.rules.map((r) => r.kind).sort()).toEqual(
      ['jeugd_weekbedrag_plafond', 'onderaannemer_opslag_verboden', 'wmo_extramuraal_weekbedrag_plafond'],
    );
  });

  it('het jeugdplafond is 400000 cent per week vanaf 2024-01-01, zonder einddatum', () => {
    expect(byKind('jeugd_weekbedrag_plafond')).toMatchObject([
      { valueCents: 400000, effectiveFrom: '2024-01-01', effectiveTo: null },
    ]);
  });

  it('het Wmo-plafond extramuraal is 80000 cent per week, zonder einddatum', () => {
    expect(byKind('wmo_extramuraal_weekbedrag_plafond')).toMatchObject([{ valueCents: 80000, effectiveTo: null }]);
  });

  it('het verbod op een onderaannemersopslag heeft geen bedrag en citeert de 6 tot 8%', () => {
    const [rule] = byKind('onderaannemer_opslag_verboden');
    expect(rule?.valueCents).toBeNull();
    expect(extractQuotes(rule?.source ?? '').some((q) => q.includes('6 tot 8% administratiekosten'))).toBe(true);
  });

  it.each(beleidsregels.rules.filter((r) => r.valueCents !== null).map((r) => [r.id, r] as const))(
    'het bedrag van %s staat in een citaat uit de seed die de bron noemt',
    (_id, r) => {
      expect(namedSeedFiles(r.source)).toContain('003_a91b9e55869584ef.txt');
      expect(extractQuotes(r.source).some((q) => containsFigure(q, dutchAmount(r.valueCents!)))).toBe(true);
    },
  );

  it('elke regel zegt dat de ingangsdatum niet in de seed staat en te bevestigen is', () => {
    const silent = beleidsregels.rules.filter((r) => !/te bevestigen/.test(r.source)).map((r) => r.id);
    expect(silent).toEqual([]);
  });
});

describe('Elk escalatiedoel is aanwezig met zijn standaardtermijn', () => {
  it.each(ESCALATION_TARGETS)('%s is aanwezig, actief en heeft de standaardtermijn in werkdagen', (target) => {
    const found = escalatiedoelen.targets.find((t) => t.id === target);
    expect(found).toBeDefined();
    expect(found?.active).toBe(true);
    expect(found?.deadlineWorkingDays).toBe(DEFAULT_DEADLINES[target]);
  });

  it('er zijn geen andere escalatiedoelen dan die uit ESCALATION_TARGETS', () => {
    expect(escalatiedoelen.targets.map((t) => t.id).sort()).toEqual([...ESCALATION_TARGETS].sort());
  });

  it('PRIO beschrijft zijn instrumenten en zijn beperkte looptijd', () => {
    const prio = escalatiedoelen.targets.find((t) => t.id === 'prio')?.description ?? '';
    for (const instrument of ['sparren', 'breed casusoverleg', 'afwijken van de regels', 'maatwerkbudget']) {
      expect(prio).toContain(instrument);
    }
    expect(prio).toContain('nog 2 jaar');
    expect(prio).toMatch(/configureerbaar/);
  });
});

describe('De pilotwijken Bloemhof (BLO) en Schiebroek (SCH)', () => {
  it('precies beide wijken, met hun codeprefix', () => {
    expect(wijken.wijken).toEqual([
      { id: 'bloemhof', name: 'Bloemhof', codePrefix: 'BLO' },
      { id: 'schiebroek', name: 'Schiebroek', codePrefix: 'SCH' },
    ]);
  });
});

describe('Tafeltypes: de wijktafel en de tafel hoog weekbedrag jeugd', () => {
  it('de standaard tafeltypes staan erin', () => {
    expect(tafeltypes.types.map((t) => t.id)).toEqual(expect.arrayContaining([...DEFAULT_TAFEL_TYPES]));
  });

  it('de jeugdtafel noemt haar leden: gemeente, zorgaanbieders en Gecertificeerde Instellingen', () => {
    const jeugd = tafeltypes.types.find((t) => t.id === 'jeugd_weekbedrag')?.description ?? '';
    for (const member of ['gemeente', 'zorgaanbieders', 'Gecertificeerde Instellingen']) expect(jeugd).toContain(member);
  });
});

describe('Leefgebieden volgen de elf ZRM-domeinen', () => {
  it('elk zrmDomain staat in het geciteerde ZRM-rijtje', () => {
    const [list = ''] = extractQuotes(leefgebieden.source);
    const domains = list.replace(/^.*onderscheiden: /, '').replace(/\.$/, '').split(/, | en /);
    expect(domains).toHaveLength(11);
    expect(leefgebieden.leefgebieden.map((l) => l.zrmDomain).sort()).toEqual([...domains].sort());
  });
});

describe('Elk citaat in een catalogus staat letterlijk in de seed die de bron noemt', () => {
  const skipReason = SEEDS_PRESENT ? '' : ` (OVERGESLAGEN: seedmap ${SEEDS_DIR} ontbreekt)`;

  function loadSeeds(): Map<string, string> {
    const seeds = new Map<string, string>();
    for (const f of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'))) {
      seeds.set(f, normalizeWhitespace(readFileSync(path.join(SEEDS_DIR, f), 'utf8')));
    }
    return seeds;
  }

  it.skipIf(!SEEDS_PRESENT)(`alle “citaten” in de JSON-catalogi en de README komen voor in de genoemde seed${skipReason}`, () => {
    const seeds = loadSeeds();
    const problems = CATALOGUE_FILES.flatMap((file) =>
      stringsIn(json(file)).flatMap(({ path: p, text }) => checkQuotes(`${file}:${p}`, text, seeds)),
    );
    for (const block of markdownBlocks(raw('README.md'))) {
      problems.push(...checkQuotes(`README.md:${block.line}`, block.text, seeds));
    }
    expect(problems).toEqual([]);
    // Guard against a vacuous pass: the catalogues do quote the seeds.
    expect(CATALOGUE_FILES.flatMap((f) => stringsIn(json(f))).filter((s) => extractQuotes(s.text).length > 0).length)
      .toBeGreaterThan(20);
  });

  it.skipIf(!SEEDS_PRESENT)(`de controle vangt een verzonnen of verkeerd toegeschreven citaat${skipReason}`, () => {
    const seeds = loadSeeds();
    expect(checkQuotes('x', '002_fa875ef10c3b6ebb.txt: “een eenzaam persoon jaarlijks gemiddeld 2.595 euro”', seeds)).toEqual([]);
    expect(checkQuotes('x', '002_fa875ef10c3b6ebb.txt: “een eenzaam persoon jaarlijks gemiddeld 2.959 euro”', seeds)).toHaveLength(1);
    expect(checkQuotes('x', '003_a91b9e55869584ef.txt: “een eenzaam persoon jaarlijks gemiddeld 2.595 euro”', seeds)).toHaveLength(1);
    expect(checkQuotes('x', 'zonder seed: “een eenzaam persoon”', seeds)).toHaveLength(1);
  });
});

describe('De hulpfuncties voor bronnen', () => {
  it('zetten centen om naar Nederlandse notatie', () => {
    expect(dutchAmount(259500)).toBe('2.595');
    expect(dutchAmount(400000)).toBe('4.000');
    expect(dutchAmount(80000)).toBe('800');
    expect(dutchAmount(2060)).toBe('20,60');
    expect(dutchAmount(123456789)).toBe('1.234.567,89');
  });

  it('delen markdown op in alinea, lijstpunt en tabelrij, zodat citaat en seed in één blok staan', () => {
    const blocks = markdownBlocks('# Kop\n\nEen alinea\nover twee regels.\n- punt één\n  loopt door\n- punt twee\n| a | b |\n| c | d |');
    expect(blocks.map((b) => [b.line, b.text])).toEqual([
      [1, '# Kop'],
      [3, 'Een alinea\nover twee regels.'],
      [5, '- punt één\n  loopt door'],
      [7, '- punt twee'],
      [8, '| a | b |'],
      [9, '| c | d |'],
    ]);
  });

  it('herkennen een bedrag alleen als heel getal', () => {
    expect(containsFigure('€ 800,- per week', '800')).toBe(true);
    expect(containsFigure('€ 1.800 per week', '800')).toBe(false);
    expect(containsFigure('€ 800,50 per week', '800')).toBe(false);
    expect(containsFigure('€4.000 per week', '4.000')).toBe(true);
    expect(containsFigure('€4.0001 per week', '4.000')).toBe(false);
  });
});
