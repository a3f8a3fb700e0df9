import { z } from 'zod';
import { CASE_STATUSES, SPOREN } from '../../domain/enums';
import { defineChannel } from '../defineChannel';

/** One row of the case list: only what a chair needs to pick a case, nothing more (data minimisation). */
export const CaseSummary = z.object({
  code: z.string(),
  wijk: z.string(),
  alias: z.string().nullable(),
  isSignaal: z.boolean(),
  status: z.enum(CASE_STATUSES),
  registeredOn: z.string(),
  sporen: z.array(z.enum(SPOREN)),
  casusregisseur: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseListQuery = z
  .object({
    wijk: z.string().max(100).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    search: z.string().max(100).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const caseListChannels = {
  'cases:list': defineChannel(CaseListQuery, z.object({ items: z.array(CaseSummary) })),
} as const;
