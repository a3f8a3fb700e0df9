/**
 * §3.3 the businesscase with the §3.7 maatschappelijk rendement next to it (never added to it) and
 * §3.8 the kalenderjaar view with the comparison with measure 19. It reads only, and builds its
 * figures through electron/core/reports — the same engine calls with the same options as the CLI
 * export, so screen and file agree.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { businesscaseReport, businesscaseYearsReport } from '../reports';
import type { HandlerContext } from './support/context';
import { queryPeriod } from './support/period';

export function businesscaseHandlers(ctx: HandlerContext) {
  return {
    'businesscase:get': async (q) => {
      const period = queryPeriod(q);
      const view = q.view ?? 'cohort';
      const { businesscase, maatschappelijk, kalenderjaar, measure19 } = businesscaseReport(ctx.session.database(), {
        period,
        view,
        wijk: q.wijk,
        spoor: q.spoor,
        tafel: q.tafel,
        onlyVastgesteld: q.onlyVastgesteld,
      });
      return {
        ...businesscase,
        view,
        kalenderjaar,
        measure19,
        filters: {
          year: businesscase.year,
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
