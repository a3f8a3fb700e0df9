import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVENTION_STATUSES, PAYERS, SPOREN } from '../../../shared/domain/enums';
import { DEFAULT_BOOKED_EFFECT_MEASURE_19 } from '../../../shared/calc/bookedEffect';
import { computeBusinesscase } from '../../../shared/calc/businesscase';
import type { CaseCalc } from '../../../shared/calc/types';
import { escalation, intervention, line, makeCase } from './fixtures';

/*
 * Four cases in two wijken count for 2024; three others do not.
 *  C1 BLO-2024-001 Bloemhof vastgesteld: ref 100 000 wmo A, act 40 000 wmo A → vermeden 60 000 (attr 100)
 *     wonen ingezet 10 000 × 2 = 20 000 (doorbraak) + prio toegekend maatwerkbudget 5 000 → inv 25 000
 *     registered 02-01, plan 02-11 → 10 days
 *  C2 BLO-2024-002 Bloemhof concept: ref 200 000 zvw B → vermeden 200 000, attr 50 → 100 000, zeker 0
 *     samenredzaamheid afgerond one-off 30 000 (voorliggend veld) → inv 30 000; netwerk escalation open
 *     plan after 20 days
 *  C3 SCH-2024-001 Schiebroek vastgesteld: ref 50 000 jeugd A, act 80 000 jeugd A → −30 000; no
 *     interventions, sporen [werk_dagbesteding]; jeugd_weekbedrag afgewezen; plan after 30 days
 *  C4 SCH-2024-002 Schiebroek signaal concept: ref 10 001 overig C, no sporen → nietToegerekend 10 001
 *  excluded: ingetrokken (2024), reference date 2023-12-31, no reference date.
 *
 * All:  vermedenKosten 60 000 + 200 000 − 30 000 + 10 001 = 240 001
 *       vermedenGecorrigeerd 60 000 + 100 000 − 30 000 + 10 001 = 140 001
 *       vermedenZeker 60 000 + 0 − 30 000 + 0 = 30 000
 *       investering 25 000 + 30 000 = 55 000; netto 85 001
 *       rendementPerEuro 140 001 / 55 000 = 2.5454… → 2.55 (the mean of per-case ratios would differ)
 *       gemeente vermeden = wmo 60 000 + jeugd −30 000 = 30 000 (zvw 200 000 and overig 10 001 not);
 *       totaal vermeden = 240 001; investering gemeente = totaal = 55 000 (wmo 50 000 + gemeente_overig 5 000)
 * Vastgesteld (C1, C3): vermeden 30 000, gecorrigeerd 30 000, zeker 30 000, inv 25 000, netto 5 000, 1.20
 */
const C1 = makeCase({
  code: 'BLO-2024-001',
  calculationStatus: 'vastgesteld',
  registeredOn: '2024-02-01',
  planOn: '2024-02-11',
  referenceDate: '2024-02-15',
  sporen: ['wonen'],
  tafels: ['t-blo'],
  reference: [line({ unitCostCents: 100000, evidence: 'A' })],
  actual: [line({ unitCostCents: 40000, evidence: 'A' })],
  interventions: [intervention({ spoor: 'wonen', rateCents: 10000, quantity: 2, doorbraak: true })],
  escalations: [
    escalation({
      target: 'prio',
      status: 'afgerond',
      besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 5000, decidedOn: '2024-03-01' },
    }),
  ],
});
const C2 = makeCase({
  code: 'BLO-2024-002',
  registeredOn: '2024-03-01',
  planOn: '2024-03-21',
  referenceDate: '2024-03-10',
  attributionPct: 50,
  sporen: ['wonen'],
  tafels: ['t-blo'],
  reference: [line({ payer: 'zvw', unitCostCents: 200000, evidence: 'B' })],
  interventions: [
    intervention({ spoor: 'samenredzaamheid', status: 'afgerond', oneOffCents: 30000, voorliggendVeld: true }),
    intervention({ spoor: 'samenredzaamheid', status: 'voorgesteld', oneOffCents: 99999, doorbraak: true }),
  ],
  escalations: [escalation({ target: 'netwerk', status: 'in_behandeling' }), escalation({ target: 'prio', status: 'concept' })],
});
const C3 = makeCase({
  code: 'SCH-2024-001',
  wijk: 'Schiebroek',
  calculationStatus: 'vastgesteld',
  registeredOn: '2024-04-01',
  planOn: '2024-05-01',
  referenceDate: '2024-12-31',
  sporen: ['werk_dagbesteding'],
  tafels: ['t-sch'],
  reference: [line({ payer: 'jeugd', unitCostCents: 50000, evidence: 'A' })],
  actual: [line({ payer: 'jeugd', unitCostCents: 80000, evidence: 'A' })],
  escalations: [
    escalation({
      target: 'jeugd_weekbedrag',
      status: 'afgerond',
      besluit: { outcome: 'afgewezen', instruments: [], decidedOn: '2024-05-10' },
    }),
  ],
});
const C4 = makeCase({
  code: 'SCH-2024-002',
  wijk: 'Schiebroek',
  isSignaal: true,
  referenceDate: '2024-01-01',
  tafels: ['t-sch'],
  reference: [line({ payer: 'overig', unitCostCents: 10001, evidence: 'C' })],
});
const excluded = [
  makeCase({ code: 'BLO-2024-003', status: 'ingetrokken', reference: [line({ unitCostCents: 1_000_000 })] }),
  makeCase({ code: 'BLO-2023-009', referenceDate: '2023-12-31', reference: [line({ unitCostCents: 1_000_000 })] }),
  makeCase({ code: 'BLO-2024-004', referenceDate: null, reference: [line({ unitCostCents: 1_000_000 })] }),
];
const all = [C3, ...excluded, C2, C4, C1];
const opts = { year: 2024, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19 };

describe('§3.3 businesscase selection', () => {
  it('takes cases whose reference date lies in the year, except ingetrokken, sorted by code', () => {
    expect(computeBusinesscase(all, opts).cases.map((c) => c.code)).toEqual([
      'BLO-2024-001',
      'BLO-2024-002',
      'SCH-2024-001',
      'SCH-2024-002',
    ]);
  });

  it('filters by wijk, by spoor (case sporen or intervention sporen) and by tafel', () => {
    expect(computeBusinesscase(all, { ...opts, wijk: 'Schiebroek' }).cases.map((c) => c.code)).toEqual([
      'SCH-2024-001',
      'SCH-2024-002',
    ]);
    expect(computeBusinesscase(all, { ...opts, spoor: 'samenredzaamheid' }).cases.map((c) => c.code)).toEqual(['BLO-2024-002']);
    expect(computeBusinesscase(all, { ...opts, spoor: 'wonen' }).cases.map((c) => c.code)).toEqual(['BLO-2024-001', 'BLO-2024-002']);
    expect(computeBusinesscase(all, { ...opts, tafel: 't-sch' }).cases.map((c) => c.code)).toEqual(['SCH-2024-001', 'SCH-2024-002']);
  });
});

describe('§3.3 businesscase totals over all selected cases', () => {
  const bc = computeBusinesscase(all, opts);

  it('sums every §3.2 figure and recomputes rendementPerEuro from the totals (not averaged)', () => {
    expect(bc).toMatchObject({
      vermedenKosten: 240_001,
      vermedenGecorrigeerd: 140_001,
      vermedenZeker: 30_000,
      investering: 55_000,
      nettoRendement: 85_001,
      rendementPerEuro: 2.55,
    });
  });

  it('§3.4 gives gemeente (wmo, jeugd, participatie, schuldhulp, gemeente_overig) and totaal (all payers) separately', () => {
    expect(bc.gemeente).toEqual({ vermedenKosten: 30_000, investering: 55_000 });
    expect(bc.totaal).toEqual({ vermedenKosten: 240_001, investering: 55_000 });
    expect(bc.perPayer.zvw.vermedenKosten).toBe(200_000);
    expect(bc.perPayer.gemeente_overig.investering).toBe(5_000);
  });

  it('breaks down per spoor (with nietToegerekend) and per wijk', () => {
    expect(bc.perSpoor).toEqual({ samenredzaamheid: 100_000, wonen: 60_000, werk_dagbesteding: -30_000, financiele_zekerheid: 0 });
    expect(bc.nietToegerekend).toBe(10_001);
    expect(bc.perWijk.Bloemhof).toMatchObject({
      vermedenKosten: 260_000,
      vermedenGecorrigeerd: 160_000,
      vermedenZeker: 60_000,
      investering: 55_000,
      nettoRendement: 105_000,
      rendementPerEuro: 2.91, // 160 000 / 55 000 = 2.909…
    });
    expect(bc.perWijk.Schiebroek).toMatchObject({
      vermedenKosten: -19_999,
      vermedenGecorrigeerd: -19_999,
      vermedenZeker: -30_000,
      investering: 0,
      nettoRendement: -19_999,
      rendementPerEuro: null,
    });
  });

  it('counts cases, signalen, counted interventions, doorbraken, referrals, escalations and the median days to plan', () => {
    expect(bc.counts).toEqual({
      cases: 4,
      signalen: 1,
      interventions: 2, // the voorgesteld doorbraak of C2 is not counted
      doorbraken: 1,
      voorliggendVeld: 1,
      escalationsByTarget: { netwerk: 1, prio: 1, wijk_mt: 0, jeugd_weekbedrag: 1, overig: 0 }, // concept not counted
      escalationsByOutcome: { toegekend: 1, deels_toegekend: 0, afgewezen: 1, open: 1 },
      medianDaysToPlan: 20, // median of 10, 20, 30
    });
  });

  it('shows the booked effect of measure 19 for the year, or null when none is configured', () => {
    expect(bc.bookedEffect).toBe(0);
    expect(computeBusinesscase(all, { ...opts, year: 2026 }).bookedEffect).toBe(420_000_000);
    expect(computeBusinesscase(all, { ...opts, year: 2023 }).bookedEffect).toBeNull();
  });

  it('lists each case with its code, wijk, calculation status and figures', () => {
    expect(bc.cases[0]).toMatchObject({ code: 'BLO-2024-001', wijk: 'Bloemhof', calculationStatus: 'vastgesteld', investering: 25_000 });
  });
});

describe('§3.3 businesscase for vastgesteld calculations only', () => {
  const v = computeBusinesscase(all, opts).vastgesteld;

  it('repeats the figure set over only the vastgesteld cases', () => {
    expect(v).toMatchObject({
      vermedenKosten: 30_000,
      vermedenGecorrigeerd: 30_000,
      vermedenZeker: 30_000,
      investering: 25_000,
      nettoRendement: 5_000,
      rendementPerEuro: 1.2,
    });
    expect(v.counts.cases).toBe(2);
    expect(Object.keys(v.perWijk).sort()).toEqual(['Bloemhof', 'Schiebroek']);
    expect(v.perSpoor).toEqual({ samenredzaamheid: 0, wonen: 60_000, werk_dagbesteding: -30_000, financiele_zekerheid: 0 });
  });

  it('is empty and well-defined when nothing is vastgesteld', () => {
    const none = computeBusinesscase([C2, C4], opts).vastgesteld;
    expect(none.vermedenGecorrigeerd).toBe(0);
    expect(none.rendementPerEuro).toBeNull();
    expect(none.counts.medianDaysToPlan).toBeNull();
  });
});

describe('§3.3 property: attribution to sporen never loses a cent', () => {
  const lineArb = fc.record({
    payer: fc.constantFrom(...PAYERS),
    unitCostCents: fc.integer({ min: 0, max: 5_000_000 }),
    quantity: fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
    probabilityPct: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    evidence: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
  });
  const interventionArb = fc.record({
    spoor: fc.constantFrom(...SPOREN),
    status: fc.constantFrom(...INTERVENTION_STATUSES),
    oneOffCents: fc.integer({ min: 0, max: 1_000_000 }),
    rateCents: fc.integer({ min: 0, max: 100_000 }),
    quantity: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  });
  const caseArb = fc.record({
    wijk: fc.constantFrom('Bloemhof', 'Schiebroek'),
    attributionPct: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    sporen: fc.subarray([...SPOREN]),
    reference: fc.array(lineArb, { maxLength: 4 }),
    actual: fc.array(lineArb, { maxLength: 4 }),
    interventions: fc.array(interventionArb, { maxLength: 4 }),
    vastgesteld: fc.boolean(),
  });

  it('perSpoor + nietToegerekend sums to vermedenGecorrigeerd, for all and for vastgesteld', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 6 }), (specs) => {
        const cases: CaseCalc[] = specs.map((s, index) =>
          makeCase({
            code: `C-${String(index)}`,
            wijk: s.wijk,
            attributionPct: s.attributionPct,
            sporen: s.sporen,
            calculationStatus: s.vastgesteld ? 'vastgesteld' : 'concept',
            reference: s.reference.map((l) => line(l)),
            actual: s.actual.map((l) => line(l)),
            interventions: s.interventions.map((i) => intervention(i)),
          }),
        );
        const bc = computeBusinesscase(cases, opts);
        for (const set of [bc, bc.vastgesteld]) {
          const spread = SPOREN.reduce((acc, s) => acc + set.perSpoor[s], 0) + set.nietToegerekend;
          expect(spread).toBe(set.vermedenGecorrigeerd);
          expect(set.totaal.vermedenKosten).toBe(set.vermedenKosten);
          expect(set.totaal.investering).toBe(set.investering);
          const wijkSum = Object.values(set.perWijk).reduce((acc, w) => acc + w.vermedenGecorrigeerd, 0);
          expect(wijkSum).toBe(set.vermedenGecorrigeerd);
        }
      }),
      { numRuns: 300 },
    );
  });
});
