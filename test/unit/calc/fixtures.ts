/** Small builders for calculation tests: every field explicit, so each test states only what matters. */
import type { CaseCalc, CostLine, EscalationCalc, InterventionCalc } from '../../../shared/calc/types';

export function line(overrides: Partial<CostLine> = {}): CostLine {
  return {
    label: 'regel',
    payer: 'wmo',
    unit: 'week',
    unitCostCents: 0,
    quantity: 1,
    probabilityPct: 100,
    evidence: 'B',
    ...overrides,
  };
}

export function intervention(overrides: Partial<InterventionCalc> = {}): InterventionCalc {
  return {
    spoor: 'wonen',
    type: 'woonbegeleiding',
    status: 'ingezet',
    oneOffCents: 0,
    rateCents: 0,
    quantity: 0,
    payer: 'wmo',
    voorliggendVeld: false,
    doorbraak: false,
    ...overrides,
  };
}

export function escalation(overrides: Partial<EscalationCalc> = {}): EscalationCalc {
  return { target: 'prio', status: 'ingediend', submittedOn: '2024-04-02', ...overrides };
}

export function makeCase(overrides: Partial<CaseCalc> = {}): CaseCalc {
  return {
    code: 'BLO-2024-001',
    wijk: 'Bloemhof',
    isSignaal: false,
    status: 'in_uitvoering',
    registeredOn: '2024-02-01',
    referenceDate: '2024-03-01',
    planOn: null,
    horizonWeeks: 52,
    attributionPct: 100,
    sporen: [],
    calculationStatus: 'concept',
    tafels: [],
    discussedOn: [],
    reference: [],
    actual: [],
    interventions: [],
    escalations: [],
    arrangements: [],
    scores: [],
    ...overrides,
  };
}
