/**
 * §2.4 the interventietypes, one at a time (support/catalogueEntry.ts saves them). A multiplier
 * comes with its published source (§3.7): the one InterventionTypeSchema refuses it otherwise.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { readInterventionTypes } from '../data/catalogues';
import { upsertInterventionType } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function interventionTypesHandlers(ctx: HandlerContext) {
  return {
    'interventionTypes:save': async ({ type }) =>
      saveEntry(ctx, {
        entity: 'interventionType',
        read: readInterventionTypes,
        upsert: upsertInterventionType,
        figures: (before, after) => ({ multiplier: { from: before?.multiplier ?? null, to: after.multiplier } }),
      }, type),
  } satisfies Pick<Handlers, 'interventionTypes:save'>;
}
