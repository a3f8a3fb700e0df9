/** §2.4 the sociale kaart: list per wijk and spoor, add or change an entry. */
import type { Handlers } from '../../../shared/ipc/contract';
import { listSocialeKaart } from '../data/socialeKaart';
import { saveSocialeKaartEntry } from '../data/socialeKaartWrite';
import { changedFields } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';
import { mutation } from './support/mutation';
import { wijkFilter } from './support/wijkFilter';

export function socialeKaartHandlers(ctx: HandlerContext) {
  return {
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
  } satisfies Pick<Handlers, 'socialeKaart:list' | 'socialeKaart:save'>;
}
