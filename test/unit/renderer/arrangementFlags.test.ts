import { describe, expect, it } from 'vitest';
import { approvalStatusOf, flagNotices, nextArrangementId } from '../../../renderer/src/features/caseDetail/arrangementFlags';
import type { Rule } from '../../../shared/calc/beleidsregels';
import type { CaseFile, EscalationFile } from '../../../shared/interchange';
import { identifier } from '../../../shared/interchange/primitives';

type Arrangement = CaseFile['arrangements'][number];

/**
 * §3.5 arrangements:save upserts by id, so a new arrangement's id must never be one the case holds
 * (it would replace that arrangement instead of adding one).
 */
describe('a new arrangement gets the next free arr-N of its case', () => {
  it('is arr-1 in a case without arrangements, and one past the highest arr-N otherwise', () => {
    expect(nextArrangementId([])).toBe('arr-1');
    expect(nextArrangementId([{ id: 'arr-1' }, { id: 'arr-2' }])).toBe('arr-3');
    // After arr-2 was removed, arr-3 stays arr-3: the new one is arr-4, never a taken id.
    expect(nextArrangementId([{ id: 'arr-1' }, { id: 'arr-3' }])).toBe('arr-4');
  });

  it('ignores ids of another form (an import may bring any identifier) and stays a valid identifier', () => {
    expect(nextArrangementId([{ id: 'jz-2024-7' }, { id: 'arr-x' }, { id: 'arr-12' }])).toBe('arr-13');
    expect(identifier.safeParse(nextArrangementId([{ id: 'arr-99' }])).success).toBe(true);
  });
});

const rules: Rule[] = [
  { id: 'j-2024', kind: 'jeugd_weekbedrag_plafond', valueCents: 400000, effectiveFrom: '2024-01-01', effectiveTo: '2025-12-31', source: 's' },
  { id: 'j-2026', kind: 'jeugd_weekbedrag_plafond', valueCents: 450000, effectiveFrom: '2026-01-01', effectiveTo: null, source: 's' },
  { id: 'w-2024', kind: 'wmo_extramuraal_weekbedrag_plafond', valueCents: 80000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 's' },
  { id: 'o-2024', kind: 'onderaannemer_opslag_verboden', valueCents: null, effectiveFrom: '2024-01-01', effectiveTo: null, source: 's' },
];
const jeugd: Arrangement = { id: 'arr-1', domain: 'jeugd', setting: 'semimuraal', provider: 'P', weeklyCents: 420000, from: '2025-11-03', weeks: 4 };
const request = (besluit?: EscalationFile['besluit']): EscalationFile => ({ target: 'jeugd_weekbedrag', status: besluit ? 'afgerond' : 'ingediend', arrangementId: 'arr-1', ...(besluit ? { besluit } : {}) });

describe('§3.5 the flags as you type, with the amount each is above', () => {
  it('takes the cap in force at the arrangement’s start: a higher cap from a later date does not clear it', () => {
    expect(flagNotices('C', jeugd, [], rules, '2026-02-01')).toEqual([{ flag: 'jeugd_boven_plafond_zonder_besluit', limitCents: 400000 }]);
    expect(flagNotices('C', { ...jeugd, from: '2026-01-05' }, [], rules, '2026-02-01')).toEqual([]);
  });

  it('a request still pending leaves the flag; a granted besluit clears it, and above its maximum flags that maximum', () => {
    expect(flagNotices('C', jeugd, [request()], rules, '2026-02-01').map((n) => n.flag)).toEqual(['jeugd_boven_plafond_zonder_besluit']);
    const granted = request({ outcome: 'deels_toegekend', decidedOn: '2025-11-10', approvedWeeklyCents: 410000 });
    expect(flagNotices('C', jeugd, [granted], rules, '2026-02-01')).toEqual([{ flag: 'boven_goedgekeurd_maximum', limitCents: 410000 }]);
    expect(flagNotices('C', { ...jeugd, weeklyCents: 410000 }, [granted], rules, '2026-02-01')).toEqual([]);
  });

  it('flags Wmo extramural above its cap with that cap, and any surcharge without an amount', () => {
    const wmo: Arrangement = { ...jeugd, domain: 'wmo', setting: 'extramuraal', weeklyCents: 80001, subcontractorSurchargePct: 3 };
    expect(flagNotices('C', wmo, [], rules, '2026-02-01')).toEqual([
      { flag: 'wmo_extramuraal_boven_plafond', limitCents: 80000 },
      { flag: 'onderaannemer_opslag', limitCents: null },
    ]);
    expect(flagNotices('C', { ...wmo, setting: 'intramuraal', subcontractorSurchargePct: 0 }, [], rules, '2026-02-01')).toEqual([]);
  });

  it('gives a jeugd arrangement its approval state and a Wmo one none', () => {
    expect(approvalStatusOf(jeugd, [])).toBe('geen_aanvraag');
    expect(approvalStatusOf(jeugd, [request()])).toBe('aangevraagd');
    expect(approvalStatusOf(jeugd, [request({ outcome: 'afgewezen', decidedOn: '2025-11-10' })])).toBe('afgewezen');
    expect(approvalStatusOf({ ...jeugd, domain: 'wmo' }, [request()])).toBeNull();
  });
});
