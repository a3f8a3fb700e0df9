/** §2.4 the tafeltypes, one at a time (support/catalogueEntry.ts saves them). */
import type { Handlers } from '../../../shared/ipc/contract';
import { readTafelTypes } from '../data/catalogues';
import { upsertTafelType } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function tafelTypesHandlers(ctx: HandlerContext) {
  return {
    'tafelTypes:save': async ({ tafelType }) =>
      saveEntry(ctx, { entity: 'tafelType', read: readTafelTypes, upsert: upsertTafelType }, tafelType),
  } satisfies Pick<Handlers, 'tafelTypes:save'>;
}
