/**
 * §2.1 the cases: the list, one case, the aanmelding, changes, status transitions and the cost
 * lines per scenario; §3.2 one case's rendement. Interventions, arrangements, the calculation and
 * the escalations of a case have their own prefix files beside this one.
 */
import { checkArrangements, computeCaseRendement } from '../../../shared/calc';
import { checkCaseTransition } from '../../../shared/domain/caseStatus';
import { isEscalationOpen } from '../../../shared/domain/escalationStatus';
import { STATUSES_WITHOUT_REFERENCE_DATE, type CaseFile } from '../../../shared/interchange';
import type { CaseChanges } from '../../../shared/ipc/channels/cases';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readCaseCalcs, readRules } from '../data';
import { readCase, saveCase } from '../data/caseDocument';
import { listCases } from '../data/caseList';
import { recordNextCaseCode } from '../data/caseCode';
import { readWijk } from '../data/catalogues';
import { caseDetail, editCase, refuseWhenFixed, withCaseStatus } from './support/caseEdit';
import type { HandlerContext } from './support/context';
import { clock, mutation, today } from './support/mutation';

const SCENARIO_LABEL = { reference: 'het referentiescenario', actual: 'het interventiescenario' } as const;

/** Changing any of these changes the calculation's figures (§3.2). */
const CALCULATION_FIELDS = ['referenceDate', 'horizonWeeks', 'attributionPct'] as const;

export function casesHandlers(ctx: HandlerContext) {
  return {
    'cases:list': async (q) => ({ items: listCases(ctx.session.database(), q, today(ctx)) }),

    'cases:get': async ({ code }) => {
      const db = ctx.session.database();
      return caseDetail(db, readCase(db, code));
    },

    'cases:create': async (input) =>
      mutation(ctx, (db) => {
        const wijk = readWijk(db, input.wijk, 'wijk');
        const registeredOn = input.registeredOn ?? today(ctx);
        const code = recordNextCaseCode(db, wijk.codePrefix, Number(registeredOn.slice(0, 4)));
        const { wijk: _given, registeredOn: _on, ...rest } = input;
        const created: CaseFile = {
          ...rest,
          code,
          wijk: wijk.name,
          registeredOn,
          referenceDate: null,
          horizonWeeks: 52,
          attributionPct: 100,
          status: 'aangemeld',
          calculationStatus: 'concept',
          reference: [],
          actual: [],
          interventions: [],
          arrangements: [],
          escalations: [],
          statusHistory: [{ from: null, to: 'aangemeld', at: clock(ctx).toISOString(), by: ctx.actor }],
        };
        const saved = saveCase(db, created, 'insert');
        return { result: caseDetail(db, saved), audit: { action: 'case.create', entity: 'case', entityId: code, detail: { wijk: wijk.name, isSignaal: input.isSignaal === true } } };
      }),

    'cases:update': async ({ code, changes }) =>
      editCase(ctx, code, (current) => {
        const fields = Object.keys(changes) as (keyof CaseChanges)[];
        if (fields.some((k) => (CALCULATION_FIELDS as readonly string[]).includes(k))) refuseWhenFixed(current, 'de referentiedatum, horizon en toerekening');
        const next = applyChanges(current, changes);
        refuseSignaalWithoutConsent(current, next);
        return { next, action: 'case.update', detail: { fields } };
      }),

    'cases:transition': async ({ code, to, why, referenceDate }) =>
      editCase(ctx, code, (current) => {
        const check = checkCaseTransition(current.status, to);
        if (!check.ok) throw new UserError('ILLEGAL_TRANSITION', check.message);
        if (to === 'geescaleerd' && !current.escalations.some((e) => e.status !== 'concept' && isEscalationOpen(e.status))) {
          throw new UserError('ILLEGAL_TRANSITION', `Casus ${code} heeft geen ingediende, openstaande escalatie. Dien eerst een escalatie in; de casus krijgt dan de status 'geëscaleerd'.`);
        }
        // The reference date is the first tafel discussion (§3.2): set when the case first gets past geagendeerd.
        const needsReference = current.referenceDate === null && !STATUSES_WITHOUT_REFERENCE_DATE.includes(to);
        const next: CaseFile = {
          ...withCaseStatus(ctx, current, to, why),
          referenceDate: needsReference ? (referenceDate ?? today(ctx)) : current.referenceDate,
        };
        return { next, action: 'case.transition', detail: { from: current.status, to } };
      }),
    'cases:setCostLines': async ({ code, scenario, lines }) =>
      editCase(ctx, code, (current) => {
        refuseWhenFixed(current, `de kosten in ${SCENARIO_LABEL[scenario]}`);
        return { next: { ...current, [scenario]: lines }, action: 'case.costLines', detail: { scenario, lines: lines.length } };
      }),

    'cases:rendement': async ({ code }) => {
      const db = ctx.session.database();
      const [calc] = readCaseCalcs(db, { codes: [code] });
      if (calc === undefined) {
        throw new UserError('NOT_FOUND', `Casus ${code} bestaat niet in deze werkbank. Kies een casus uit de lijst.`);
      }
      return {
        code: calc.code,
        wijk: calc.wijk,
        calculationStatus: calc.calculationStatus,
        ...computeCaseRendement(calc, readRules(db)),
        arrangementFlags: checkArrangements(calc.code, calc.arrangements, calc.escalations, readRules(db), today(ctx)),
      };
    },
  } satisfies Pick<
    Handlers,
    'cases:list' | 'cases:get' | 'cases:create' | 'cases:update' | 'cases:transition' | 'cases:setCostLines' | 'cases:rendement'
  >;
}

/**
 * §2.1/§5 a signaal becomes a case only once consent (or a legal basis) is recorded: until then it
 * stays pseudonymous. Judged on the resulting case, so consent given in the same change counts.
 */
function refuseSignaalWithoutConsent(current: CaseFile, next: CaseFile): void {
  if (current.isSignaal !== true || next.isSignaal === true || next.consent !== undefined) return;
  throw new UserError(
    'ILLEGAL_TRANSITION',
    `Signaal ${current.code} kan pas een casus worden als de toestemming of grondslag is vastgelegd. Leg eerst de toestemming vast bij 'Toestemming en grondslag' en zet het signaal daarna om naar een casus.`,
  );
}

/** Applies the given fields: absent stays, null removes (the case schema then re-checks the whole). */
function applyChanges(current: CaseFile, changes: CaseChanges): CaseFile {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    // isSignaal is stored only when true (as a read gives it back), so the answer equals the stored case.
    if ((value === null && key !== 'referenceDate') || (key === 'isSignaal' && value === false)) delete next[key];
    else next[key] = value;
  }
  return next as CaseFile;
}
