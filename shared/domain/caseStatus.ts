/**
 * §2.1 the case status state machine. A whitelist: anything not listed is refused, with a message
 * that says which steps are allowed, so a person knows what to do instead.
 */
import { CASE_STATUSES, type CaseStatus } from './enums';

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  aangemeld: 'aangemeld',
  geagendeerd: 'geagendeerd',
  in_behandeling: 'in behandeling',
  plan_vastgesteld: 'plan vastgesteld',
  in_uitvoering: 'in uitvoering',
  afgesloten: 'afgesloten',
  vastgelopen: 'vastgelopen',
  geescaleerd: 'geëscaleerd',
  ingetrokken: 'ingetrokken',
};

/**
 * The main line aangemeld → … → afgesloten; vastgelopen and geescaleerd are detours that return
 * to the phase they came from (in behandeling or in uitvoering), and an open escalation can also
 * start from a stuck case. ingetrokken is possible from every non-final state.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  aangemeld: ['geagendeerd', 'ingetrokken'],
  geagendeerd: ['in_behandeling', 'ingetrokken'],
  in_behandeling: ['plan_vastgesteld', 'vastgelopen', 'geescaleerd', 'ingetrokken'],
  plan_vastgesteld: ['in_uitvoering', 'ingetrokken'],
  in_uitvoering: ['afgesloten', 'vastgelopen', 'geescaleerd', 'ingetrokken'],
  vastgelopen: ['in_behandeling', 'in_uitvoering', 'geescaleerd', 'ingetrokken'],
  geescaleerd: ['in_behandeling', 'in_uitvoering', 'ingetrokken'],
  afgesloten: [],
  ingetrokken: [],
};

export const FINAL_CASE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => CASE_TRANSITIONS[s].length === 0);

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkCaseTransition(from: CaseStatus, to: CaseStatus): TransitionCheck {
  if (canTransition(from, to)) return { ok: true };
  const f = CASE_STATUS_LABELS[from];
  const t = CASE_STATUS_LABELS[to];
  if (from === to) return { ok: false, message: `De casus heeft al status '${f}'.` };
  const allowed = CASE_TRANSITIONS[from];
  if (allowed.length === 0) {
    return { ok: false, message: `Een casus met status '${f}' is definitief en kan niet meer naar '${t}'.` };
  }
  return {
    ok: false,
    message: `Een casus met status '${f}' kan niet direct naar '${t}'. Toegestaan vanuit '${f}': ${allowed.map((s) => CASE_STATUS_LABELS[s]).join(', ')}.`,
  };
}
