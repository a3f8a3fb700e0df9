/**
 * §2.4 the catalogues (kengetallen in versions, interventietypes, beleidsregels, wijken, partners,
 * escalatiedoelen, tafeltypes), the sociale kaart, and the §2.1 knelpunten register. Every entry
 * reuses its interchange schema, so what the screens save is exactly what a file may hold.
 */
import { z } from 'zod';
import { SPOREN } from '../../domain/enums';
import {
  EscalationTargetSchema,
  identifier,
  InterventionTypeSchema,
  KNELPUNT_STATUSES,
  KnelpuntSchema,
  PartnerSchema,
  PriceListItemSchema,
  RuleSchema,
  shortText,
  SocialeKaartEntrySchema,
  TafelTypeSchema,
  WijkSchema,
} from '../../interchange';
import { defineChannel } from '../defineChannel';

const Empty = z.strictObject({});

/** One price-list version as the dropdowns and the beheer screen list it. */
export const PriceListVersionSummary = z.object({
  version: z.string(),
  frozen: z.boolean(),
  current: z.boolean(),
  itemCount: z.number().int(),
  /** Items without an amount (no public source yet): unusable until an administrator fills them. */
  itemsWithoutAmount: z.number().int(),
  /** Cases whose calculation or cost lines use this version. */
  usedByCases: z.number().int(),
});
export type PriceListVersionSummary = z.infer<typeof PriceListVersionSummary>;

export const CatalogueView = z.object({
  interventionTypes: z.array(InterventionTypeSchema),
  rules: z.array(RuleSchema),
  escalationTargets: z.array(EscalationTargetSchema),
  wijken: z.array(WijkSchema),
  partners: z.array(PartnerSchema),
  tafelTypes: z.array(TafelTypeSchema),
  currentPriceListVersion: z.string().nullable(),
  priceListVersions: z.array(PriceListVersionSummary),
});
export type CatalogueView = z.infer<typeof CatalogueView>;

export const PriceListView = z.object({
  version: z.string(),
  frozen: z.boolean(),
  current: z.boolean(),
  usedByCases: z.number().int(),
  items: z.array(PriceListItemSchema),
  /** Per item id: how many case cost lines use it (an item in use cannot be removed). */
  usage: z.array(z.object({ item: z.string(), costLines: z.number().int() })),
});
export type PriceListView = z.infer<typeof PriceListView>;

/** The register the verbinder reports from (§2.1, §3.6 "knelpunten by rule"). */
export const KnelpuntRegister = z.object({
  items: z.array(KnelpuntSchema),
  byRule: z.array(z.object({ rule: z.string(), wijk: z.string(), count: z.number().int() })),
});
export type KnelpuntRegister = z.infer<typeof KnelpuntRegister>;

/** A new knelpunt needs no id (generated), date (today) or status (open). */
export const KnelpuntInput = KnelpuntSchema.partial({ id: true, raisedOn: true, status: true });
export type KnelpuntInput = z.infer<typeof KnelpuntInput>;

export const SocialeKaartInput = SocialeKaartEntrySchema.partial({ id: true });
export type SocialeKaartInput = z.infer<typeof SocialeKaartInput>;

/** What every catalogue upsert answers: the saved entry and whether it was new. */
const saved = <T extends z.ZodType>(entry: T) => z.object({ entry, created: z.boolean() });

export const catalogueChannels = {
  'catalogue:get': defineChannel(Empty, CatalogueView),

  'priceList:get': defineChannel(z.strictObject({ version: identifier.optional() }), PriceListView),
  'priceList:createVersion': defineChannel(
    z.strictObject({ version: identifier, copyFrom: identifier.optional() }),
    PriceListVersionSummary,
  ),
  'priceList:setCurrent': defineChannel(
    z.strictObject({ version: identifier }),
    z.object({ current: z.string(), previous: z.string().nullable() }),
  ),
  'priceList:saveItem': defineChannel(
    z.strictObject({ version: identifier, item: PriceListItemSchema }),
    z.object({ item: PriceListItemSchema, created: z.boolean(), costLinesUpdated: z.number().int() }),
  ),
  'priceList:removeItem': defineChannel(
    z.strictObject({ version: identifier, itemId: identifier }),
    z.object({ version: z.string(), itemId: z.string() }),
  ),

  'interventionTypes:save': defineChannel(z.strictObject({ type: InterventionTypeSchema }), saved(InterventionTypeSchema)),
  'rules:save': defineChannel(z.strictObject({ rule: RuleSchema }), saved(RuleSchema)),
  'escalationTargets:save': defineChannel(z.strictObject({ target: EscalationTargetSchema }), saved(EscalationTargetSchema)),
  'wijken:save': defineChannel(z.strictObject({ wijk: WijkSchema }), saved(WijkSchema)),
  'partners:save': defineChannel(z.strictObject({ partner: PartnerSchema }), saved(PartnerSchema)),
  'tafelTypes:save': defineChannel(z.strictObject({ tafelType: TafelTypeSchema }), saved(TafelTypeSchema)),

  'knelpunten:list': defineChannel(
    z.strictObject({ wijk: shortText.optional(), status: z.enum(KNELPUNT_STATUSES).optional(), rule: shortText.optional() }),
    KnelpuntRegister,
  ),
  'knelpunten:save': defineChannel(z.strictObject({ knelpunt: KnelpuntInput }), saved(KnelpuntSchema)),
  'knelpunten:setStatus': defineChannel(z.strictObject({ id: identifier, status: z.enum(KNELPUNT_STATUSES) }), KnelpuntSchema),

  'socialeKaart:list': defineChannel(
    z.strictObject({ wijk: shortText.optional(), spoor: z.enum(SPOREN).optional() }),
    z.object({ items: z.array(SocialeKaartEntrySchema) }),
  ),
  'socialeKaart:save': defineChannel(z.strictObject({ entry: SocialeKaartInput }), saved(SocialeKaartEntrySchema)),
} as const;
