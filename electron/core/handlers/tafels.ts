/** §2.2 the casuïstiektafels with their members; type and wijk checked against the catalogues. */
import type { Handlers } from '../../../shared/ipc/contract';
import { saveTafel } from '../data/tafelWrite';
import { readTafels } from '../data/tafels';
import type { HandlerContext } from './support/context';
import { mutation } from './support/mutation';

export function tafelsHandlers(ctx: HandlerContext) {
  return {
    'tafels:list': async () => ({ items: readTafels(ctx.session.database()) }),
    'tafels:save': async ({ tafel }) =>
      mutation(ctx, (db) => {
        const { created, tafel: saved } = saveTafel(db, tafel);
        return {
          result: { id: saved.id, created },
          audit: {
            action: 'tafel.save',
            entity: 'tafel',
            entityId: saved.id,
            detail: { created, type: saved.type, wijk: saved.wijk, members: saved.members.length },
          },
        };
      }),
  } satisfies Pick<Handlers, 'tafels:list' | 'tafels:save'>;
}
