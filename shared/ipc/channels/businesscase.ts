/**
 * §3.3 the businesscase of a calendar year, with the §3.7 maatschappelijk rendement next to it
 * (never added to it): the engine's figures (../figures.ts) plus the filters as applied.
 */
import { z } from 'zod';
import { SPOREN } from '../../domain/enums';
import { identifier, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { BusinesscaseOut, MaatschappelijkOut, reportYear as year } from '../figures';

/** §3.3 the period is a calendar year; wijk, spoor and tafel narrow it (see electron/core/reports/businesscase.ts). */
const BusinesscaseQuery = z.strictObject({
  year,
  /** The wijk's name as in the catalogue (Bloemhof). */
  wijk: shortText.optional(),
  /** Cases working on this spoor: the spoor is among the case's sporen or one of its interventions is in it. */
  spoor: z.enum(SPOREN).optional(),
  /** Cases discussed at this tafel (its id) at any time. */
  tafel: identifier.optional(),
  /** Only cases whose calculation is vastgesteld (the engine also gives these figures under `vastgesteld`). */
  onlyVastgesteld: z.boolean().optional(),
});
type BusinesscaseQuery = z.infer<typeof BusinesscaseQuery>;

export const BusinesscaseReport = BusinesscaseOut.extend({
  /** The filters as applied (null = not filtered). */
  filters: z.object({
    year: z.number().int(),
    wijk: z.string().nullable(),
    spoor: z.enum(SPOREN).nullable(),
    tafel: z.string().nullable(),
    onlyVastgesteld: z.boolean(),
  }),
  /** Over the same selected cases as the figures above, and reported apart from them (§3.7). */
  maatschappelijk: MaatschappelijkOut,
});
export type BusinesscaseReport = z.infer<typeof BusinesscaseReport>;

export const businesscaseChannels = {
  'businesscase:get': defineChannel(BusinesscaseQuery, BusinesscaseReport),
} as const;
