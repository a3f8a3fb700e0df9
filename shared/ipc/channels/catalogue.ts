/**
 * §2.4 the catalogues as the screens' dropdowns need them, in one read. Each catalogue's writes have
 * their own prefix file (interventionTypes, rules, escalationTargets, wijken, partners, tafelTypes,
 * afwegingskader, priceList); every entry reuses its interchange schema, so what the screens save is exactly what a
 * file may hold.
 */
import { z } from 'zod';
import {
  AfwegingCriterionSchema,
  EscalationTargetSchema,
  InterventionTypeSchema,
  PartnerSchema,
  RuleSchema,
  TafelTypeSchema,
  WijkSchema,
} from '../../interchange';
import { defineChannel } from '../defineChannel';
import { PriceListVersionSummary } from './priceList';

const Empty = z.strictObject({});

const CatalogueView = z.object({
  interventionTypes: z.array(InterventionTypeSchema),
  rules: z.array(RuleSchema),
  escalationTargets: z.array(EscalationTargetSchema),
  wijken: z.array(WijkSchema),
  partners: z.array(PartnerSchema),
  tafelTypes: z.array(TafelTypeSchema),
  /** Issue #14 item 5: every criterion, retired ones too (a stored besluit shows their text). */
  afwegingskader: z.array(AfwegingCriterionSchema),
  currentPriceListVersion: z.string().nullable(),
  priceListVersions: z.array(PriceListVersionSummary),
});
type CatalogueView = z.infer<typeof CatalogueView>;

/** What every catalogue upsert answers: the saved entry and whether it was new. */
export const saved = <T extends z.ZodType>(entry: T) => z.object({ entry, created: z.boolean() });

export const catalogueChannels = {
  'catalogue:get': defineChannel(Empty, CatalogueView),
} as const;
