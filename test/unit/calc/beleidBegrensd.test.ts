import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../shared/calc/beleidsregels';
import { begrensdDoorBeleid, policyCappedLine } from '../../../shared/calc/beleidBegrensd';
import { computeBusinesscase } from '../../../shared/calc/businesscase';
import { computeCaseRendement } from '../../../shared/calc/rendement';
import { escalation, line, makeCase } from './fixtures';

const rules: Rule[] = [
  { id: 'jeugd', kind: 'jeugd_weekbedrag_plafond', valueCents: 400000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'maatregel 4' },
  { id: 'wmo', kind: 'wmo_extramuraal_weekbedrag_plafond', valueCents: 80000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'maatregel 17' },
  { id: 'opslag', kind: 'onderaannemer_opslag_verboden', valueCents: null, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'maatregel 7' },
];
const on = '2024-03-01';
const capped = (l: Parameters<typeof line>[0], date = on, approved: number | null = null) => policyCappedLine(line(l), rules, date, approved);

describe('issue #14 item 4: a reference line for care an active beleidsregel caps is flagged, with the part above the cap', () => {
  it('jeugd € 5.200 per week × 10 weeks: (5.200 − 4.000) × 10 = € 12.000 already capped by measure 4', () => {
    expect(capped({ payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10 })).toEqual({
      rule: 'jeugd_weekbedrag_plafond',
      capCents: 400000,
      weeklyCents: 520000,
      begrensdCents: 1200000,
    });
  });

  it('jeugd € 600 per day (€ 4.200 per week) × 14 days at 50 %: € 200 above the cap per week × 2 weeks × 50 % = € 200', () => {
    expect(capped({ payer: 'jeugd', unit: 'dag', unitCostCents: 60000, quantity: 14, probabilityPct: 50 })).toMatchObject({ weeklyCents: 420000, begrensdCents: 20000 });
  });

  it('Wmo extramuraal € 950 per week × 3 weeks: (950 − 800) × 3 = € 450 already capped by measure 17', () => {
    expect(capped({ payer: 'wmo', setting: 'extramuraal', unit: 'week', unitCostCents: 95000, quantity: 3 })).toEqual({
      rule: 'wmo_extramuraal_weekbedrag_plafond',
      capCents: 80000,
      weeklyCents: 95000,
      begrensdCents: 45000,
    });
  });

  it('is not flagged: Wmo without setting or intramuraal (beschermd wonen), a weekbedrag exactly at the cap, a unit without weekbedrag, a date before the rule, another payer', () => {
    expect(capped({ payer: 'wmo', unit: 'week', unitCostCents: 150000, quantity: 26 })).toBeNull();
    expect(capped({ payer: 'wmo', setting: 'intramuraal', unit: 'week', unitCostCents: 150000, quantity: 26 })).toBeNull();
    expect(capped({ payer: 'jeugd', unit: 'week', unitCostCents: 400000, quantity: 10 })).toBeNull();
    expect(capped({ payer: 'jeugd', unit: 'maand', unitCostCents: 2000000, quantity: 3 })).toBeNull();
    expect(capped({ payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10 }, '2023-12-31')).toBeNull();
    expect(capped({ payer: 'wlz', setting: 'extramuraal', unit: 'week', unitCostCents: 520000, quantity: 10 })).toBeNull();
  });

  it('rounds once, half away from zero: € 571,43 per day is € 4.000,01 per week; 1 day → 1/7 cent → € 0,00; 5 days → 5/7 cent → € 0,01', () => {
    expect(capped({ payer: 'jeugd', unit: 'dag', unitCostCents: 57143, quantity: 1 })).toMatchObject({ weeklyCents: 400001, begrensdCents: 0 });
    expect(capped({ payer: 'jeugd', unit: 'dag', unitCostCents: 57143, quantity: 5 })).toMatchObject({ begrensdCents: 1 });
  });

  it('a granted hoog-weekbedrag approval of € 5.000 raises the jeugd cap: (5.200 − 5.000) × 10 = € 2.000; an approval below the cap changes nothing', () => {
    expect(capped({ payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10 }, on, 500000)).toMatchObject({ capCents: 500000, begrensdCents: 200000 });
    expect(capped({ payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10 }, on, 300000)).toMatchObject({ capCents: 400000, begrensdCents: 1200000 });
  });
});

describe('issue #14 item 4: the businesscase counts "waarvan al begrensd door beleid" beside the saving, never taking it off', () => {
  const jeugdCase = makeCase({
    code: 'BLO-2024-001',
    referenceDate: '2024-03-01',
    reference: [
      line({ payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10 }), // € 52.000, of which € 12.000 capped
      line({ payer: 'wmo', unit: 'week', unitCostCents: 150000, quantity: 2 }), // € 3.000, intramural: not capped
    ],
    actual: [line({ payer: 'jeugd', unit: 'week', unitCostCents: 300000, quantity: 10 })], // € 30.000
  });
  const wmoCase = makeCase({
    code: 'SCH-2024-001',
    wijk: 'Schiebroek',
    referenceDate: '2024-05-14',
    reference: [line({ payer: 'wmo', setting: 'extramuraal', unit: 'week', unitCostCents: 95000, quantity: 3 })], // € 2.850, of which € 450 capped
  });

  it('per case: BLO € 12.000 of a saving of € 25.000; SCH € 450 of € 2.850; without rules 0', () => {
    expect(computeCaseRendement(jeugdCase, rules)).toMatchObject({ vermedenKosten: 2500000, begrensdDoorBeleid: 1200000 });
    expect(computeCaseRendement(wmoCase, rules)).toMatchObject({ vermedenKosten: 285000, begrensdDoorBeleid: 45000 });
    expect(computeCaseRendement(jeugdCase).begrensdDoorBeleid).toBe(0);
  });

  it('a granted approval on the case raises its jeugd cap (€ 2.000 left above € 5.000); an afgewezen besluit does not', () => {
    const approved = (outcome: 'toegekend' | 'afgewezen') =>
      begrensdDoorBeleid(
        { ...jeugdCase, escalations: [escalation({ target: 'jeugd_weekbedrag', status: 'afgerond', besluit: { outcome, instruments: [], decidedOn: '2024-03-20', ...(outcome === 'toegekend' ? { approvedWeeklyCents: 500000 } : {}) } })] },
        jeugdCase.reference,
        rules,
      );
    expect([approved('toegekend'), approved('afgewezen')]).toEqual([200000, 1200000]);
  });

  it('in total, per wijk and for vastgesteld: € 12.450 beside vermedenKosten € 27.850, which stays whole', () => {
    const bc = computeBusinesscase([jeugdCase, { ...wmoCase, calculationStatus: 'vastgesteld' }], { year: 2024, bookedEffectCents: {}, rules });
    expect([bc.vermedenKosten, bc.begrensdDoorBeleid]).toEqual([2785000, 1245000]);
    expect([bc.perWijk.Bloemhof?.begrensdDoorBeleid, bc.perWijk.Schiebroek?.begrensdDoorBeleid]).toEqual([1200000, 45000]);
    expect(bc.vastgesteld.begrensdDoorBeleid).toBe(45000);
    expect(bc.cases.map((c) => [c.code, c.begrensdDoorBeleid])).toEqual([
      ['BLO-2024-001', 1200000],
      ['SCH-2024-001', 45000],
    ]);
  });
});
