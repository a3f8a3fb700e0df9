/** §2.4 the versioned catalogues as they travel in an interchange file (PRODUCT.md §4). */
import { z } from 'zod';
import { BELEIDSREGEL_KINDS } from '../calc/beleidsregels';
import { ESCALATION_TARGETS, EVIDENCE_GRADES, PAYERS, SPOREN, UNITS } from '../domain/enums';
import { cents, identifier, isoDate, longText, shortText } from './primitives';

/** A kengetal. `unitCostCents: null` = no public source yet: shipped without an amount, unusable. */
export const PriceListItemSchema = z.strictObject({
  id: identifier,
  name: shortText,
  unit: z.enum(UNITS),
  unitCostCents: cents.nullable(),
  payer: z.enum(PAYERS),
  evidence: z.enum(EVIDENCE_GRADES),
  source: longText,
  year: z.number().int().min(1990, 'Jaar moet tussen 1990 en 2100 liggen.').max(2100, 'Jaar moet tussen 1990 en 2100 liggen.'),
});

export const PriceListSchema = z.strictObject({
  version: identifier,
  items: z.array(PriceListItemSchema),
});

export const InterventionTypeSchema = z.strictObject({
  id: identifier,
  spoor: z.enum(SPOREN),
  name: shortText,
  /** Published return per euro (§3.7), only ever reported as an indication. */
  multiplier: z.number().min(0, 'Vermenigvuldiger mag niet negatief zijn.').nullable(),
  multiplierSource: longText.nullable(),
});

export const RuleSchema = z
  .strictObject({
    id: identifier,
    kind: z.enum(BELEIDSREGEL_KINDS),
    /** Cap in cents per week; null for a rule without an amount (the surcharge ban). */
    valueCents: cents.nullable(),
    effectiveFrom: isoDate,
    /** Last day in force (inclusive); null = open-ended. */
    effectiveTo: isoDate.nullable(),
    source: longText,
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'Einddatum ligt vóór de ingangsdatum; corrigeer een van beide.',
  });

export const EscalationTargetSchema = z.strictObject({
  id: z.enum(ESCALATION_TARGETS),
  name: shortText,
  /** What the target does; part of the default catalogue (escalatiedoelen.json). */
  description: longText.optional(),
  deadlineWorkingDays: z.number().int().min(1, 'Termijn is minimaal 1 werkdag.').max(365, 'Termijn is maximaal 365 werkdagen.'),
  active: z.boolean(),
});

export const WijkSchema = z.strictObject({
  id: identifier,
  name: shortText,
  /** The first part of the wijk's case codes (BLO in BLO-2024-017). */
  codePrefix: z.string().regex(/^[A-Z]{2,6}$/, 'Codevoorvoegsel is 2 tot 6 hoofdletters, bijvoorbeeld BLO.'),
});

export const PartnerSchema = z.strictObject({
  id: identifier,
  name: shortText,
  /** A free slug (woningcorporatie, welzijn, schuldhulp …): partner kinds are not a closed list. */
  kind: shortText,
});

/** Not in the §4 example but held by the store (tafeltypes.json), so export → import loses nothing. */
export const TafelTypeSchema = z.strictObject({
  id: identifier,
  name: shortText,
  description: longText,
});

export const SocialeKaartEntrySchema = z.strictObject({
  id: identifier,
  wijk: shortText,
  name: shortText,
  spoor: z.enum(SPOREN),
  organisation: shortText.optional(),
  contact: shortText.optional(),
  note: longText.optional(),
});

export type PriceListItemFile = z.infer<typeof PriceListItemSchema>;
export type PriceListFile = z.infer<typeof PriceListSchema>;
export type InterventionTypeFile = z.infer<typeof InterventionTypeSchema>;
export type RuleFile = z.infer<typeof RuleSchema>;
export type EscalationTargetFile = z.infer<typeof EscalationTargetSchema>;
export type WijkFile = z.infer<typeof WijkSchema>;
export type PartnerFile = z.infer<typeof PartnerSchema>;
export type TafelTypeFile = z.infer<typeof TafelTypeSchema>;
export type SocialeKaartEntryFile = z.infer<typeof SocialeKaartEntrySchema>;
