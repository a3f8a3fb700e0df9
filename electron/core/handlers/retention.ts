/**
 * §5 retention and erasure (issue #11 item 5): Beheer → Bewaartermijnen. The erasure owns its
 * transaction (it checkpoints the WAL after the commit), so it is called directly, not through
 * `mutation`; it writes its own audit tombstone in the same transaction as the deletes.
 */
import { DEFAULT_RETENTION_YEARS } from '../../../shared/domain/retention';
import type { Handlers } from '../../../shared/ipc/contract';
import { eraseCase } from '../data/caseErasure';
import { listRetention, readRetentionYears } from '../data/retention';
import { recordRetentionYears } from '../data/retentionWrite';
import type { HandlerContext } from './support/context';
import { clock, mutation, today } from './support/mutation';

export function retentionHandlers(ctx: HandlerContext) {
  return {
    'retention:list': async ({ all }) => {
      const db = ctx.session.database();
      return { years: readRetentionYears(db), defaultYears: DEFAULT_RETENTION_YEARS, items: listRetention(db, today(ctx), all === true) };
    },

    'retention:setYears': async ({ years }) =>
      mutation(ctx, (db) => {
        const previous = readRetentionYears(db);
        recordRetentionYears(db, years);
        return { result: { years }, audit: { action: 'retention.years', entity: 'store', detail: { years, previous } } };
      }),

    'retention:erase': async ({ code, reason }) => eraseCase(ctx.session.database(), { code, reason }, { actor: ctx.actor, now: clock(ctx) }),
  } satisfies Pick<Handlers, 'retention:list' | 'retention:setYears' | 'retention:erase'>;
}
