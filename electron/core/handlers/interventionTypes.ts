/** §2.4 the interventietypes, one at a time (support/catalogueEntry.ts saves them). */
import type { InterventionTypeFile } from '../../../shared/interchange';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readInterventionTypes } from '../data/catalogues';
import { upsertInterventionType } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

/** §3.7: a multiplier is only ever shown with its published source. */
function checkInterventionType(t: InterventionTypeFile): void {
  if (t.multiplier !== null && (t.multiplierSource ?? '').trim() === '') {
    throw new UserError(
      'BAD_INPUT',
      'type.multiplierSource: een vermenigvuldiger zonder gepubliceerde bron wordt niet opgeslagen. Vul de bron in, of laat de vermenigvuldiger leeg.',
    );
  }
}

export function interventionTypesHandlers(ctx: HandlerContext) {
  return {
    'interventionTypes:save': async ({ type }) =>
      saveEntry(ctx, {
        entity: 'interventionType',
        read: readInterventionTypes,
        upsert: upsertInterventionType,
        check: checkInterventionType,
        figures: (before, after) => ({ multiplier: { from: before?.multiplier ?? null, to: after.multiplier } }),
      }, type),
  } satisfies Pick<Handlers, 'interventionTypes:save'>;
}
