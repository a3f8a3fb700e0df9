/**
 * §3.5 the weekbedrag register and every flagged arrangement, through electron/core/reports as the
 * CLI export computes them.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { yearPeriod } from '../../../shared/calc/period';
import { registerReport } from '../reports';
import type { HandlerContext } from './support/context';
import { today } from './support/mutation';

export function registerHandlers(ctx: HandlerContext) {
  return {
    'register:get': async (q) => {
      const asOf = q.asOf ?? today(ctx);
      const period = q.period ?? (q.year === undefined ? undefined : yearPeriod(q.year));
      const { register, flagged, rowsWithHistory, measure4 } = registerReport(ctx.session.database(), { period, wijk: q.wijk, asOf });
      const year = period === undefined ? null : Number(period.from.slice(0, 4));
      return { ...register, rows: rowsWithHistory, asOf, year, wijk: q.wijk ?? null, flagged, measure4 };
    },
  } satisfies Pick<Handlers, 'register:get'>;
}
