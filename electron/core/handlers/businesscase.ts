/**
 * §3.3 the businesscase with the §3.7 maatschappelijk rendement next to it (never added to it). It
 * reads only, and builds its figures through electron/core/reports — the same engine calls with
 * the same options as the CLI export, so screen and file agree.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { businesscaseReport, businesscaseYearsReport } from '../reports';
import type { HandlerContext } from './support/context';

export function businesscaseHandlers(ctx: HandlerContext) {
  return {
    'businesscase:get': async (q) => {
      const { businesscase, maatschappelijk } = businesscaseReport(ctx.session.database(), q);
      return {
        ...businesscase,
        filters: {
          year: q.year,
          wijk: q.wijk ?? null,
          spoor: q.spoor ?? null,
          tafel: q.tafel ?? null,
          onlyVastgesteld: q.onlyVastgesteld ?? false,
        },
        maatschappelijk,
      };
    },
    'businesscase:years': async (q) => businesscaseYearsReport(ctx.session.database(), q),
  } satisfies Pick<Handlers, 'businesscase:get' | 'businesscase:years'>;
}
