import { z } from 'zod';
import { DEFAULT_TAFEL_TYPES, LEEFGEBIEDEN, SPOREN } from '../domain/enums';
import {
  EscalationTargetSchema,
  InterventionTypeSchema,
  PriceListSchema,
  PriceListItemSchema,
  RuleSchema,
  TafelTypeSchema,
  WijkSchema,
} from '../interchange/catalogues';
import { shortText, sourceText } from '../interchange/primitives';

/**
 * The default catalogue files in resources/catalogues/ (PRODUCT.md §2.4). Each file is an envelope
 * (its format, its list) around entries validated by the very schema objects the interchange file
 * and the IPC channels use (shared/interchange/catalogues.ts): one schema per concept. What is
 * added here belongs to a shipped file only: the format marker, a list that is never empty, ids
 * unique per file, and the closed lists (sporen, leefgebieden, default tafel types) covered.
 * The rule that the app never invents prices is carried by the entry schema (an amount is `null`
 * until someone fills it, and every item has a source) and checked further by
 * test/unit/catalogue against the seed documents.
 */

/** Adds an issue at `[index].<key>` for every value that occurred before in the list. */
function refineUnique<T>(items: readonly T[], ctx: z.RefinementCtx<readonly T[]>, key: keyof T & string, label: string): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = item[key];
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [index, key], message: `${label} '${String(value)}' komt al eerder voor in dit bestand; elk ${label} één keer.` });
    }
    seen.add(value);
  });
}

function uniqueList<S extends z.ZodType<object>>(item: S, key: keyof z.output<S> & string, label: string) {
  return z
    .array(item)
    .min(1, 'Een standaardcatalogus is nooit leeg.')
    .superRefine((items, ctx) => refineUnique(items, ctx, key, label));
}

/** Every value of a closed enum has exactly one entry (labels for sporen and leefgebieden). */
function coversEnum<T extends { id: string }>(values: readonly string[], label: string) {
  return (items: readonly T[], ctx: z.RefinementCtx<readonly T[]>) => {
    refineUnique(items, ctx, 'id', 'id');
    for (const value of values) {
      if (!items.some((i) => i.id === value)) ctx.addIssue({ code: 'custom', message: `Het ${label} '${value}' ontbreekt.` });
    }
  };
}

/** A description that says something (the label files always explain their entries). */
const requiredText = z.string().trim().min(1, 'Vul een omschrijving in.').max(10_000, 'Maximaal 10.000 tekens.');

const format = <F extends string>(value: F) => z.literal(value, { message: `Onbekend catalogusformaat; verwacht '${value}'.` });

// 1. prijslijst.json — kengetallen
const PRICE_LIST_FORMAT = 'casuistiek-werkbank/prijslijst-v1';
export const PriceListCatalogueSchema = z.strictObject({
  format: format(PRICE_LIST_FORMAT),
  version: PriceListSchema.shape.version,
  items: uniqueList(PriceListItemSchema, 'id', 'id'),
});

// 2. interventietypes.json
const INTERVENTION_TYPES_FORMAT = 'casuistiek-werkbank/interventietypes-v1';
export const InterventionTypesCatalogueSchema = z.strictObject({
  format: format(INTERVENTION_TYPES_FORMAT),
  items: uniqueList(InterventionTypeSchema, 'id', 'id'),
});

// 3. beleidsregels.json
const RULES_FORMAT = 'casuistiek-werkbank/beleidsregels-v1';
export const RulesCatalogueSchema = z.strictObject({
  format: format(RULES_FORMAT),
  rules: uniqueList(RuleSchema, 'id', 'id'),
});

// 4. escalatiedoelen.json
const ESCALATION_TARGETS_FORMAT = 'casuistiek-werkbank/escalatiedoelen-v1';
export const EscalationTargetsCatalogueSchema = z.strictObject({
  format: format(ESCALATION_TARGETS_FORMAT),
  targets: uniqueList(EscalationTargetSchema, 'id', 'id'),
});

// 5. wijken.json
const WIJKEN_FORMAT = 'casuistiek-werkbank/wijken-v1';
export const WijkenCatalogueSchema = z.strictObject({
  format: format(WIJKEN_FORMAT),
  wijken: z
    .array(WijkSchema)
    .min(1, 'Een standaardcatalogus is nooit leeg.')
    .superRefine((items, ctx) => {
      refineUnique(items, ctx, 'id', 'id');
      refineUnique(items, ctx, 'codePrefix', 'codevoorvoegsel');
    }),
});

// 6. tafeltypes.json — tafel types beyond the defaults are configurable (§2.2), the defaults must be there
const TAFEL_TYPES_FORMAT = 'casuistiek-werkbank/tafeltypes-v1';
export const TafelTypesCatalogueSchema = z.strictObject({
  format: format(TAFEL_TYPES_FORMAT),
  types: uniqueList(TafelTypeSchema, 'id', 'id').superRefine((types, ctx) => {
    for (const required of DEFAULT_TAFEL_TYPES) {
      if (!types.some((t) => t.id === required)) ctx.addIssue({ code: 'custom', message: `Het standaardtafeltype '${required}' ontbreekt.` });
    }
  }),
});

// 7. sporen.json and 8. leefgebieden.json — labels for closed enums, shipped only (no interchange
// or channel carries them), so their entry schemas live here.
const SPOREN_FORMAT = 'casuistiek-werkbank/sporen-v1';
const SpoorLabelSchema = z.strictObject({
  id: z.enum(SPOREN),
  name: shortText,
  description: requiredText,
  source: sourceText,
});
export const SporenCatalogueSchema = z.strictObject({
  format: format(SPOREN_FORMAT),
  /** Why four and not three (DOMAIN.md §3.8). */
  note: requiredText,
  sporen: z.array(SpoorLabelSchema).superRefine(coversEnum(SPOREN, 'spoor')),
});

const LEEFGEBIEDEN_FORMAT = 'casuistiek-werkbank/leefgebieden-v1';
const LeefgebiedLabelSchema = z.strictObject({
  id: z.enum(LEEFGEBIEDEN),
  name: shortText,
  /** The ZRM domain as written in the 2014 Begrippenlijst (seed 004). */
  zrmDomain: shortText,
});
export const LeefgebiedenCatalogueSchema = z.strictObject({
  format: format(LEEFGEBIEDEN_FORMAT),
  source: sourceText,
  leefgebieden: z.array(LeefgebiedLabelSchema).superRefine(coversEnum(LEEFGEBIEDEN, 'leefgebied')),
});

/** Each default catalogue file in resources/catalogues/ with the schema it must satisfy. */
export const CATALOGUE_SCHEMAS = {
  'prijslijst.json': PriceListCatalogueSchema,
  'interventietypes.json': InterventionTypesCatalogueSchema,
  'beleidsregels.json': RulesCatalogueSchema,
  'escalatiedoelen.json': EscalationTargetsCatalogueSchema,
  'wijken.json': WijkenCatalogueSchema,
  'tafeltypes.json': TafelTypesCatalogueSchema,
  'sporen.json': SporenCatalogueSchema,
  'leefgebieden.json': LeefgebiedenCatalogueSchema,
} as const;

export type CatalogueFile = keyof typeof CATALOGUE_SCHEMAS;
export const CATALOGUE_FILES = Object.keys(CATALOGUE_SCHEMAS) as CatalogueFile[];
