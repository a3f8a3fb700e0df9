/** §2.3 the PRIO inbox and the overdue count every start screen shows (the SQL is in data/escalationInbox.ts). */
import type { Handlers } from '../../../shared/ipc/contract';
import { listEscalationInbox, readEscalationCounts } from '../data/escalationInbox';
import type { HandlerContext } from './context';
import { today } from './mutation';

export function escalationInboxHandlers(ctx: HandlerContext) {
  return {
    'escalations:inbox': async (filter) => ({ items: listEscalationInbox(ctx.session.database(), filter, today(ctx)) }),
    'escalations:overdueCount': async () => readEscalationCounts(ctx.session.database(), today(ctx)),
  } satisfies Pick<Handlers, 'escalations:inbox' | 'escalations:overdueCount'>;
}
