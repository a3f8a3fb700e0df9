import { describe, expect, it } from 'vitest';
import { costLineAmount, resolveCostLine } from '../../../shared/calc/costLine';
import type { PriceListItem } from '../../../shared/calc/types';
import { line } from './fixtures';

const bwGgz: PriceListItem = {
  id: 'bw-ggz',
  name: 'Beschermd wonen GGZ',
  unit: 'week',
  unitCostCents: 150000,
  payer: 'wmo',
  evidence: 'B',
  source: 'NZa 2024',
  year: 2024,
};
const unpriced: PriceListItem = { ...bwGgz, id: 'crisisopvang', name: 'Crisisopvang', unitCostCents: null };

describe('§3.1 cost line amount', () => {
  it('multiplies unit cost, quantity and probability, rounding once per line, half away from zero, to whole cents', () => {
    // 150000 × 26 × 60 / 100 = 2 340 000.
    expect(costLineAmount(line({ unitCostCents: 150000, quantity: 26, probabilityPct: 60 }))).toBe(2_340_000);
    // 18000 × 2.5 weeks × 33 % = 14 850.
    expect(costLineAmount(line({ unitCostCents: 18000, quantity: 2.5, probabilityPct: 33 }))).toBe(14_850);
    // 1 cent × 0.5 = 0.5 → 1; 3 cents × 0.5 = 1.5 → 2.
    expect(costLineAmount(line({ unitCostCents: 1, quantity: 0.5 }))).toBe(1);
    expect(costLineAmount(line({ unitCostCents: 3, quantity: 0.5 }))).toBe(2);
    // 999 × 0.333 × 50 / 100 = 166.3335 → 166.
    expect(costLineAmount(line({ unitCostCents: 999, quantity: 0.333, probabilityPct: 50 }))).toBe(166);
  });

  it('rounds a negative half-cent away from zero', () => {
    // −3 × 0.5 = −1.5 → −2.
    expect(costLineAmount(line({ unitCostCents: -3, quantity: 0.5 }))).toBe(-2);
  });

  it('is exact where float math is not: 1250 × 0.57 weeks at 60 % is exactly 427.5 → 428', () => {
    // 1250 × 0.57 = 712.5; × 60 / 100 = 427.5 → 428. Plain doubles give 427.49999999999994 → 427.
    expect(costLineAmount(line({ unitCostCents: 1250, quantity: 0.57, probabilityPct: 60 }))).toBe(428);
  });

  it('refuses a unit cost that is not whole cents', () => {
    expect(() => costLineAmount(line({ unitCostCents: 10.5 }))).toThrow(RangeError);
  });
});

describe('§3.1/§2.4 resolving a cost line against the frozen price list', () => {
  it('takes unit, unit cost, payer and evidence from the item and defaults probability to 100', () => {
    const result = resolveCostLine({ item: 'bw-ggz', quantity: 26 }, [bwGgz]);
    expect(result).toEqual({
      ok: true,
      line: {
        label: 'Beschermd wonen GGZ',
        payer: 'wmo',
        unit: 'week',
        unitCostCents: 150000,
        quantity: 26,
        probabilityPct: 100,
        evidence: 'B',
      },
    });
  });

  it('accepts a Map as the price list as well as an array', () => {
    const result = resolveCostLine({ item: 'bw-ggz', quantity: 1, probabilityPct: 60 }, new Map([['bw-ggz', bwGgz]]));
    expect(result.ok && result.line.probabilityPct).toBe(60);
  });

  it('refuses an item without an amount, naming the item (the app never invents prices)', () => {
    expect(resolveCostLine({ item: 'crisisopvang', quantity: 1 }, [bwGgz, unpriced])).toEqual({
      ok: false,
      error: "Kengetal 'crisisopvang' heeft nog geen bedrag; vul het eerst in bij Beheer › Kengetallen.",
    });
  });

  it('refuses an unknown item, naming it', () => {
    const result = resolveCostLine({ item: 'bestaat-niet', quantity: 1 }, [bwGgz]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("'bestaat-niet'");
  });

  it('refuses an item line whose own values contradict the item, but accepts repeated equal values', () => {
    const conflict = resolveCostLine({ item: 'bw-ggz', quantity: 1, unitCostCents: 1, payer: 'zvw' }, [bwGgz]);
    expect(conflict.ok).toBe(false);
    expect(!conflict.ok && conflict.error).toContain('bedrag per eenheid, financier');
    expect(resolveCostLine({ item: 'bw-ggz', quantity: 1, unitCostCents: 150000, payer: 'wmo' }, [bwGgz]).ok).toBe(true);
  });

  it('needs payer, unit, unit cost and evidence on a label line, and says which are missing', () => {
    const result = resolveCostLine({ label: 'Ambulante begeleiding', quantity: 20, payer: 'wmo' }, []);
    expect(result).toEqual({
      ok: false,
      error: "Kostenregel 'Ambulante begeleiding' mist: eenheid, bedrag per eenheid, bewijsgraad.",
    });
    const full = resolveCostLine(
      { label: 'Ambulante begeleiding', payer: 'wmo', unit: 'week', unitCostCents: 18000, quantity: 20, evidence: 'B' },
      [],
    );
    expect(full.ok && costLineAmount(full.line)).toBe(360_000);
  });

  it('refuses a line with neither item nor label, a probability outside 0–100, or a non-finite quantity', () => {
    expect(resolveCostLine({ quantity: 1 }, []).ok).toBe(false);
    expect(resolveCostLine({ item: 'bw-ggz', quantity: 1, probabilityPct: 101 }, [bwGgz]).ok).toBe(false);
    expect(resolveCostLine({ item: 'bw-ggz', quantity: 1, probabilityPct: -1 }, [bwGgz]).ok).toBe(false);
    expect(resolveCostLine({ item: 'bw-ggz', quantity: Number.NaN }, [bwGgz]).ok).toBe(false);
    expect(resolveCostLine({ item: 'bw-ggz', quantity: 1, probabilityPct: 0 }, [bwGgz]).ok).toBe(true);
  });
});
