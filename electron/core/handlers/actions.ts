/**
 * §2.2 the acties once made at a bijeenkomst: their status, and the open ones that carry over. The
 * audit detail holds ids, dates and statuses, never the action's text.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { listOpenActions } from '../data/meetingRead';
import { setActionStatus } from '../data/meetingWrite';
import type { HandlerContext } from './support/context';
import { mutation, today } from './support/mutation';

export function actionsHandlers(ctx: HandlerContext) {
  return {
    'actions:setStatus': async ({ actionId, status }) =>
      mutation(ctx, (db) => {
        const { from, meetingId } = setActionStatus(db, actionId, status);
        return {
          result: { actionId, status },
          audit: { action: 'action.setStatus', entity: 'action', entityId: actionId, detail: { meeting: meetingId, from, to: status } },
        };
      }),
    'actions:listOpen': async (q) => ({ items: listOpenActions(ctx.session.database(), q, today(ctx)) }),
  } satisfies Pick<Handlers, 'actions:setStatus' | 'actions:listOpen'>;
}
