import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../shared/calc/monitoring';
import { escalation, intervention, makeCase } from './fixtures';

const period = { from: '2024-01-01', to: '2024-06-30', today: '2024-07-01' };

const cases = [
  makeCase({
    code: 'BLO-2024-001',
    registeredOn: '2024-01-10',
    planOn: '2024-01-20', // 10 days
    referenceDate: '2024-01-15',
    discussedOn: ['2024-01-15', '2024-02-15'],
    interventions: [
      intervention({ spoor: 'wonen', status: 'ingezet', startedOn: '2024-02-01', doorbraak: true }),
      intervention({ spoor: 'wonen', status: 'afgerond', startedOn: '2024-07-05' }), // after the period
      intervention({ spoor: 'wonen', status: 'voorgesteld', startedOn: '2024-02-01' }), // not happened
      intervention({ spoor: 'financiele_zekerheid', status: 'ingezet', voorliggendVeld: true }), // falls back to reference date
    ],
    escalations: [
      escalation({ target: 'prio', status: 'in_behandeling', submittedOn: '2024-06-01', deadlineOn: '2024-06-14' }), // overdue
      escalation({
        target: 'prio',
        status: 'afgerond',
        submittedOn: '2024-03-01',
        deadlineOn: '2024-03-15',
        besluit: { outcome: 'toegekend', instruments: [], decidedOn: '2024-03-08' }, // 7 days
      }),
      escalation({ target: 'netwerk', status: 'ingediend', submittedOn: '2024-06-28', deadlineOn: '2024-07-12' }), // not overdue
    ],
    scores: [
      { leefgebied: 'financien', intake: 1, followUp: 3 }, // +2
      { leefgebied: 'huisvesting', intake: 2, followUp: null },
    ],
  }),
  makeCase({
    code: 'BLO-2024-002',
    registeredOn: '2024-03-01',
    planOn: '2024-03-31', // 30 days
    discussedOn: ['2024-07-02'], // after the period
    scores: [{ leefgebied: 'financien', intake: 3, followUp: 3 }], // 0
  }),
  makeCase({
    code: 'BLO-2024-003',
    registeredOn: '2024-05-01',
    planOn: '2024-05-21', // 20 days
    scores: [{ leefgebied: 'financien', intake: 2, followUp: 1 }], // −1
  }),
  makeCase({ code: 'BLO-S-001', isSignaal: true, registeredOn: '2024-04-01' }),
  makeCase({ code: 'BLO-2023-050', registeredOn: '2023-12-01', planOn: '2023-12-20', scores: [{ leefgebied: 'financien', intake: 1, followUp: 5 }] }),
  makeCase({
    code: 'SCH-2024-001',
    wijk: 'Schiebroek',
    registeredOn: '2024-02-01',
    discussedOn: ['2024-02-10'],
    escalations: [escalation({ target: 'jeugd_weekbedrag', status: 'besluit', submittedOn: '2024-02-05', deadlineOn: '2024-02-26', besluit: { outcome: 'afgewezen', instruments: [], decidedOn: '2024-02-20' } })],
  }),
  makeCase({ code: 'SCH-2024-009', wijk: 'Schiebroek', registeredOn: '2024-07-01', scores: [{ leefgebied: 'financien', intake: 1, followUp: 2 }] }),
];
const knelpunten = [
  { wijk: 'Bloemhof', rule: 'kostendelersnorm', raisedOn: '2024-02-01' },
  { wijk: 'Bloemhof', rule: 'kostendelersnorm', raisedOn: '2024-03-01' },
  { wijk: 'Bloemhof', rule: 'wachtlijst beschermd wonen', raisedOn: '2023-11-01' }, // before the period
  { wijk: 'Schiebroek', rule: 'wachtlijst beschermd wonen', raisedOn: '2024-05-01' },
];

describe('§3.6 monitoring indicators per wijk and period', () => {
  const result = computeIndicators(cases, knelpunten, period);
  const blo = result.perWijk.Bloemhof!;
  const sch = result.perWijk.Schiebroek!;

  it('counts aanmeldingen (not signalen) and signalen registered in the period', () => {
    expect(blo.aanmeldingen).toBe(3);
    expect(blo.signalen).toBe(1);
    expect(sch.aanmeldingen).toBe(1); // SCH-2024-009 registered after the period
  });

  it('counts a case as discussed when one of its discussion dates falls in the period', () => {
    expect(blo.casesDiscussed).toBe(1);
    expect(sch.casesDiscussed).toBe(1);
  });

  it('counts interventions that happened in the period per spoor, with doorbraken and referrals to voorliggend veld', () => {
    expect(blo.interventionsPerSpoor).toEqual({ samenredzaamheid: 0, wonen: 1, werk_dagbesteding: 0, financiele_zekerheid: 1 });
    expect(blo.doorbraken).toBe(1);
    expect(blo.voorliggendVeld).toBe(1);
  });

  it('counts escalations submitted in the period by target and outcome, and open ones past their deadline', () => {
    expect(blo.escalations.byTarget).toEqual({ netwerk: 1, prio: 2, wijk_mt: 0, jeugd_weekbedrag: 0, overig: 0 });
    expect(blo.escalations.byOutcome).toEqual({ toegekend: 1, deels_toegekend: 0, afgewezen: 0, open: 2 });
    expect(blo.escalations.overdue).toBe(1);
    expect(sch.escalations.byOutcome.afgewezen).toBe(1);
    expect(sch.escalations.overdue).toBe(0); // decided, so no longer waiting
  });

  it('gives the median lead times aanmelding → plan and escalation → besluit', () => {
    expect(blo.medianDaysToPlan).toBe(20); // 10, 20, 30 (the 2023 plan is outside the period)
    expect(blo.medianDaysToBesluit).toBe(7);
    expect(sch.medianDaysToPlan).toBeNull();
    expect(result.totaal.medianDaysToBesluit).toBe(11); // 7 and 15 → 11
  });

  it('averages follow-up − intake per leefgebied where both scores exist, with 2 decimals and n', () => {
    // Bloemhof, registered by the end of the period: +2, 0, −1, +4 → 5 / 4 = 1.25
    expect(blo.scoreChange.financien).toEqual({ averageChange: 1.25, n: 4 });
    expect(blo.scoreChange.huisvesting).toEqual({ averageChange: null, n: 0 });
    expect(sch.scoreChange.financien).toEqual({ averageChange: null, n: 0 });
  });

  it('counts knelpunten raised in the period per rule', () => {
    expect(blo.knelpuntenPerRule).toEqual({ kostendelersnorm: 2 });
    expect(sch.knelpuntenPerRule).toEqual({ 'wachtlijst beschermd wonen': 1 });
    expect(result.totaal.knelpuntenPerRule).toEqual({ kostendelersnorm: 2, 'wachtlijst beschermd wonen': 1 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeIndicators(cases, knelpunten, { ...period, from: '2024-07-01', to: '2024-06-30' })).toThrow(RangeError);
  });
});
