/** §2.1 the knelpunten register: list with counts per rule and wijk, add or change, set the status. */
import type { Handlers } from '../../../shared/ipc/contract';
import { readKnelpuntRegister } from '../data/knelpunten';
import { saveKnelpunt, setKnelpuntStatus } from '../data/knelpuntWrite';
import { changedFields } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';
import { mutation, today } from './support/mutation';
import { wijkFilter } from './support/wijkFilter';

export function knelpuntenHandlers(ctx: HandlerContext) {
  return {
    'knelpunten:list': async ({ wijk, status, rule }) => {
      const db = ctx.session.database();
      return readKnelpuntRegister(db, { wijk: wijkFilter(db, wijk), status, rule });
    },

    // The audit entry names fields, wijk, status and case code — never the description (free text).
    'knelpunten:save': async ({ knelpunt }) =>
      mutation(ctx, (db) => {
        const { knelpunt: saved, previous } = saveKnelpunt(db, knelpunt, today(ctx));
        const created = previous === null;
        return {
          result: { entry: saved, created },
          audit: {
            action: created ? 'knelpunt.create' : 'knelpunt.update',
            entity: 'knelpunt',
            entityId: saved.id,
            detail: { caseCode: saved.caseCode, wijk: saved.wijk, status: saved.status, changed: changedFields(previous, saved) },
          },
        };
      }),

    'knelpunten:setStatus': async ({ id, status }) =>
      mutation(ctx, (db) => {
        const { knelpunt, from } = setKnelpuntStatus(db, id, status);
        return {
          result: knelpunt,
          audit: { action: 'knelpunt.setStatus', entity: 'knelpunt', entityId: id, detail: { from, to: status } },
        };
      }),
  } satisfies Pick<Handlers, 'knelpunten:list' | 'knelpunten:save' | 'knelpunten:setStatus'>;
}
