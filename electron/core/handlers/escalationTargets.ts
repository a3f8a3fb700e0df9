/** §2.4 the escalatiedoelen, one at a time (support/catalogueEntry.ts saves them). */
import type { Handlers } from '../../../shared/ipc/contract';
import { readEscalationTargets } from '../data/catalogues';
import { upsertEscalationTarget } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function escalationTargetsHandlers(ctx: HandlerContext) {
  return {
    'escalationTargets:save': async ({ target }) =>
      saveEntry(ctx, {
        entity: 'escalationTarget',
        read: readEscalationTargets,
        upsert: upsertEscalationTarget,
        figures: (before, after) => ({
          deadlineWorkingDays: { from: before?.deadlineWorkingDays ?? null, to: after.deadlineWorkingDays },
          active: after.active,
        }),
      }, target),
  } satisfies Pick<Handlers, 'escalationTargets:save'>;
}
