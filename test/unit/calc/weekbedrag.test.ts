import { describe, expect, it } from 'vitest';
import { ruleInForce, type Rule } from '../../../shared/calc/beleidsregels';
import { approvalFor, buildRegister, checkArrangements } from '../../../shared/calc/weekbedrag';
import type { ArrangementCalc, BesluitCalc, EscalationCalc } from '../../../shared/calc/types';
import { makeCase } from './fixtures';

const rules: Rule[] = [
  { id: 'jeugd-2024', kind: 'jeugd_weekbedrag_plafond', valueCents: 400000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
  { id: 'wmo-2024', kind: 'wmo_extramuraal_weekbedrag_plafond', valueCents: 80000, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
  { id: 'opslag', kind: 'onderaannemer_opslag_verboden', valueCents: null, effectiveFrom: '2024-01-01', effectiveTo: null, source: 'seed' },
];

const arr = (overrides: Partial<ArrangementCalc>): ArrangementCalc => ({
  id: 'arr',
  domain: 'jeugd',
  setting: 'extramuraal',
  provider: 'Zorgaanbieder',
  weeklyCents: 0,
  from: '2024-04-01',
  weeks: 1,
  ...overrides,
});

const request = (arrangementId: string, status: EscalationCalc['status'], besluit?: BesluitCalc): EscalationCalc => ({
  target: 'jeugd_weekbedrag',
  arrangementId,
  status,
  submittedOn: '2024-03-20',
  ...(besluit === undefined ? {} : { besluit }),
});

const granted = (approvedWeeklyCents: number, reviewOn: string, outcome: BesluitCalc['outcome'] = 'toegekend'): BesluitCalc => ({
  outcome,
  instruments: [],
  decidedOn: '2024-03-28',
  approvedWeeklyCents,
  reviewOn,
});

const today = '2024-06-01';

describe('§2.4 beleidsregels with effective dates', () => {
  const history: Rule[] = [
    { id: 'old', kind: 'jeugd_weekbedrag_plafond', valueCents: 350000, effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31', source: '' },
    ...rules,
  ];

  it('picks the rule whose period contains the date (bounds inclusive), or null', () => {
    expect(ruleInForce(history, 'jeugd_weekbedrag_plafond', '2023-12-31')?.id).toBe('old');
    expect(ruleInForce(history, 'jeugd_weekbedrag_plafond', '2024-01-01')?.id).toBe('jeugd-2024');
    expect(ruleInForce(history, 'jeugd_weekbedrag_plafond', '2022-12-31')).toBeNull();
  });

  it('lets a newer overlapping rule supersede an open-ended older one', () => {
    const newer: Rule = { ...rules[0]!, id: 'jeugd-2026', valueCents: 450000, effectiveFrom: '2026-01-01' };
    expect(ruleInForce([...rules, newer], 'jeugd_weekbedrag_plafond', '2026-03-01')?.valueCents).toBe(450000);
    expect(ruleInForce([...rules, newer], 'jeugd_weekbedrag_plafond', '2025-12-31')?.valueCents).toBe(400000);
  });
});

describe('§3.5 weekbedrag flags', () => {
  const flagsOf = (a: ArrangementCalc, escalations: EscalationCalc[] = [], onDay = today) =>
    checkArrangements('BLO-2024-001', [a], escalations, rules, onDay)[0]?.flags;

  it('flags a jeugd arrangement above the cap without a granting besluit', () => {
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }))).toEqual(['jeugd_boven_plafond_zonder_besluit']);
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }), [request('a', 'in_behandeling')])).toEqual(['jeugd_boven_plafond_zonder_besluit']);
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }), [request('a', 'afgerond', granted(520000, '2024-09-01', 'afgewezen'))])).toEqual([
      'jeugd_boven_plafond_zonder_besluit',
    ]);
  });

  it('does not flag at or below the cap, with a toegekend besluit for this arrangement, or before the cap took effect', () => {
    expect(flagsOf(arr({ id: 'a', weeklyCents: 400000 }))).toEqual([]);
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }), [request('a', 'afgerond', granted(520000, '2024-09-01'))])).toEqual([]);
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000, from: '2023-12-31' }))).toEqual([]);
  });

  it('ignores a besluit that belongs to another arrangement', () => {
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }), [request('b', 'afgerond', granted(520000, '2024-09-01'))])).toEqual([
      'jeugd_boven_plafond_zonder_besluit',
    ]);
  });

  it('flags an approved arrangement again when it goes above its approved maximum', () => {
    expect(flagsOf(arr({ id: 'a', weeklyCents: 610000 }), [request('a', 'afgerond', granted(550000, '2024-09-01', 'deels_toegekend'))])).toEqual([
      'boven_goedgekeurd_maximum',
    ]);
  });

  it('lets the most recent besluit decide: a review that refuses revokes an earlier toekenning', () => {
    const escalations = [
      request('a', 'afgerond', granted(520000, '2024-09-01')),
      request('a', 'afgerond', { outcome: 'afgewezen', instruments: [], decidedOn: '2024-09-02' }),
    ];
    expect(approvalFor('a', escalations).status).toBe('afgewezen');
    expect(flagsOf(arr({ id: 'a', weeklyCents: 520000 }), escalations)).toEqual(['jeugd_boven_plafond_zonder_besluit']);
  });

  it('flags a Wmo extramural arrangement above € 800/week, not an intramural one', () => {
    expect(flagsOf(arr({ domain: 'wmo', weeklyCents: 80001 }))).toEqual(['wmo_extramuraal_boven_plafond']);
    expect(flagsOf(arr({ domain: 'wmo', weeklyCents: 80000 }))).toEqual([]);
    expect(flagsOf(arr({ domain: 'wmo', setting: 'intramuraal', weeklyCents: 200000 }))).toEqual([]);
  });

  it('flags a subcontractor surcharge while the ban is in force', () => {
    expect(flagsOf(arr({ weeklyCents: 100000, subcontractorSurchargePct: 5 }))).toEqual(['onderaannemer_opslag']);
    expect(flagsOf(arr({ weeklyCents: 100000, subcontractorSurchargePct: 0 }))).toEqual([]);
    expect(flagsOf(arr({ weeklyCents: 100000, subcontractorSurchargePct: 5 }), [], '2023-06-01')).toEqual([]);
  });
});

describe('§3.5 jeugd hoog-weekbedrag register', () => {
  /*
   * R1 arr-1 jeugd 520 000/wk × 12 wk, toegekend (max 520 000), review 2024-06-28
   *        meerkosten (520 000 − 400 000) × 12 = 1 440 000; review in 27 days → due soon
   *    arr-2 jeugd 450 000/wk × 2.5 wk, no request: (450 000 − 400 000) × 2.5 = 125 000
   *    arr-3 jeugd 300 000/wk: below cap, not in the register
   * R2 arr-4 jeugd 610 000/wk × 10 wk, deels_toegekend max 550 000, review 2024-07-15 (44 days, not soon)
   *        meerkosten 210 000 × 10 = 2 100 000; above its approved maximum
   *    arr-5 jeugd 400 001/wk × 1 wk, request ingediend → aangevraagd, meerkosten 1
   *    arr-6 wmo extramuraal 85 000/wk → Wmo list; arr-7 wmo intramuraal 200 000 → nowhere
   * total meerkosten = 1 440 000 + 125 000 + 2 100 000 + 1 = 3 665 001
   */
  const cases = [
    makeCase({
      code: 'SCH-2024-002',
      arrangements: [
        arr({ id: 'arr-4', weeklyCents: 610000, weeks: 10 }),
        arr({ id: 'arr-5', weeklyCents: 400001, weeks: 1 }),
        arr({ id: 'arr-6', domain: 'wmo', weeklyCents: 85000 }),
        arr({ id: 'arr-7', domain: 'wmo', setting: 'intramuraal', weeklyCents: 200000 }),
      ],
      escalations: [request('arr-4', 'besluit', granted(550000, '2024-07-15', 'deels_toegekend')), request('arr-5', 'ingediend')],
    }),
    makeCase({
      code: 'BLO-2024-001',
      arrangements: [
        arr({ id: 'arr-1', weeklyCents: 520000, weeks: 12 }),
        arr({ id: 'arr-2', weeklyCents: 450000, weeks: 2.5 }),
        arr({ id: 'arr-3', weeklyCents: 300000, weeks: 52 }),
      ],
      escalations: [request('arr-1', 'afgerond', granted(520000, '2024-06-28'))],
    }),
  ];
  const register = buildRegister(cases, rules, today);

  it('lists every jeugd arrangement above its cap with meerkostenBovenPlafond = (weekly − cap) × weeks', () => {
    expect(register.rows.map((r) => [r.caseCode, r.arrangementId, r.meerkostenBovenPlafond, r.approvalStatus])).toEqual([
      ['BLO-2024-001', 'arr-1', 1_440_000, 'toegekend'],
      ['BLO-2024-001', 'arr-2', 125_000, 'geen_aanvraag'],
      ['SCH-2024-002', 'arr-4', 2_100_000, 'deels_toegekend'],
      ['SCH-2024-002', 'arr-5', 1, 'aangevraagd'],
    ]);
    expect(register.totalMeerkostenBovenPlafond).toBe(3_665_001);
  });

  it('shows the approved maximum, the review date and whether the review falls within 4 weeks', () => {
    const [r1, r2, r4, r5] = register.rows;
    expect(r1).toMatchObject({ capCents: 400000, approvedWeeklyCents: 520000, reviewOn: '2024-06-28', reviewDueSoon: true, flags: [] });
    expect(r2).toMatchObject({ approvedWeeklyCents: null, reviewOn: null, reviewDueSoon: false, flags: ['jeugd_boven_plafond_zonder_besluit'] });
    expect(r4).toMatchObject({ approvedWeeklyCents: 550000, reviewOn: '2024-07-15', reviewDueSoon: false, flags: ['boven_goedgekeurd_maximum'] });
    expect(r5).toMatchObject({ reviewDueSoon: false, flags: ['jeugd_boven_plafond_zonder_besluit'] });
  });

  it('counts a review as due soon from today up to and including 28 days ahead, not once past', () => {
    const dueSoon = (reviewOn: string): boolean | undefined =>
      buildRegister(
        [makeCase({ arrangements: [arr({ id: 'x', weeklyCents: 500000 })], escalations: [request('x', 'afgerond', granted(500000, reviewOn))] })],
        rules,
        today,
      ).rows[0]?.reviewDueSoon;
    expect(dueSoon('2024-06-01')).toBe(true); // today
    expect(dueSoon('2024-06-29')).toBe(true); // + 28 days
    expect(dueSoon('2024-06-30')).toBe(false); // + 29 days
    expect(dueSoon('2024-05-31')).toBe(false); // already past
  });

  it('lists Wmo extramural arrangements above their cap separately', () => {
    expect(register.wmoExtramuraalBovenPlafond).toEqual([
      { caseCode: 'SCH-2024-002', arrangementId: 'arr-6', provider: 'Zorgaanbieder', weeklyCents: 85000, capCents: 80000 },
    ]);
  });
});
