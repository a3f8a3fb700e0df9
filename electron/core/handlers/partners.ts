/** §2.4 the partners, one at a time (support/catalogueEntry.ts saves them). */
import type { Handlers } from '../../../shared/ipc/contract';
import { readPartners } from '../data/catalogues';
import { upsertPartner } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function partnersHandlers(ctx: HandlerContext) {
  return {
    'partners:save': async ({ partner }) => saveEntry(ctx, { entity: 'partner', read: readPartners, upsert: upsertPartner }, partner),
  } satisfies Pick<Handlers, 'partners:save'>;
}
