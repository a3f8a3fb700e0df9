/**
 * §3.2–§3.7 read channels: the businesscase, the monitoring indicators, the weekbedrag register and
 * one case's rendement. They read only, and build their figures through electron/core/reports —
 * the same engine calls with the same options as the CLI export, so screen and file agree.
 */
import { checkArrangements, computeCaseRendement } from '../../../shared/calc';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { loadCaseCalcs, loadRules } from '../data';
import { businesscaseReport, indicatorsReport, registerReport } from '../reports';
import type { HandlerContext } from './context';
import { today } from './mutation';

export function reportHandlers(ctx: HandlerContext) {
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

    'indicators:get': async (q) => indicatorsReport(ctx.session.database(), { year: q.year, wijk: q.wijk, today: today(ctx) }),

    'register:get': async (q) => {
      const asOf = q.asOf ?? today(ctx);
      const { register, flagged } = registerReport(ctx.session.database(), { year: q.year, wijk: q.wijk, asOf });
      return { ...register, asOf, year: q.year ?? null, wijk: q.wijk ?? null, flagged };
    },

    'cases:rendement': async ({ code }) => {
      const db = ctx.session.database();
      const [calc] = loadCaseCalcs(db, { codes: [code] });
      if (calc === undefined) {
        throw new UserError('NOT_FOUND', `Casus ${code} bestaat niet in deze werkbank. Kies een casus uit de lijst.`);
      }
      return {
        code: calc.code,
        wijk: calc.wijk,
        calculationStatus: calc.calculationStatus,
        ...computeCaseRendement(calc),
        arrangementFlags: checkArrangements(calc.code, calc.arrangements, calc.escalations, loadRules(db), today(ctx)),
      };
    },
  } satisfies Pick<Handlers, 'businesscase:get' | 'indicators:get' | 'register:get' | 'cases:rendement'>;
}
