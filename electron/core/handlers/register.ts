/**
 * §3.5 the weekbedrag register and every flagged arrangement, through electron/core/reports as the
 * CLI export computes them.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { registerReport } from '../reports';
import type { HandlerContext } from './support/context';
import { today } from './support/mutation';

export function registerHandlers(ctx: HandlerContext) {
  return {
    'register:get': async (q) => {
      const asOf = q.asOf ?? today(ctx);
      const { register, flagged, rowsWithHistory, measure4 } = registerReport(ctx.session.database(), { year: q.year, wijk: q.wijk, asOf });
      return { ...register, rows: rowsWithHistory, asOf, year: q.year ?? null, wijk: q.wijk ?? null, flagged, measure4 };
    },
  } satisfies Pick<Handlers, 'register:get'>;
}
