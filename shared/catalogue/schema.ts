import { z } from 'zod';
import { BELEIDSREGEL_KINDS, type BeleidsRegel } from '../calc/beleidsregels';
import type { PriceListItem } from '../calc/types';
import {
  DEFAULT_TAFEL_TYPES,
  ESCALATION_TARGETS,
  EVIDENCE_GRADES,
  LEEFGEBIEDEN,
  PAYERS,
  SPOREN,
  UNITS,
} from '../domain/enums';

/**
 * Schemas of the default catalogues in resources/catalogues/ (PRODUCT.md §2.4). Strict: unknown
 * fields are refused, ids are unique per file. The rule that the app never invents prices is
 * carried by the shape (an amount is `null` until someone fills it, and every item has a source)
 * and checked further by test/unit/catalogue against the seed documents.
 */

const KEBAB_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAKE_SLUG = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** Non-empty, no leading or trailing whitespace: a text that says something. */
const TEXT = /^\S(?:[\s\S]*\S)?$/;

const text = () => z.string().regex(TEXT, 'mag niet leeg zijn en niet beginnen of eindigen met een spatie');
const kebabId = () => z.string().regex(KEBAB_SLUG, 'moet een id in kleine letters met koppeltekens zijn (bijv. bw-ggz)');
const snakeId = () => z.string().regex(SNAKE_SLUG, 'moet een id in kleine letters met lage streepjes zijn (bijv. jeugd_weekbedrag)');
const isoDate = () => z.iso.date({ message: 'moet een datum zijn als JJJJ-MM-DD' });
/** Whole euro cents, never negative; `null` = no public source, to be filled by an administrator. */
const centsOrNull = () => z.int({ message: 'moet een geheel aantal centen zijn' }).min(0, 'mag niet negatief zijn').nullable();

/** Adds an issue at `[index].<key>` for every value that occurred before in the list. */
function refineUnique<T>(
  items: readonly T[],
  ctx: z.RefinementCtx<readonly T[]>,
  key: keyof T & string,
  label: string,
): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = item[key];
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [index, key], message: `${label} "${String(value)}" komt meer dan eens voor` });
    }
    seen.add(value);
  });
}

function uniqueList<S extends z.ZodType<object>>(item: S, key: keyof z.output<S> & string, label: string) {
  return z.array(item).superRefine((items, ctx) => refineUnique(items, ctx, key, label));
}

// ---------------------------------------------------------------------------------------------
// 1. prijslijst.json — kengetallen
// ---------------------------------------------------------------------------------------------

export const PRIJSLIJST_FORMAT = 'casuistiek-werkbank/prijslijst-v1';

export const priceListItemSchema = z.strictObject({
  id: kebabId(),
  name: text(),
  unit: z.enum(UNITS),
  unitCostCents: centsOrNull(),
  payer: z.enum(PAYERS),
  evidence: z.enum(EVIDENCE_GRADES),
  /** Publication + exact quoted wording + seed file; or, for `null`, why there is none and what to fill. */
  source: text(),
  year: z.int().min(2000).max(2100),
});

export const prijslijstSchema = z.strictObject({
  format: z.literal(PRIJSLIJST_FORMAT),
  version: z.string().regex(/^\d{4}-\d+$/, 'moet een versie zijn als JJJJ-n (bijv. 2024-1)'),
  items: uniqueList(priceListItemSchema, 'id', 'id').min(1),
});

// ---------------------------------------------------------------------------------------------
// 2. interventietypes.json
// ---------------------------------------------------------------------------------------------

export const INTERVENTIETYPES_FORMAT = 'casuistiek-werkbank/interventietypes-v1';

export const interventieTypeSchema = z
  .strictObject({
    id: kebabId(),
    spoor: z.enum(SPOREN),
    name: text(),
    /** Published societal return per euro (PRODUCT §3.7 only; never a care-cost saving). */
    multiplier: z.number().positive().finite().nullable(),
    multiplierSource: text().nullable(),
  })
  .refine((t) => (t.multiplier === null) === (t.multiplierSource === null), {
    message: 'een multiplier heeft altijd een bron, en een bron hoort bij een multiplier',
    path: ['multiplierSource'],
  });

export const interventietypesSchema = z.strictObject({
  format: z.literal(INTERVENTIETYPES_FORMAT),
  items: uniqueList(interventieTypeSchema, 'id', 'id').min(1),
});

// ---------------------------------------------------------------------------------------------
// 3. beleidsregels.json
// ---------------------------------------------------------------------------------------------

export const BELEIDSREGELS_FORMAT = 'casuistiek-werkbank/beleidsregels-v1';

export const beleidsregelSchema = z
  .strictObject({
    id: kebabId(),
    kind: z.enum(BELEIDSREGEL_KINDS),
    valueCents: centsOrNull(),
    effectiveFrom: isoDate(),
    effectiveTo: isoDate().nullable(),
    source: text(),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    message: 'effectiveTo mag niet voor effectiveFrom liggen',
    path: ['effectiveTo'],
  })
  .refine((r) => (r.kind === 'onderaannemer_opslag_verboden') === (r.valueCents === null), {
    message: 'een plafond heeft een bedrag per week; het verbod op een onderaannemersopslag heeft er geen',
    path: ['valueCents'],
  });

export const beleidsregelsSchema = z.strictObject({
  format: z.literal(BELEIDSREGELS_FORMAT),
  rules: uniqueList(beleidsregelSchema, 'id', 'id').min(1),
});

// ---------------------------------------------------------------------------------------------
// 4. escalatiedoelen.json
// ---------------------------------------------------------------------------------------------

export const ESCALATIEDOELEN_FORMAT = 'casuistiek-werkbank/escalatiedoelen-v1';

export const escalatiedoelSchema = z.strictObject({
  id: z.enum(ESCALATION_TARGETS),
  name: text(),
  description: text(),
  /** Working days, Dutch public holidays excluded (PRODUCT §2.3). */
  deadlineWorkingDays: z.int().min(1).max(260),
  active: z.boolean(),
});

export const escalatiedoelenSchema = z.strictObject({
  format: z.literal(ESCALATIEDOELEN_FORMAT),
  targets: uniqueList(escalatiedoelSchema, 'id', 'id').min(1),
});

// ---------------------------------------------------------------------------------------------
// 5. wijken.json
// ---------------------------------------------------------------------------------------------

export const WIJKEN_FORMAT = 'casuistiek-werkbank/wijken-v1';

export const wijkSchema = z.strictObject({
  id: kebabId(),
  name: text(),
  /** First part of the case code, e.g. BLO in BLO-2024-017 (PRODUCT §2.1). */
  codePrefix: z.string().regex(/^[A-Z]{2,5}$/, 'moet 2 tot 5 hoofdletters zijn (bijv. BLO)'),
});

export const wijkenSchema = z.strictObject({
  format: z.literal(WIJKEN_FORMAT),
  wijken: z
    .array(wijkSchema)
    .min(1)
    .superRefine((items, ctx) => {
      refineUnique(items, ctx, 'id', 'id');
      refineUnique(items, ctx, 'codePrefix', 'codePrefix');
    }),
});

// ---------------------------------------------------------------------------------------------
// 6. tafeltypes.json
// ---------------------------------------------------------------------------------------------

export const TAFELTYPES_FORMAT = 'casuistiek-werkbank/tafeltypes-v1';

/** Any slug: tafel types beyond the defaults are configurable (PRODUCT §2.2). */
export const tafeltypeSchema = z.strictObject({
  id: snakeId(),
  name: text(),
  description: text(),
});

export const tafeltypesSchema = z.strictObject({
  format: z.literal(TAFELTYPES_FORMAT),
  types: uniqueList(tafeltypeSchema, 'id', 'id').superRefine((types, ctx) => {
    for (const required of DEFAULT_TAFEL_TYPES) {
      if (!types.some((t) => t.id === required)) {
        ctx.addIssue({ code: 'custom', message: `het standaard tafeltype "${required}" ontbreekt` });
      }
    }
  }),
});

// ---------------------------------------------------------------------------------------------
// 7. sporen.json and 8. leefgebieden.json — labels for closed enums: every value exactly once
// ---------------------------------------------------------------------------------------------

function coversEnum<T extends { id: string }>(values: readonly string[], label: string) {
  return (items: readonly T[], ctx: z.RefinementCtx<readonly T[]>) => {
    refineUnique(items, ctx, 'id', 'id');
    for (const value of values) {
      if (!items.some((i) => i.id === value)) {
        ctx.addIssue({ code: 'custom', message: `${label} "${value}" ontbreekt` });
      }
    }
  };
}

export const SPOREN_FORMAT = 'casuistiek-werkbank/sporen-v1';

export const spoorSchema = z.strictObject({
  id: z.enum(SPOREN),
  name: text(),
  description: text(),
  source: text(),
});

export const sporenSchema = z.strictObject({
  format: z.literal(SPOREN_FORMAT),
  /** Why four and not three (DOMAIN.md §3.8). */
  note: text(),
  sporen: z.array(spoorSchema).superRefine(coversEnum(SPOREN, 'spoor')),
});

export const LEEFGEBIEDEN_FORMAT = 'casuistiek-werkbank/leefgebieden-v1';

export const leefgebiedSchema = z.strictObject({
  id: z.enum(LEEFGEBIEDEN),
  name: text(),
  /** The ZRM domain as written in the 2014 Begrippenlijst (seed 004). */
  zrmDomain: text(),
});

export const leefgebiedenSchema = z.strictObject({
  format: z.literal(LEEFGEBIEDEN_FORMAT),
  source: text(),
  leefgebieden: z.array(leefgebiedSchema).superRefine(coversEnum(LEEFGEBIEDEN, 'leefgebied')),
});

// ---------------------------------------------------------------------------------------------
// Types and the file → schema map
// ---------------------------------------------------------------------------------------------

export type Prijslijst = z.output<typeof prijslijstSchema>;
export type PrijslijstItem = z.output<typeof priceListItemSchema>;
export type Interventietypes = z.output<typeof interventietypesSchema>;
export type InterventieType = z.output<typeof interventieTypeSchema>;
export type Beleidsregels = z.output<typeof beleidsregelsSchema>;
export type Beleidsregel = z.output<typeof beleidsregelSchema>;
export type Escalatiedoelen = z.output<typeof escalatiedoelenSchema>;
export type Escalatiedoel = z.output<typeof escalatiedoelSchema>;
export type Wijken = z.output<typeof wijkenSchema>;
export type Wijk = z.output<typeof wijkSchema>;
export type Tafeltypes = z.output<typeof tafeltypesSchema>;
export type Tafeltype = z.output<typeof tafeltypeSchema>;
export type Sporen = z.output<typeof sporenSchema>;
export type SpoorLabel = z.output<typeof spoorSchema>;
export type Leefgebieden = z.output<typeof leefgebiedenSchema>;
export type LeefgebiedLabel = z.output<typeof leefgebiedSchema>;

// The catalogue shapes must stay assignable to what the calculations consume.
const _priceItemFitsCalc = (i: PrijslijstItem): PriceListItem => i;
const _ruleFitsCalc = (r: Beleidsregel): BeleidsRegel => r;
void _priceItemFitsCalc;
void _ruleFitsCalc;

/** Each default catalogue file in resources/catalogues/ with the schema it must satisfy. */
export const CATALOGUE_SCHEMAS = {
  'prijslijst.json': prijslijstSchema,
  'interventietypes.json': interventietypesSchema,
  'beleidsregels.json': beleidsregelsSchema,
  'escalatiedoelen.json': escalatiedoelenSchema,
  'wijken.json': wijkenSchema,
  'tafeltypes.json': tafeltypesSchema,
  'sporen.json': sporenSchema,
  'leefgebieden.json': leefgebiedenSchema,
} as const;

export type CatalogueFile = keyof typeof CATALOGUE_SCHEMAS;
export const CATALOGUE_FILES = Object.keys(CATALOGUE_SCHEMAS) as CatalogueFile[];
