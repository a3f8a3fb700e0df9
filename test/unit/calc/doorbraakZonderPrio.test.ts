import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../shared/calc/monitoring';
import { escalation, intervention, makeCase } from './fixtures';

const period = { from: '2025-01-01', to: '2025-12-31', today: '2026-01-01' };
const doorbraak = (startedOn = '2025-03-01') => intervention({ doorbraak: true, status: 'ingezet', startedOn });

describe('§3.6 issue #14 item 6: stuck cases broken through at the tafel or netwerk without PRIO (doorbraak zonder PRIO)', () => {
  it('counts a case once when it got stuck (vastgelopen, or a submitted netwerk escalation), has a counted doorbraak in the period and never went to PRIO', () => {
    // 1: vastgelopen, two doorbraken at the tafel → counted once.
    const atTafel = makeCase({ code: 'BLO-2025-001', stuckOn: '2025-02-10', interventions: [doorbraak(), doorbraak('2025-04-01')] });
    // 2: never vastgelopen but put to the netwerk (submitted) → counted.
    const viaNetwerk = makeCase({ code: 'BLO-2025-002', escalations: [escalation({ target: 'netwerk', submittedOn: '2025-02-19' })], interventions: [doorbraak()] });
    // 3: stuck, but submitted to PRIO (even withdrawn later) → PRIO was involved: not counted.
    const withPrio = makeCase({ code: 'BLO-2025-003', stuckOn: '2025-02-10', escalations: [escalation({ target: 'prio', status: 'ingetrokken', submittedOn: '2025-02-20' })], interventions: [doorbraak()] });
    // 4: stuck, a PRIO concept that never went → not an escalation to PRIO: counted.
    const prioConcept = makeCase({ code: 'SCH-2025-001', wijk: 'Schiebroek', stuckOn: '2025-02-10', escalations: [{ target: 'prio', status: 'concept' }], interventions: [doorbraak()] });
    // 5: a doorbraak but never stuck → not counted (a doorbraak at the tafel is no stuck case).
    const neverStuck = makeCase({ code: 'SCH-2025-002', wijk: 'Schiebroek', interventions: [doorbraak()] });
    // 6: stuck, the doorbraak only voorgesteld, and 7: stuck, the doorbraak in 2024 → not counted in 2025.
    const proposed = makeCase({ code: 'SCH-2025-003', wijk: 'Schiebroek', stuckOn: '2025-02-10', interventions: [intervention({ doorbraak: true, status: 'voorgesteld', startedOn: '2025-03-01' })] });
    const lastYear = makeCase({ code: 'SCH-2024-004', wijk: 'Schiebroek', stuckOn: '2024-10-01', interventions: [doorbraak('2024-11-01')] });
    // 8: a netwerk escalation still a concept is no stuck case → not counted.
    const netwerkConcept = makeCase({ code: 'BLO-2025-004', escalations: [{ target: 'netwerk', status: 'concept' }], interventions: [doorbraak()] });

    const ind = computeIndicators([atTafel, viaNetwerk, withPrio, prioConcept, neverStuck, proposed, lastYear, netwerkConcept], [], period);
    expect(ind.perWijk.Bloemhof?.doorbraakZonderPrio).toBe(2);
    expect(ind.perWijk.Schiebroek?.doorbraakZonderPrio).toBe(1);
    expect(ind.totaal.doorbraakZonderPrio).toBe(3);
    // The doorbraken themselves are still all counted: 2 + 1 + 1 + 1 + 1 + 1 (BLO-2025-004) = 7 in 2025.
    expect(ind.totaal.doorbraken).toBe(7);
  });
});
