/**
 * §2.3 escalaties through IPC: create, the dossier, the state machine, the besluit (§3.2 a granted
 * maatwerkbudget is investering of the case, counted by the calc engine from the stored besluit;
 * §3.5 a jeugd hoog-weekbedrag approval sets the allowed weekly maximum and a review date) and the
 * PRIO inbox with the overdue count. An escalation is part of its case document, so every write goes
 * through editCase: the whole case is re-checked and written with its audit entry in one transaction.
 */
import { canTransition as canCaseTransition } from '../../../shared/domain/caseStatus';
import { GRANTING_OUTCOMES } from '../../../shared/domain/enums';
import { checkEscalationTransition, ESCALATION_STATUS_LABELS } from '../../../shared/domain/escalationStatus';
import { targetValidityRefusal } from '../../../shared/domain/targetValidity';
import { DEFAULT_DEADLINE_WORKING_DAYS, deadlineFor } from '../../../shared/calc';
import type { BesluitFile, CaseFile, EscalationFile } from '../../../shared/interchange';
import { DOSSIER_FIELDS, type DossierChanges } from '../../../shared/ipc/channels/escalations';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readAfwegingskader } from '../data/catalogues';
import { listEscalationInbox, readEscalationCounts } from '../data/escalationInbox';
import { refuseSharingWithoutConsent } from '../data/sharingConsent';
import type { Db } from '../store/openDatabase';
import { editCase, withCaseStatus } from './support/caseEdit';
import type { HandlerContext } from './support/context';
import {
  activeTarget,
  checkArrangement,
  checkWeekbedragRequest,
  escalationName,
  existingEscalation,
  findTarget,
  moved,
  nextEscalationId,
  refuseWhenCaseFinal,
  withEscalation,
} from './support/escalationRules';
import { clock, today } from './support/mutation';

/** The dossier is with the aanmelder (and may change) only in these states. */
const EDITABLE = ['concept', 'teruggelegd'] as const satisfies readonly EscalationFile['status'][];
/** The escalation lies with its target, who assigns a handler and keeps notes, only in these states. */
const WITH_TARGET = ['ingediend', 'in_behandeling'] as const satisfies readonly EscalationFile['status'][];

export function escalationsHandlers(ctx: HandlerContext) {
  return {
    'escalations:create': async ({ code, target, ...dossier }) =>
      editCase(ctx, code, (current, db) => {
        refuseWhenCaseFinal(current, 'een nieuwe escalatie');
        activeTarget(db, target, today(ctx));
        const created: EscalationFile = {
          id: nextEscalationId(current),
          target,
          status: 'concept',
          ...dossier,
          statusHistory: [{ from: null, to: 'concept', at: clock(ctx).toISOString(), by: ctx.actor }],
        };
        checkArrangement(current, created);
        checkWeekbedragRequest(created);
        const escalations = [...current.escalations, created];
        return {
          next: { ...current, escalations },
          action: 'escalation.create',
          detail: { index: escalations.length - 1, id: created.id, target },
        };
      }),

    'escalations:updateDossier': async ({ code, index, ...changes }) =>
      editCase(ctx, code, (current) => {
        const e = existingEscalation(current, index);
        if (!(EDITABLE as readonly string[]).includes(e.status)) {
          throw new UserError(
            'CONFLICT',
            `${escalationName(current, index, e)} heeft status '${ESCALATION_STATUS_LABELS[e.status]}': het dossier ligt bij het escalatiedoel en kan niet meer veranderen. Dat kan weer als het wordt teruggelegd.`,
          );
        }
        const next = applyDossier(e, changes);
        checkArrangement(current, next);
        checkWeekbedragRequest(next);
        const fields = DOSSIER_FIELDS.filter((k) => changes[k] !== undefined);
        return { next: withEscalation(current, index, next), action: 'escalation.updateDossier', detail: { index, fields } };
      }),

    'escalations:transition': async ({ code, index, to, why }) =>
      editCase(ctx, code, (current, db) => {
        const e = existingEscalation(current, index);
        const check = checkEscalationTransition(e.status, to);
        if (!check.ok) throw new UserError('ILLEGAL_TRANSITION', check.message);
        if (to === 'besluit') {
          throw new UserError(
            'CONFLICT',
            `${escalationName(current, index, e)} krijgt de status 'besluit' door het besluit vast te leggen (uitkomst, instrumenten, bedrag). Kies 'Besluit vastleggen'.`,
          );
        }
        if (to === 'ingediend') return submit(ctx, db, current, index, e, why);
        // Closing the last open escalation (afgerond / ingetrokken) deliberately leaves a geescaleerd
        // case where it is: the chair decides whether it returns to in behandeling or in uitvoering
        // (cases:transition). teruggelegd → concept keeps submittedOn/deadlineOn until resubmitted.
        return {
          next: withEscalation(current, index, moved(ctx, e, to, why)),
          action: 'escalation.transition',
          detail: { index, target: e.target, from: e.status, to },
        };
      }),
    'escalations:handle': async ({ code, index, owner, notes }) =>
      editCase(ctx, code, (current) => {
        const e = existingEscalation(current, index);
        if (!(WITH_TARGET as readonly string[]).includes(e.status)) {
          throw new UserError(
            'CONFLICT',
            `${escalationName(current, index, e)} heeft status '${ESCALATION_STATUS_LABELS[e.status]}': een behandelaar en notities legt het escalatiedoel vast zolang de escalatie ingediend of in behandeling is.`,
          );
        }
        const next: Record<string, unknown> = { ...e };
        const changes = { owner, notes };
        for (const key of ['owner', 'notes'] as const) {
          const value = changes[key];
          if (value === null) delete next[key];
          else if (value !== undefined) next[key] = value;
        }
        // The field names only: who handles it and what the notes say stay in the case, not in the log.
        const fields = (['owner', 'notes'] as const).filter((k) => changes[k] !== undefined);
        return { next: withEscalation(current, index, next as EscalationFile), action: 'escalation.handle', detail: { index, fields } };
      }),

    'escalations:decide': async ({ code, index, besluit }) =>
      editCase(ctx, code, (current, db) => {
        const e = existingEscalation(current, index);
        if (e.status !== 'in_behandeling') {
          throw new UserError(
            'ILLEGAL_TRANSITION',
            `${escalationName(current, index, e)} heeft status '${ESCALATION_STATUS_LABELS[e.status]}'; een besluit wordt vastgelegd voor een escalatie die in behandeling is. Zet haar eerst op 'in behandeling'.`,
          );
        }
        checkBesluit(e, besluit, today(ctx));
        checkAfweging(db, besluit);
        return {
          next: withEscalation(current, index, { ...moved(ctx, e, 'besluit'), besluit }),
          action: 'escalation.decide',
          // Figures and enums only: the motivation and who decided stay in the case, not in the log.
          detail: {
            index,
            target: e.target,
            outcome: besluit.outcome,
            instruments: besluit.instruments ?? null,
            maatwerkbudgetCents: besluit.maatwerkbudgetCents ?? null,
            payer: besluit.payer ?? null,
            approvedWeeklyCents: besluit.approvedWeeklyCents ?? null,
            decidedOn: besluit.decidedOn,
            reviewOn: besluit.reviewOn ?? null,
          },
        };
      }),

    'escalations:inbox': async (filter) => ({ items: listEscalationInbox(ctx.session.database(), filter, today(ctx)) }),
    'escalations:overdueCount': async () => readEscalationCounts(ctx.session.database(), today(ctx)),
  } satisfies Pick<
    Handlers,
    'escalations:create' | 'escalations:updateDossier' | 'escalations:transition' | 'escalations:handle' | 'escalations:decide' | 'escalations:inbox' | 'escalations:overdueCount'
  >;
}

/** Absent stays, null clears, a value sets (the case schema re-checks the whole afterwards). */
function applyDossier(e: EscalationFile, changes: Omit<DossierChanges, 'code' | 'index'>): EscalationFile {
  const next: Record<string, unknown> = { ...e };
  for (const key of DOSSIER_FIELDS) {
    const value = changes[key];
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as EscalationFile;
}

/**
 * §2.3 submitting: the dossier must hold the question and a checked consent, and (§5) the case's
 * consent or legal basis must cover every organisation the dossier goes to; the deadline is today
 * plus the target's working days (weekends and Dutch public holidays excluded), and the case becomes
 * geescaleerd — with who/when/why in its status history — when its status allows, in the same edit.
 */
function submit(ctx: HandlerContext, db: Db, current: CaseFile, index: number, e: EscalationFile, why: string | undefined) {
  const name = escalationName(current, index, e);
  refuseWhenCaseFinal(current, 'een escalatie indienen');
  const missing: string[] = [];
  if ((e.question ?? '').trim() === '') missing.push('de vraag (question)');
  if (e.consentChecked !== true) missing.push('de toestemmingscheck (consentChecked)');
  if (e.target === 'jeugd_weekbedrag' && e.arrangementId === undefined) missing.push('het arrangement (arrangementId)');
  if (missing.length > 0) {
    throw new UserError('CONFLICT', `${name} kan nog niet worden ingediend: ${missing.join(' en ')} ontbreekt in het dossier. Vul het dossier aan en dien het daarna in.`);
  }
  const target = findTarget(db, e.target);
  if (target === undefined || !target.active) {
    throw new UserError(
      'CONFLICT',
      `${name} kan niet worden ingediend: escalatiedoel '${e.target}' is niet (meer) actief. Zet het doel aan bij Beheer › Escalatiedoelen of trek de escalatie in.`,
    );
  }
  const submittedOn = today(ctx);
  // Issue #14 item 6: a concept made while the target still ran cannot be submitted after its term.
  const outside = targetValidityRefusal(target, submittedOn, `${name} indienen`);
  if (outside !== null) throw new UserError('CONFLICT', outside);
  // §5 submitting shares the dossier with the target: only with consent or a legal basis for it.
  refuseSharingWithoutConsent(db, current, e.target, `${name} kan niet worden ingediend`);
  const deadlineOn = deadlineFor(e.target, submittedOn, { ...DEFAULT_DEADLINE_WORKING_DAYS, [e.target]: target.deadlineWorkingDays });
  let next: CaseFile = withEscalation(current, index, { ...moved(ctx, e, 'ingediend', why), submittedOn, deadlineOn });
  const caseMoves = canCaseTransition(current.status, 'geescaleerd');
  if (caseMoves) {
    const reason = `escalatie ingediend bij ${target.name}${why ? `: ${why}` : ''}`;
    next = withCaseStatus(ctx, next, 'geescaleerd', reason);
  }
  return {
    next,
    action: 'escalation.transition',
    detail: {
      index,
      target: e.target,
      from: e.status,
      to: 'ingediend',
      submittedOn,
      deadlineOn,
      ...(caseMoves ? { caseStatus: { from: current.status, to: 'geescaleerd' } } : {}),
    },
  };
}

function refuse(field: string, message: string): never {
  throw new UserError('BAD_INPUT', `besluit.${field}: ${message}`);
}

/**
 * Issue #14 item 5: a new besluit walks the criteria in use now (Beheer › Afwegingskader hoog
 * weekbedrag), read from the store — not a retired one, and not one the store does not know.
 * Besluiten stored earlier keep their retired criteria: this runs only when a besluit is recorded.
 */
function checkAfweging(db: Db, b: BesluitFile): void {
  if (b.afweging === undefined || b.afweging.length === 0) return;
  const criteria = new Map(readAfwegingskader(db).map((c) => [c.id, c]));
  b.afweging.forEach((a) => {
    const c = criteria.get(a.criterionId);
    if (c === undefined) refuse('afweging', `criterium '${a.criterionId}' staat niet in het afwegingskader. Kies een criterium uit de lijst.`);
    if (!c.active) {
      refuse('afweging', `criterium '${c.text}' is ingetrokken (Beheer › Afwegingskader hoog weekbedrag) en telt niet mee in een nieuw besluit. Laat het weg of zet het daar weer in gebruik.`);
    }
  });
}

/** The rules zod cannot check alone: they depend on the outcome, the instruments and the target. */
function checkBesluit(e: EscalationFile, b: BesluitFile, todayIso: string): void {
  // Issue #14 item 5: parties and the afwegingskader belong to the hoog-weekbedragtafel's besluit.
  if (e.target !== 'jeugd_weekbedrag' && (b.parties !== undefined || b.afweging !== undefined)) {
    refuse(b.parties !== undefined ? 'parties' : 'afweging', 'partijen en het afwegingskader horen bij een besluit van de hoog-weekbedragtafel (jeugd). Laat ze leeg bij dit escalatiedoel.');
  }
  const grants = GRANTING_OUTCOMES.includes(b.outcome);
  if (b.decidedOn > todayIso) refuse('decidedOn', `de besluitdatum ${b.decidedOn} ligt in de toekomst. Vul de datum in waarop besloten is.`);
  if (!grants) {
    if (b.maatwerkbudgetCents !== undefined) refuse('maatwerkbudgetCents', 'een afgewezen verzoek kent geen maatwerkbudget toe. Laat het bedrag leeg, of kies (deels) toegekend.');
    if (b.approvedWeeklyCents !== undefined) refuse('approvedWeeklyCents', 'een afgewezen verzoek keurt geen weekbedrag goed. Laat het bedrag leeg, of kies (deels) toegekend.');
    return;
  }
  const instruments = b.instruments ?? [];
  if (instruments.includes('maatwerkbudget') && b.maatwerkbudgetCents === undefined) {
    refuse('maatwerkbudgetCents', "het instrument maatwerkbudget is ingezet: vul het toegekende bedrag in.");
  }
  if (b.instruments !== undefined && (b.maatwerkbudgetCents ?? 0) > 0 && !instruments.includes('maatwerkbudget')) {
    refuse('instruments', "er is een maatwerkbudget toegekend: neem het instrument 'maatwerkbudget' op in de instrumenten.");
  }
  if (e.target === 'jeugd_weekbedrag') {
    // §3.5 the approval sets the allowed weekly maximum and when it is reviewed.
    if (b.approvedWeeklyCents === undefined) refuse('approvedWeeklyCents', 'een toegekend verzoek hoog weekbedrag jeugd legt het goedgekeurde maximum per week vast. Vul het bedrag per week in.');
    if (b.reviewOn === undefined) refuse('reviewOn', 'een toegekend verzoek hoog weekbedrag jeugd krijgt een herbeoordelingsdatum. Vul de datum in.');
    if (b.reviewOn < b.decidedOn) refuse('reviewOn', `de herbeoordelingsdatum ${b.reviewOn} ligt vóór de besluitdatum ${b.decidedOn}.`);
  }
}
