/**
 * §2.4 `catalogue:get` fills the screens' dropdowns with every catalogue in one read; each
 * catalogue's writes have their own prefix file beside this one.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import {
  loadInterventionTypes,
  loadRules,
  readEscalationTargets,
  readPartners,
  readTafelTypes,
  readWijken,
} from '../data/catalogues';
import { currentPriceListVersion } from '../data/priceList';
import { priceListVersionSummaries } from '../data/priceListWrite';
import type { HandlerContext } from './support/context';

export function catalogueHandlers(ctx: HandlerContext) {
  return {
    'catalogue:get': async () => {
      const db = ctx.session.database();
      return {
        interventionTypes: loadInterventionTypes(db),
        rules: loadRules(db),
        escalationTargets: readEscalationTargets(db),
        wijken: readWijken(db),
        partners: readPartners(db),
        tafelTypes: readTafelTypes(db),
        currentPriceListVersion: currentPriceListVersion(db),
        priceListVersions: priceListVersionSummaries(db),
      };
    },
  } satisfies Pick<Handlers, 'catalogue:get'>;
}
