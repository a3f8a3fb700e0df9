/** §2.4 the kengetallen in versions: read a version, add one, choose the current one, change items. */
import { z } from 'zod';
import { identifier, PriceListItemSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';

/** One price-list version as the dropdowns and the beheer screen list it. */
export const PriceListVersionSummary = z.object({
  version: z.string(),
  frozen: z.boolean(),
  current: z.boolean(),
  itemCount: z.number().int(),
  /** Items without an amount (no public source yet): unusable until an administrator fills them. */
  itemsWithoutAmount: z.number().int(),
  /** Cases whose calculation or cost lines use this version. */
  usedByCases: z.number().int(),
});
export type PriceListVersionSummary = z.infer<typeof PriceListVersionSummary>;

const PriceListView = z.object({
  version: z.string(),
  frozen: z.boolean(),
  current: z.boolean(),
  usedByCases: z.number().int(),
  items: z.array(PriceListItemSchema),
  /** Per item id: how many case cost lines use it (an item in use cannot be removed). */
  usage: z.array(z.object({ item: z.string(), costLines: z.number().int() })),
});
type PriceListView = z.infer<typeof PriceListView>;

export const priceListChannels = {
  'priceList:get': defineChannel(z.strictObject({ version: identifier.optional() }), PriceListView),
  'priceList:createVersion': defineChannel(
    z.strictObject({ version: identifier, copyFrom: identifier.optional() }),
    PriceListVersionSummary,
  ),
  'priceList:setCurrent': defineChannel(
    z.strictObject({ version: identifier }),
    z.object({ current: z.string(), previous: z.string().nullable() }),
  ),
  'priceList:saveItem': defineChannel(
    z.strictObject({ version: identifier, item: PriceListItemSchema }),
    z.object({ item: PriceListItemSchema, created: z.boolean(), costLinesUpdated: z.number().int() }),
  ),
  'priceList:removeItem': defineChannel(
    z.strictObject({ version: identifier, itemId: identifier }),
    z.object({ version: z.string(), itemId: z.string() }),
  ),
} as const;
