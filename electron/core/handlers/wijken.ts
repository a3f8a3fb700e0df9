/** §2.4 the wijken, one at a time (support/catalogueEntry.ts saves them). */
import type { Handlers } from '../../../shared/ipc/contract';
import { readWijken } from '../data/catalogues';
import { upsertWijk } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function wijkenHandlers(ctx: HandlerContext) {
  return {
    'wijken:save': async ({ wijk }) =>
      saveEntry(ctx, { entity: 'wijk', read: readWijken, upsert: upsertWijk, figures: (_b, after) => ({ codePrefix: after.codePrefix }) }, wijk),
  } satisfies Pick<Handlers, 'wijken:save'>;
}
