import { describe, expect, it } from 'vitest';
import { computeCaseRendement, rendementPerEuro } from '../../../shared/calc/rendement';
import { escalation, intervention, line, makeCase } from './fixtures';

/**
 * Hand-computed case (§3.2):
 *   reference  bw-ggz        wmo   150000 × 26  × 60 %  = 2 340 000  (B)
 *              uitzetting    woco  600000 × 1   × 50 %  =   300 000  (C)
 *              bijstand      part  120050 × 2.5 × 100 % =   300 125  (A)
 *                                                       = 2 940 125
 *   actual     begeleiding   wmo    18000 × 20          =   360 000  (B)
 *              bijstand      part  120050 × 0.5         =    60 025  (A)
 *                                                       =   420 025
 *   vermedenKosten       = 2 940 125 − 420 025 = 2 520 100
 *   attributionPct 75.5 → 2 520 100 × 0.755 = 1 902 675.5 → 1 902 676 (half away from zero)
 *   vermedenZeker (A)    = (300 125 − 60 025) × 0.755 = 240 100 × 0.755 = 181 275.5 → 181 276
 *   investering          = schuldhulp 25000 × 6 = 150 000 (afgerond)
 *                        + woonbegeleiding 10000 + 4500 × 2.5 = 21 250 (ingezet)
 *                        + (voorgesteld 100 000 not counted)
 *                        + maatwerkbudget toegekend 350 000 (gemeente_overig)
 *                        + maatwerkbudget deels_toegekend 50 000 (payer wmo named)
 *                        + (afgewezen 99 999 not counted)
 *                        = 571 250
 *   nettoRendement       = 1 902 676 − 571 250 = 1 331 426
 *   rendementPerEuro     = 1 902 676 / 571 250 = 3.3307… → 3.33
 *   perSpoor: weights fin 150 000, wonen 21 250 (= 120 : 17)
 *     fin   1 902 676 × 120/137 = 1 666 577.518 → floor 1 666 577, remainder .518
 *     wonen 1 902 676 ×  17/137 =   236 098.481 → floor   236 098, remainder .481
 *     1 cent left → fin: 1 666 578 + 236 098 = 1 902 676
 */
const handCase = makeCase({
  attributionPct: 75.5,
  sporen: ['wonen'],
  reference: [
    line({ label: 'bw-ggz', payer: 'wmo', unitCostCents: 150000, quantity: 26, probabilityPct: 60, evidence: 'B' }),
    line({ label: 'uitzetting', payer: 'woningcorporatie', unit: 'eenmalig', unitCostCents: 600000, probabilityPct: 50, evidence: 'C' }),
    line({ label: 'bijstand', payer: 'participatie', unit: 'maand', unitCostCents: 120050, quantity: 2.5, evidence: 'A' }),
  ],
  actual: [
    line({ label: 'begeleiding', payer: 'wmo', unitCostCents: 18000, quantity: 20, evidence: 'B' }),
    line({ label: 'bijstand', payer: 'participatie', unit: 'maand', unitCostCents: 120050, quantity: 0.5, evidence: 'A' }),
  ],
  interventions: [
    intervention({ spoor: 'financiele_zekerheid', status: 'afgerond', rateCents: 25000, quantity: 6, payer: 'schuldhulp' }),
    intervention({ spoor: 'wonen', status: 'ingezet', oneOffCents: 10000, rateCents: 4500, quantity: 2.5, payer: 'wmo' }),
    intervention({ spoor: 'samenredzaamheid', status: 'voorgesteld', oneOffCents: 100000, payer: 'wmo' }),
  ],
  escalations: [
    escalation({
      status: 'afgerond',
      besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 350000, decidedOn: '2024-04-09' },
    }),
    escalation({
      status: 'besluit',
      besluit: { outcome: 'deels_toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 50000, payer: 'wmo', decidedOn: '2024-05-01' },
    }),
    escalation({
      target: 'netwerk',
      status: 'afgerond',
      besluit: { outcome: 'afgewezen', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 99999, decidedOn: '2024-04-10' },
    }),
  ],
});

describe('§3.2 rendementsberekening per casus', () => {
  const r = computeCaseRendement(handCase);

  it('sums reference and actual per line and subtracts: vermedenKosten = Σ reference − Σ actual', () => {
    expect(r.referenceCents).toBe(2_940_125);
    expect(r.actualCents).toBe(420_025);
    expect(r.vermedenKosten).toBe(2_520_100);
  });

  it('applies attributionPct with one exact rounding, half away from zero', () => {
    expect(r.vermedenGecorrigeerd).toBe(1_902_676);
  });

  it('counts only evidence-A lines for vermedenZeker, then applies attribution', () => {
    expect(r.vermedenZeker).toBe(181_276);
  });

  it('counts ingezet/afgerond interventions and granted maatwerkbudget as investering; not voorgesteld, not afgewezen', () => {
    expect(r.investering).toBe(571_250);
    expect(r.nettoRendement).toBe(1_331_426);
    expect(r.rendementPerEuro).toBe(3.33);
  });

  it('splits vermedenKosten and investering per payer before attribution; maatwerkbudget goes to gemeente_overig unless the besluit names a payer', () => {
    expect(r.perPayer.wmo).toEqual({ vermedenKosten: 2_340_000 - 360_000, investering: 21_250 + 50_000 });
    expect(r.perPayer.woningcorporatie).toEqual({ vermedenKosten: 300_000, investering: 0 });
    expect(r.perPayer.participatie).toEqual({ vermedenKosten: 240_100, investering: 0 });
    expect(r.perPayer.schuldhulp).toEqual({ vermedenKosten: 0, investering: 150_000 });
    expect(r.perPayer.gemeente_overig).toEqual({ vermedenKosten: 0, investering: 350_000 });
    expect(r.perPayer.zvw).toEqual({ vermedenKosten: 0, investering: 0 });
  });

  it('attributes vermedenGecorrigeerd to sporen in proportion to counted intervention cost (maatwerkbudget has no weight)', () => {
    expect(r.perSpoor).toEqual({ samenredzaamheid: 0, wonen: 236_098, werk_dagbesteding: 0, financiele_zekerheid: 1_666_578 });
    expect(r.nietToegerekend).toBe(0);
  });

  it('returns exactly the §3.2 figures, and issue #14 item 4\'s begrensdDoorBeleid beside them, nothing else (no maatschappelijk rendement mixed in)', () => {
    expect(Object.keys(r).sort()).toEqual(
      [
        'actualCents',
        'begrensdDoorBeleid',
        'investering',
        'nettoRendement',
        'nietToegerekend',
        'perPayer',
        'perSpoor',
        'referenceCents',
        'rendementPerEuro',
        'vermedenGecorrigeerd',
        'vermedenKosten',
        'vermedenZeker',
      ].sort(),
    );
  });
});

describe('§3.2 negative savings and zero investment', () => {
  /*
   * reference 100 000 (A), actual 150 001 (A): vermedenKosten = −50 001
   * attribution 50 %: −25 000.5 → −25 001 (half away from zero, i.e. more negative)
   * no interventions → investering 0 → rendementPerEuro n.v.t. (null); netto = −25 001
   * sporen [wonen, samenredzaamheid], no interventions → equal split of −25 001:
   *   12 500.5 each → floors 12 500; one cent to the tie-winner samenredzaamheid → −12 501 / −12 500
   */
  const r = computeCaseRendement(
    makeCase({
      attributionPct: 50,
      sporen: ['wonen', 'samenredzaamheid'],
      reference: [line({ unitCostCents: 100000, evidence: 'A' })],
      actual: [line({ unitCostCents: 150001, evidence: 'A' })],
    }),
  );

  it('allows actual above reference: the savings are negative and round away from zero', () => {
    expect(r.vermedenKosten).toBe(-50_001);
    expect(r.vermedenGecorrigeerd).toBe(-25_001);
    expect(r.vermedenZeker).toBe(-25_001);
    expect(r.nettoRendement).toBe(-25_001);
  });

  it('gives rendementPerEuro null ("n.v.t.") when investering is 0', () => {
    expect(r.investering).toBe(0);
    expect(r.rendementPerEuro).toBeNull();
    expect(rendementPerEuro(0, 0)).toBeNull();
  });

  it('splits a negative amount over the case sporen as its absolute value, negated, ties in spoor order', () => {
    expect(r.perSpoor).toEqual({ samenredzaamheid: -12_501, wonen: -12_500, werk_dagbesteding: 0, financiele_zekerheid: 0 });
  });
});

describe('§3.3 attribution fallbacks', () => {
  it('splits equally over the sporen of counted interventions when they cost nothing (not over the case sporen)', () => {
    // 1001 over wonen and werk_dagbesteding: 500.5 each → wonen 501 (tie-winner), werk 500.
    const r = computeCaseRendement(
      makeCase({
        sporen: ['samenredzaamheid'],
        reference: [line({ unitCostCents: 1001 })],
        interventions: [
          intervention({ spoor: 'werk_dagbesteding', status: 'ingezet' }),
          intervention({ spoor: 'wonen', status: 'afgebroken' }),
          intervention({ spoor: 'financiele_zekerheid', status: 'voorgesteld', oneOffCents: 5000 }),
        ],
      }),
    );
    expect(r.perSpoor).toEqual({ samenredzaamheid: 0, wonen: 501, werk_dagbesteding: 500, financiele_zekerheid: 0 });
  });

  it('gives maatwerkbudget no spoor: with only maatwerkbudget the case sporen carry the savings', () => {
    const r = computeCaseRendement(
      makeCase({
        sporen: ['werk_dagbesteding'],
        reference: [line({ unitCostCents: 7000 })],
        escalations: [
          escalation({
            status: 'afgerond',
            besluit: { outcome: 'toegekend', instruments: ['maatwerkbudget'], maatwerkbudgetCents: 2000, decidedOn: '2024-04-09' },
          }),
        ],
      }),
    );
    expect(r.investering).toBe(2000);
    expect(r.rendementPerEuro).toBe(3.5); // 7000 / 2000
    expect(r.perSpoor.werk_dagbesteding).toBe(7000);
  });

  it('keeps savings of a case without any spoor apart as nietToegerekend so totals still add up', () => {
    const r = computeCaseRendement(makeCase({ reference: [line({ unitCostCents: 10001 })] }));
    expect(r.perSpoor).toEqual({ samenredzaamheid: 0, wonen: 0, werk_dagbesteding: 0, financiele_zekerheid: 0 });
    expect(r.nietToegerekend).toBe(10_001);
  });
});

describe('§3.2 rendementPerEuro', () => {
  it('is vermedenGecorrigeerd / investering with 2 decimals, half away from zero', () => {
    expect(rendementPerEuro(1, 8)).toBe(0.13); // 0.125
    expect(rendementPerEuro(-1, 8)).toBe(-0.13);
    expect(rendementPerEuro(140_001, 55_000)).toBe(2.55); // 2.54547…
    expect(rendementPerEuro(100, 3)).toBe(33.33);
  });
});
