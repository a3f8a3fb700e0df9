/** §2.1 the knelpunten register and §2.4 the sociale kaart: list, add, change. */
import type { Handlers } from '../../../shared/ipc/contract';
import { readWijken } from '../data/catalogues';
import { knelpuntRegister, saveKnelpunt, setKnelpuntStatus } from '../data/knelpuntWrite';
import { listSocialeKaart, saveSocialeKaartEntry } from '../data/socialeKaartWrite';
import type { Db } from '../store/openDatabase';
import type { HandlerContext } from './context';
import { changedFields } from './catalogueEntries';
import { mutation, today } from './mutation';

/** A wijk filter may name the wijk or give its id; registers store the name. */
function wijkFilter(db: Db, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  return readWijken(db).find((w) => w.id === given)?.name ?? given;
}

export function catalogueRegisterHandlers(ctx: HandlerContext) {
  return {
    'knelpunten:list': async ({ wijk, status, rule }) => {
      const db = ctx.session.database();
      return knelpuntRegister(db, { wijk: wijkFilter(db, wijk), status, rule });
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

    'socialeKaart:list': async ({ wijk, spoor }) => {
      const db = ctx.session.database();
      return { items: listSocialeKaart(db, { wijk: wijkFilter(db, wijk), spoor }) };
    },

    'socialeKaart:save': async ({ entry }) =>
      mutation(ctx, (db) => {
        const { entry: saved, previous } = saveSocialeKaartEntry(db, entry);
        const created = previous === null;
        return {
          result: { entry: saved, created },
          audit: {
            action: 'socialeKaart.save',
            entity: 'socialeKaart',
            entityId: saved.id,
            detail: { created, wijk: saved.wijk, spoor: saved.spoor, changed: changedFields(previous, saved) },
          },
        };
      }),
  } satisfies Pick<Handlers, 'knelpunten:list' | 'knelpunten:save' | 'knelpunten:setStatus' | 'socialeKaart:list' | 'socialeKaart:save'>;
}
