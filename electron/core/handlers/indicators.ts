/** §3.6 the monitoring indicators, through electron/core/reports as the CLI export computes them. */
import type { Handlers } from '../../../shared/ipc/contract';
import { indicatorsReport } from '../reports';
import type { HandlerContext } from './support/context';
import { today } from './support/mutation';
import { queryPeriod } from './support/period';

export function indicatorsHandlers(ctx: HandlerContext) {
  return {
    'indicators:get': async (q) => indicatorsReport(ctx.session.database(), { period: queryPeriod(q), wijk: q.wijk, today: today(ctx) }),
  } satisfies Pick<Handlers, 'indicators:get'>;
}
