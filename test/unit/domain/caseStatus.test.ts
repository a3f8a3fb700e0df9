import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/enums';
import { CASE_TRANSITIONS, FINAL_CASE_STATUSES, canTransition, checkCaseTransition } from '../../../shared/domain/caseStatus';

/** The whitelist written out once more by hand, so a change to the table must be deliberate. */
const EXPECTED: Record<CaseStatus, CaseStatus[]> = {
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

describe('§2.1 case status state machine', () => {
  it('walks the main line aangemeld → geagendeerd → in behandeling → plan vastgesteld → in uitvoering → afgesloten', () => {
    const line: CaseStatus[] = ['aangemeld', 'geagendeerd', 'in_behandeling', 'plan_vastgesteld', 'in_uitvoering', 'afgesloten'];
    for (let i = 1; i < line.length; i += 1) expect(canTransition(line[i - 1]!, line[i]!)).toBe(true);
  });

  it('allows exactly the whitelisted transitions and refuses every other pair', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        expect(canTransition(from, to), `${from} → ${to}`).toBe(EXPECTED[from].includes(to));
      }
    }
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('lets vastgelopen and geescaleerd return to in behandeling or in uitvoering', () => {
    for (const detour of ['vastgelopen', 'geescaleerd'] as const) {
      expect(canTransition(detour, 'in_behandeling')).toBe(true);
      expect(canTransition(detour, 'in_uitvoering')).toBe(true);
      expect(canTransition(detour, 'afgesloten')).toBe(false);
    }
    expect(canTransition('plan_vastgesteld', 'vastgelopen')).toBe(false);
  });

  it('allows ingetrokken from every non-final state; afgesloten and ingetrokken are final', () => {
    expect([...FINAL_CASE_STATUSES].sort()).toEqual(['afgesloten', 'ingetrokken']);
    for (const from of CASE_STATUSES) {
      if (!FINAL_CASE_STATUSES.includes(from)) expect(canTransition(from, 'ingetrokken')).toBe(true);
    }
  });

  it('refuses an illegal transition with a Dutch message naming the allowed next states', () => {
    expect(checkCaseTransition('aangemeld', 'afgesloten')).toEqual({
      ok: false,
      message: "Een casus met status 'aangemeld' kan niet direct naar 'afgesloten'. Toegestaan vanuit 'aangemeld': geagendeerd, ingetrokken.",
    });
    expect(checkCaseTransition('in_behandeling', 'in_uitvoering')).toEqual({
      ok: false,
      message:
        "Een casus met status 'in behandeling' kan niet direct naar 'in uitvoering'. Toegestaan vanuit 'in behandeling': plan vastgesteld, vastgelopen, geëscaleerd, ingetrokken.",
    });
    expect(checkCaseTransition('geagendeerd', 'in_behandeling')).toEqual({ ok: true });
  });

  it('explains a final state and a transition to the same state', () => {
    expect(checkCaseTransition('afgesloten', 'in_uitvoering')).toEqual({
      ok: false,
      message: "Een casus met status 'afgesloten' is definitief en kan niet meer naar 'in uitvoering'.",
    });
    expect(checkCaseTransition('aangemeld', 'aangemeld')).toEqual({ ok: false, message: "De casus heeft al status 'aangemeld'." });
  });
});
