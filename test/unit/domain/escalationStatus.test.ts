import { describe, expect, it } from 'vitest';
import { ESCALATION_STATUSES, type EscalationStatus } from '../../../shared/domain/enums';
import {
  FINAL_ESCALATION_STATUSES,
  canTransitionEscalation,
  checkEscalationTransition,
  isEscalationOpen,
} from '../../../shared/domain/escalationStatus';

const EXPECTED: Record<EscalationStatus, EscalationStatus[]> = {
  concept: ['ingediend', 'ingetrokken'],
  ingediend: ['in_behandeling', 'teruggelegd', 'ingetrokken'],
  in_behandeling: ['besluit', 'teruggelegd', 'ingetrokken'],
  besluit: ['afgerond', 'ingetrokken'],
  teruggelegd: ['concept', 'ingetrokken'],
  afgerond: [],
  ingetrokken: [],
};

describe('§2.3 escalation status state machine', () => {
  it('walks concept → ingediend → in behandeling → besluit → afgerond', () => {
    const line: EscalationStatus[] = ['concept', 'ingediend', 'in_behandeling', 'besluit', 'afgerond'];
    for (let i = 1; i < line.length; i += 1) expect(canTransitionEscalation(line[i - 1]!, line[i]!)).toBe(true);
  });

  it('allows exactly the whitelisted transitions and refuses every other pair', () => {
    for (const from of ESCALATION_STATUSES) {
      for (const to of ESCALATION_STATUSES) {
        expect(canTransitionEscalation(from, to), `${from} → ${to}`).toBe(EXPECTED[from].includes(to));
      }
    }
  });

  it('sends back (teruggelegd) from ingediend or in behandeling, and teruggelegd returns to concept only', () => {
    expect(canTransitionEscalation('ingediend', 'teruggelegd')).toBe(true);
    expect(canTransitionEscalation('in_behandeling', 'teruggelegd')).toBe(true);
    expect(canTransitionEscalation('besluit', 'teruggelegd')).toBe(false);
    expect(canTransitionEscalation('teruggelegd', 'ingediend')).toBe(false);
    expect(canTransitionEscalation('teruggelegd', 'concept')).toBe(true);
  });

  it('treats afgerond and ingetrokken as final; every other state is open', () => {
    expect([...FINAL_ESCALATION_STATUSES].sort()).toEqual(['afgerond', 'ingetrokken']);
    expect(isEscalationOpen('besluit')).toBe(true);
    expect(isEscalationOpen('afgerond')).toBe(false);
  });

  it('refuses an illegal transition with a Dutch message naming the allowed next states', () => {
    expect(checkEscalationTransition('concept', 'besluit')).toEqual({
      ok: false,
      message: "Een escalatie met status 'concept' kan niet direct naar 'besluit'. Toegestaan vanuit 'concept': ingediend, ingetrokken.",
    });
    expect(checkEscalationTransition('ingetrokken', 'concept')).toEqual({
      ok: false,
      message: "Een escalatie met status 'ingetrokken' is definitief en kan niet meer naar 'concept'.",
    });
    expect(checkEscalationTransition('besluit', 'afgerond')).toEqual({ ok: true });
  });
});
