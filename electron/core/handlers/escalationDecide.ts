/**
 * §2.3 the besluit of an escalation, §3.2 a granted maatwerkbudget is investering of the case (the
 * calc engine counts it from the stored besluit; nothing else to book), §3.5 a jeugd hoog-weekbedrag
 * approval sets the allowed weekly maximum and a review date.
 */
import { ESCALATION_STATUS_LABELS } from '../../../shared/domain/escalationStatus';
import { GRANTING_OUTCOMES } from '../../../shared/domain/enums';
import type { BesluitFile, EscalationFile } from '../../../shared/interchange';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { editCase } from './caseDocument';
import type { HandlerContext } from './context';
import { escalationName, existingEscalation, moved, withEscalation } from './escalationRules';
import { today } from './mutation';

export function escalationDecideHandlers(ctx: HandlerContext) {
  return {
    'escalations:decide': async ({ code, index, besluit }) =>
      editCase(ctx, code, (current) => {
        const e = existingEscalation(current, index);
        if (e.status !== 'in_behandeling') {
          throw new UserError(
            'ILLEGAL_TRANSITION',
            `${escalationName(current, index, e)} heeft status '${ESCALATION_STATUS_LABELS[e.status]}'; een besluit wordt vastgelegd voor een escalatie die in behandeling is. Zet haar eerst op 'in behandeling'.`,
          );
        }
        checkBesluit(e, besluit, today(ctx));
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
  } satisfies Pick<Handlers, 'escalations:decide'>;
}

function refuse(field: string, message: string): never {
  throw new UserError('BAD_INPUT', `besluit.${field}: ${message}`);
}

/** The rules zod cannot check alone: they depend on the outcome, the instruments and the target. */
function checkBesluit(e: EscalationFile, b: BesluitFile, todayIso: string): void {
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
