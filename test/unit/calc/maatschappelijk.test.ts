import { describe, expect, it } from 'vitest';
import { computeMaatschappelijkRendement } from '../../../shared/calc/maatschappelijk';
import { computeCaseRendement } from '../../../shared/calc/rendement';
import { intervention, line, makeCase } from './fixtures';

/*
 * schuldhulpverlening: afgerond 25 000 × 6 = 150 000, ingezet one-off 501, voorgesteld 99 999 (not counted)
 *   cost 150 501; multiplier 1.5 → 225 751.5 → 225 752
 * woonbegeleiding: multiplier 1.85, ingezet 10 000 × 2 = 20 000 → 37 000
 * budgetcoaching: no published multiplier → not reported
 */
const interventions = [
  intervention({ spoor: 'financiele_zekerheid', type: 'schuldhulpverlening', status: 'afgerond', rateCents: 25000, quantity: 6 }),
  intervention({ spoor: 'financiele_zekerheid', type: 'schuldhulpverlening', status: 'ingezet', oneOffCents: 501 }),
  intervention({ spoor: 'financiele_zekerheid', type: 'schuldhulpverlening', status: 'voorgesteld', oneOffCents: 99999 }),
  intervention({ spoor: 'wonen', type: 'woonbegeleiding', status: 'ingezet', rateCents: 10000, quantity: 2 }),
  intervention({ spoor: 'financiele_zekerheid', type: 'budgetcoaching', status: 'ingezet', oneOffCents: 40000 }),
];
const types = [
  { id: 'schuldhulpverlening', spoor: 'financiele_zekerheid' as const, name: 'Schuldhulpverlening', multiplier: 1.5, multiplierSource: 'NVVK 2022' },
  { id: 'woonbegeleiding', spoor: 'wonen' as const, name: 'Woonbegeleiding', multiplier: 1.85, multiplierSource: 'bron' },
  { id: 'budgetcoaching', spoor: 'financiele_zekerheid' as const, name: 'Budgetcoaching', multiplier: null, multiplierSource: null },
];

describe('§3.7 maatschappelijk rendement (indicatief)', () => {
  const result = computeMaatschappelijkRendement(interventions, types);

  it('reports cost × multiplier per type with a multiplier, exactly rounded, with its source', () => {
    expect(result.rows).toEqual([
      {
        typeId: 'schuldhulpverlening',
        name: 'Schuldhulpverlening',
        spoor: 'financiele_zekerheid',
        costCents: 150_501,
        multiplier: 1.5,
        indicativeReturnCents: 225_752,
        source: 'NVVK 2022',
      },
      {
        typeId: 'woonbegeleiding',
        name: 'Woonbegeleiding',
        spoor: 'wonen',
        costCents: 20_000,
        multiplier: 1.85,
        indicativeReturnCents: 37_000,
        source: 'bron',
      },
    ]);
    expect(result.totalIndicativeReturnCents).toBe(262_752);
  });

  it('is kept apart: the care-cost savings of the same case do not include it', () => {
    // reference 300 000 − actual 0 = 300 000, whatever the multipliers say.
    const r = computeCaseRendement(makeCase({ reference: [line({ unitCostCents: 300000 })], interventions }));
    expect(r.vermedenGecorrigeerd).toBe(300_000);
    // investering 150 501 + 20 000 + 40 000 = 210 501 (cost only, never the multiplied return).
    expect(r.investering).toBe(210_501);
    expect(r.nettoRendement).toBe(300_000 - 210_501);
  });
});
