/**
 * §2.3 the escalation status state machine (whitelisted). teruggelegd means "sent back for more
 * information": the aanmelder completes the dossier in concept and submits again.
 */
import { ESCALATION_STATUSES, type EscalationStatus } from './enums';
import type { TransitionCheck } from './caseStatus';

export const ESCALATION_STATUS_LABELS: Readonly<Record<EscalationStatus, string>> = {
  concept: 'concept',
  ingediend: 'ingediend',
  in_behandeling: 'in behandeling',
  besluit: 'besluit',
  afgerond: 'afgerond',
  teruggelegd: 'teruggelegd',
  ingetrokken: 'ingetrokken',
};

const ESCALATION_TRANSITIONS: Readonly<Record<EscalationStatus, readonly EscalationStatus[]>> = {
  concept: ['ingediend', 'ingetrokken'],
  ingediend: ['in_behandeling', 'teruggelegd', 'ingetrokken'],
  in_behandeling: ['besluit', 'teruggelegd', 'ingetrokken'],
  besluit: ['afgerond', 'ingetrokken'],
  teruggelegd: ['concept', 'ingetrokken'],
  afgerond: [],
  ingetrokken: [],
};

export const FINAL_ESCALATION_STATUSES: readonly EscalationStatus[] = ESCALATION_STATUSES.filter(
  (s) => ESCALATION_TRANSITIONS[s].length === 0,
);

/** An escalation is open (the case is geescaleerd) until it is afgerond or ingetrokken. */
export function isEscalationOpen(status: EscalationStatus): boolean {
  return ESCALATION_TRANSITIONS[status].length > 0;
}

export function canTransitionEscalation(from: EscalationStatus, to: EscalationStatus): boolean {
  return ESCALATION_TRANSITIONS[from].includes(to);
}

export function checkEscalationTransition(from: EscalationStatus, to: EscalationStatus): TransitionCheck {
  if (canTransitionEscalation(from, to)) return { ok: true };
  const f = ESCALATION_STATUS_LABELS[from];
  const t = ESCALATION_STATUS_LABELS[to];
  if (from === to) return { ok: false, message: `De escalatie heeft al status '${f}'.` };
  const allowed = ESCALATION_TRANSITIONS[from];
  if (allowed.length === 0) {
    return { ok: false, message: `Een escalatie met status '${f}' is definitief en kan niet meer naar '${t}'.` };
  }
  return {
    ok: false,
    message: `Een escalatie met status '${f}' kan niet direct naar '${t}'. Toegestaan vanuit '${f}': ${allowed.map((s) => ESCALATION_STATUS_LABELS[s]).join(', ')}.`,
  };
}
