/** §2.4 kengetallen: read a version, add a version, choose the current one, change items. */
import type { Handlers } from '../../../shared/ipc/contract';
import { listPriceListItemUsage, readPriceList, readPriceListVersion } from '../data/priceList';
import { createPriceListVersion, removePriceListItem, savePriceListItem, setCurrentPriceListVersion } from '../data/priceListWrite';
import type { HandlerContext } from './support/context';
import { changedFields } from './support/catalogueEntry';
import { clock, mutation } from './support/mutation';

export function priceListHandlers(ctx: HandlerContext) {
  return {
    'priceList:get': async ({ version }) => {
      const db = ctx.session.database();
      const list = readPriceList(db, version);
      const summary = readPriceListVersion(db, list.version);
      return {
        version: list.version,
        frozen: list.frozen,
        current: summary.current,
        usedByCases: summary.usedByCases,
        items: list.items,
        usage: listPriceListItemUsage(db, list.version),
      };
    },

    'priceList:createVersion': async ({ version, copyFrom }) =>
      mutation(ctx, (db) => {
        const made = createPriceListVersion(db, version, copyFrom ?? null, clock(ctx));
        return {
          result: readPriceListVersion(db, version),
          audit: { action: 'priceList.createVersion', entity: 'priceList', entityId: version, detail: { copiedFrom: made.copiedFrom, items: made.items } },
        };
      }),

    'priceList:setCurrent': async ({ version }) => {
      // Choosing the version that is already current changes nothing, so it writes no audit entry.
      if (readPriceListVersion(ctx.session.database(), version).current) return { current: version, previous: version };
      return mutation(ctx, (db) => {
        const previous = setCurrentPriceListVersion(db, version);
        return {
          result: { current: version, previous },
          audit: { action: 'priceList.setCurrent', entity: 'priceList', entityId: version, detail: { from: previous, to: version } },
        };
      });
    },

    'priceList:saveItem': async ({ version, item }) =>
      mutation(ctx, (db) => {
        const saved = savePriceListItem(db, version, item);
        return {
          result: { item, created: saved.created, costLinesUpdated: saved.costLinesUpdated },
          audit: {
            action: 'priceList.saveItem',
            entity: 'priceListItem',
            entityId: `${version}/${item.id}`,
            detail: {
              version,
              item: item.id,
              created: saved.created,
              changed: changedFields(saved.previous, item),
              unitCostCents: { from: saved.previous?.unitCostCents ?? null, to: item.unitCostCents },
              evidence: item.evidence,
              year: item.year,
              costLinesUpdated: saved.costLinesUpdated,
            },
          },
        };
      }),

    'priceList:removeItem': async ({ version, itemId }) =>
      mutation(ctx, (db) => {
        const removed = removePriceListItem(db, version, itemId);
        return {
          result: { version, itemId },
          audit: {
            action: 'priceList.removeItem',
            entity: 'priceListItem',
            entityId: `${version}/${itemId}`,
            detail: { version, item: itemId, unitCostCents: removed.unitCostCents },
          },
        };
      }),
  } satisfies Pick<
    Handlers,
    'priceList:get' | 'priceList:createVersion' | 'priceList:setCurrent' | 'priceList:saveItem' | 'priceList:removeItem'
  >;
}
