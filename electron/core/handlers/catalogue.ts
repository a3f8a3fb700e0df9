/**
 * §2.4 `catalogue:get` fills the screens' dropdowns with every catalogue in one read; each
 * catalogue's writes have their own prefix file beside this one.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import {
  readAfwegingskader,
  readInterventionTypes,
  readRules,
  readEscalationTargets,
  readPartners,
  readTafelTypes,
  readWijken,
} from '../data/catalogues';
import { listPriceListVersions, readCurrentPriceListVersion } from '../data/priceList';
import type { HandlerContext } from './support/context';

export function catalogueHandlers(ctx: HandlerContext) {
  return {
    'catalogue:get': async () => {
      const db = ctx.session.database();
      return {
        interventionTypes: readInterventionTypes(db),
        rules: readRules(db),
        escalationTargets: readEscalationTargets(db),
        wijken: readWijken(db),
        partners: readPartners(db),
        tafelTypes: readTafelTypes(db),
        afwegingskader: readAfwegingskader(db),
        currentPriceListVersion: readCurrentPriceListVersion(db),
        priceListVersions: listPriceListVersions(db),
      };
    },
  } satisfies Pick<Handlers, 'catalogue:get'>;
}
