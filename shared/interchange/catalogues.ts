/**
 * §2.4 the catalogues: the one schema per concept. The shipped default catalogues
 * (resources/catalogues, read through shared/catalogue/schema.ts), the interchange file (PRODUCT.md
 * §4) and the IPC channels (shared/ipc/channels/catalogue.ts) all validate an entry with the very
 * schema object defined here, so what a screen saves, what a file may hold and what the app ships
 * with cannot drift apart. Where the two former definitions disagreed, the decision and its reason
 * stand beside the field.
 */
import { z } from 'zod';
import { RULE_KINDS, type Rule } from '../calc/beleidsregels';
import type { PriceListItem } from '../calc/types';
import { ESCALATION_TARGETS, EVIDENCE_GRADES, PAYERS, SPOREN, UNITS } from '../domain/enums';
import { cents, identifier, isoDate, longText, shortText, sourceText } from './primitives';

/**
 * Decision (year): 2000–2100. Every source the app knows lies between 2011 (the oldest figure in
 * DOMAIN.md §3.2) and 2040, and the shipped prices are 2024; a year before 2000 is a typo, not a
 * tariff (the former interchange minimum of 1990 allowed it).
 */
const PRICE_YEAR_MIN = 2000;
const PRICE_YEAR_MAX = 2100;
const priceYear = z
  .number()
  .int(`Jaar moet een heel jaartal zijn, bijvoorbeeld 2024.`)
  .min(PRICE_YEAR_MIN, `Jaar moet tussen ${PRICE_YEAR_MIN} en ${PRICE_YEAR_MAX} liggen.`)
  .max(PRICE_YEAR_MAX, `Jaar moet tussen ${PRICE_YEAR_MIN} en ${PRICE_YEAR_MAX} liggen.`);

/**
 * A kengetal. `unitCostCents: null` = no public source yet: shipped without an amount, unusable
 * until an administrator fills it (§2.4: the app never invents prices). Decision (ids): ids are the
 * interchange `identifier` everywhere; §4 only asks stable strings, and files from other sources
 * (and the beheer screens) name items and versions in their own way (`test-2025`), so the kebab
 * style of the shipped files is a convention, not a rule.
 */
export const PriceListItemSchema = z.strictObject({
  id: identifier,
  name: shortText,
  unit: z.enum(UNITS),
  unitCostCents: cents.nullable(),
  payer: z.enum(PAYERS),
  evidence: z.enum(EVIDENCE_GRADES),
  /** Publication + exact quoted wording; or, without an amount, why there is none and what to fill. */
  source: sourceText,
  year: priceYear,
});

/** A kengetallen version. Decision: any identifier, not only `JJJJ-n` (administrators name versions). */
export const PriceListSchema = z.strictObject({
  version: identifier,
  items: z.array(PriceListItemSchema),
});

/**
 * An interventietype per spoor. Decision (multiplier): strictly positive. §2.4 speaks of "a
 * published return multiplier" (NVVK: up to €2 per €1) used only for §3.7: a multiplier of 0 is no
 * published return, it is the absence of one, which is `null`. And §3.7 reports it "with its
 * source", so a multiplier and its source come together or not at all.
 */
export const InterventionTypeSchema = z
  .strictObject({
    id: identifier,
    spoor: z.enum(SPOREN),
    name: shortText,
    multiplier: z.number().positive('Vermenigvuldiger moet groter dan 0 zijn; laat hem leeg als er geen gepubliceerde is.').nullable(),
    multiplierSource: sourceText.nullable(),
  })
  .refine((t) => (t.multiplier === null) === (t.multiplierSource === null), {
    path: ['multiplierSource'],
    message: 'Een vermenigvuldiger wordt alleen met zijn gepubliceerde bron opgeslagen, en een bron alleen met een vermenigvuldiger. Vul beide in, of laat beide leeg.',
  });

/** A beleidsregel (§2.4, §3.5): a weekbedrag cap has an amount per week; the surcharge ban has none. */
export const RuleSchema = z
  .strictObject({
    id: identifier,
    kind: z.enum(RULE_KINDS),
    /** Cap in cents per week; null for a rule without an amount (the surcharge ban). */
    valueCents: cents.nullable(),
    effectiveFrom: isoDate,
    /** Last day in force (inclusive); null = open-ended. */
    effectiveTo: isoDate.nullable(),
    source: sourceText,
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'Einddatum ligt vóór de ingangsdatum; corrigeer een van beide.',
  })
  .refine((r) => (r.kind === 'onderaannemer_opslag_verboden') === (r.valueCents === null), {
    path: ['valueCents'],
    message: 'Een weekbedragplafond heeft een bedrag per week; het verbod op een onderaannemersopslag heeft er geen. Vul het plafond in, of laat het bedrag leeg bij het verbod.',
  });

/**
 * An escalatiedoel and its deadline. Decision (deadline): 1 to 260 working days, a year of working
 * days (52 × 5): the defaults are 10 and 15 (§2.3), and a deadline beyond a year is no deadline.
 * Decision (description): optional, as the store and older files have it; the shipped targets all
 * carry one.
 * Decision (partner, §5 consent before sharing): the organisation the dossier goes to, spelled as a
 * consent's scope names it ("PRIO"). Optional: without it a dossier to the netwerk goes to the
 * organisations at the tafels of the case's wijk, and one to any other target to the target itself
 * under its name (shared/domain/sharingConsent.ts decides).
 */
const DEADLINE_WORKING_DAYS_MAX = 260;
export const EscalationTargetSchema = z.strictObject({
  id: z.enum(ESCALATION_TARGETS),
  name: shortText,
  description: longText.optional(),
  deadlineWorkingDays: z
    .number()
    .int('Termijn is een heel aantal werkdagen.')
    .min(1, 'Termijn is minimaal 1 werkdag.')
    .max(DEADLINE_WORKING_DAYS_MAX, `Termijn is maximaal ${DEADLINE_WORKING_DAYS_MAX} werkdagen (een jaar).`),
  active: z.boolean(),
  partner: shortText.optional(),
  /**
   * Issue #14 item 6: the term in which the target takes escalations (both ends inclusive; absent
   * = open-ended). Optional, so older files and stores mean what they meant: no term.
   */
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
}).refine((t) => t.validFrom === undefined || t.validTo === undefined || t.validTo >= t.validFrom, {
  path: ['validTo'],
  message: 'Geldig tot en met ligt vóór geldig vanaf; corrigeer een van beide.',
});

/**
 * A wijk. Decision (code prefix): 2 to 6 capitals, exactly what a case code may start with
 * (CASE_CODE in ./primitives): a prefix the case code cannot carry would make the wijk unusable.
 */
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

/**
 * Issue #14 item 5: one criterion of the hoog-weekbedragtafel's afwegingskader (the defaults:
 * shared/domain/afwegingskader.ts, seeded by migration 018). Decision (never deleted): a besluit
 * names its criteria by id, so a criterion that no longer applies is retired (`active: false`) —
 * new besluiten no longer walk it, a besluit that did still shows its text. Decision (source):
 * optional; the defaults quote theirs, a criterion a tafel adds itself may have none.
 */
export const AfwegingCriterionSchema = z.strictObject({
  id: identifier,
  text: shortText,
  source: sourceText.optional(),
  active: z.boolean(),
});

export type PriceListItemFile = z.infer<typeof PriceListItemSchema>;
export type PriceListFile = z.infer<typeof PriceListSchema>;
export type InterventionTypeFile = z.infer<typeof InterventionTypeSchema>;
export type EscalationTargetFile = z.infer<typeof EscalationTargetSchema>;
export type WijkFile = z.infer<typeof WijkSchema>;
export type PartnerFile = z.infer<typeof PartnerSchema>;
export type TafelTypeFile = z.infer<typeof TafelTypeSchema>;
export type SocialeKaartEntryFile = z.infer<typeof SocialeKaartEntrySchema>;
export type AfwegingCriterionFile = z.infer<typeof AfwegingCriterionSchema>;

// A beleidsregel has one type, `Rule` (shared/calc/beleidsregels.ts), which the calculations
// consume; the schema must produce exactly it, and a price-list entry must fit the calculations.
const _ruleIsCalcRule = (r: z.infer<typeof RuleSchema>): Rule => r;
const _calcRuleIsRule = (r: Rule): z.infer<typeof RuleSchema> => r;
const _priceItemFitsCalc = (i: PriceListItemFile): PriceListItem => i;
void _ruleIsCalcRule;
void _calcRuleIsRule;
void _priceItemFitsCalc;
