/** Issue #14 item 3: the baselines of a wijk — list, record (a snapshot of its sociale kaart), remove. */
import type { Handlers } from '../../../shared/ipc/contract';
import { listBaselines } from '../data/baselines';
import { removeBaseline, saveBaseline } from '../data/baselineWrite';
import type { HandlerContext } from './support/context';
import { mutation } from './support/mutation';
import { wijkFilter } from './support/wijkFilter';

export function baselinesHandlers(ctx: HandlerContext) {
  return {
    'baselines:list': async ({ wijk }) => {
      const db = ctx.session.database();
      return { items: listBaselines(db, { wijk: wijkFilter(db, wijk) }) };
    },

    // The audit entry holds the wijk, the day and the figures, never the notes (free text).
    'baselines:save': async ({ baseline }) =>
      mutation(ctx, (db) => {
        const saved = saveBaseline(db, baseline);
        return {
          result: saved,
          audit: {
            action: 'baseline.create',
            entity: 'baseline',
            entityId: saved.id,
            detail: { wijk: saved.wijk, measuredOn: saved.measuredOn, households: saved.households, socialeKaart: saved.socialeKaart.length },
          },
        };
      }),

    'baselines:remove': async ({ id }) =>
      mutation(ctx, (db) => {
        const removed = removeBaseline(db, id);
        return {
          result: removed,
          audit: { action: 'baseline.remove', entity: 'baseline', entityId: id, detail: { wijk: removed.wijk, measuredOn: removed.measuredOn } },
        };
      }),
  } satisfies Pick<Handlers, 'baselines:list' | 'baselines:save' | 'baselines:remove'>;
}
