import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../shared/calc/beleidsregels';
import { costAboveCap, isAboveWeeklyCap, surchargeCents, weeklyFromFourWeekly } from '../../../shared/calc/fourWeekly';
import type { ArrangementCalc } from '../../../shared/calc/types';
import { buildRegister, checkArrangements } from '../../../shared/calc/weekbedrag';
import { makeCase } from './fixtures';

const rules: Rule[] = [
  { id: 'jeugd-2024', kind: 'jeugd_weekbedrag_plafond', valueCents: 400000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
  { id: 'wmo-2024', kind: 'wmo_extramuraal_weekbedrag_plafond', valueCents: 80000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
  { id: 'opslag', kind: 'onderaannemer_opslag_verboden', valueCents: null, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
];
const arr = (overrides: Partial<ArrangementCalc>): ArrangementCalc => ({
  id: 'arr-1',
  domain: 'jeugd',
  setting: 'extramuraal',
  provider: 'Zorgaanbieder',
  weeklyCents: 0,
  from: '2024-04-01',
  weeks: 1,
  ...overrides,
});

describe('Issue #14 item 9: an amount per four weeks converts to the weekbedrag as a quarter, rounded half away from zero', () => {
  it('€ 3.800,00 → € 950,00; € 3.800,02 → € 950,005 → € 950,01; € 3.800,01 → € 950,0025 → € 950,00; 3 cent → 1 cent (0,75)', () => {
    expect(weeklyFromFourWeekly(380000)).toBe(95000);
    expect(weeklyFromFourWeekly(380002)).toBe(95001);
    expect(weeklyFromFourWeekly(380001)).toBe(95000);
    expect(weeklyFromFourWeekly(3)).toBe(1);
  });
});

describe('§3.5 the caps read a four-weekly amount exactly (4 × cap), never its rounded weekbedrag', () => {
  it('€ 16.000,01 per four weeks is above the jeugd cap of € 4.000 per week, though its rounded weekbedrag is € 4.000,00', () => {
    const a = arr({ fourWeeklyCents: 1600001, weeklyCents: weeklyFromFourWeekly(1600001) });
    expect(a.weeklyCents).toBe(400000);
    expect(isAboveWeeklyCap(a, 400000)).toBe(true);
    expect(checkArrangements('BLO-2024-001', [a], [], rules, '2024-05-01')[0]?.flags).toEqual(['jeugd_boven_plafond_zonder_besluit']);
  });

  it('€ 16.000,00 per four weeks is exactly the cap: not above it', () => {
    expect(isAboveWeeklyCap(arr({ fourWeeklyCents: 1600000, weeklyCents: 400000 }), 400000)).toBe(false);
  });

  it('the register\'s meerkosten of a four-weekly arrangement: (€ 20.800,00 − 4 × € 4.000) × 10 weeks / 4 = € 12.000,00; 2,5 weeks of € 16.000,02: 0,02 × 2,5 / 4 → 1 cent', () => {
    expect(costAboveCap({ weeklyCents: 520000, fourWeeklyCents: 2080000 }, 400000, 10)).toBe(1200000);
    expect(costAboveCap({ weeklyCents: 400001, fourWeeklyCents: 1600002 }, 400000, 2.5)).toBe(1);
    const c = makeCase({ code: 'BLO-2024-001', arrangements: [arr({ fourWeeklyCents: 2080000, weeklyCents: 520000, weeks: 10 })] });
    const reg = buildRegister([c], rules, '2024-05-01');
    expect(reg.rows.map((r) => r.meerkostenBovenPlafond)).toEqual([1200000]);
    expect(reg.totalMeerkostenBovenPlafond).toBe(1200000);
  });
});

describe('§3.5 the subcontractor surcharge is computed as an amount: weekbedrag × weeks × pct / 100, one rounding', () => {
  it('7 % on € 5.200,00 a week for 12 weeks is € 4.368,00; on € 20.800,00 per four weeks for 12 weeks the same; 6,5 % on € 950,05 × 3 weeks = € 185,259… → € 185,26', () => {
    expect(surchargeCents({ weeklyCents: 520000, weeks: 12, subcontractorSurchargePct: 7 })).toBe(436800);
    expect(surchargeCents({ weeklyCents: 520000, fourWeeklyCents: 2080000, weeks: 12, subcontractorSurchargePct: 7 })).toBe(436800);
    expect(surchargeCents({ weeklyCents: 95005, weeks: 3, subcontractorSurchargePct: 6.5 })).toBe(18526);
  });

  it('no surcharge, or 0 %, is € 0,00', () => {
    expect(surchargeCents({ weeklyCents: 520000, weeks: 12 })).toBe(0);
    expect(surchargeCents({ weeklyCents: 520000, weeks: 12, subcontractorSurchargePct: 0 })).toBe(0);
  });

  it('the register row of a jeugd arrangement above the cap carries the surcharge amount beside its flag', () => {
    const c = makeCase({ code: 'BLO-2024-001', arrangements: [arr({ weeklyCents: 520000, weeks: 12, subcontractorSurchargePct: 7 })] });
    const [row] = buildRegister([c], rules, '2024-05-01').rows;
    expect(row?.surchargeCents).toBe(436800);
    expect(row?.flags).toEqual(['jeugd_boven_plafond_zonder_besluit', 'onderaannemer_opslag']);
  });
});
