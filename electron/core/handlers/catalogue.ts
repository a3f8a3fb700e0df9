/**
 * §2.4 the catalogues, the kengetallen and the sociale kaart, and the §2.1 knelpunten register.
 * `catalogue:get` fills the screens' dropdowns; the writes live in catalogue*.ts beside this file.
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
import { catalogueEntryHandlers } from './catalogueEntries';
import { cataloguePriceListHandlers } from './cataloguePriceList';
import { catalogueRegisterHandlers } from './catalogueRegisters';
import type { HandlerContext } from './context';

export function catalogueHandlers(ctx: HandlerContext) {
  return {
    ...catalogueEntryHandlers(ctx),
    ...cataloguePriceListHandlers(ctx),
    ...catalogueRegisterHandlers(ctx),

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
