/**
 * businesscase:years — which years have cases, and the businesscase of each year per wijk, so the
 * screen opens on the most recent year with cases and charts the wijken over the years (§3.3).
 */
import { describe, expect, it } from 'vitest';
import { openWerkbank } from './harness';

describe('businesscase:years: the years with cases, each year the figures businesscase:get gives', () => {
  it('the example dataset: cases in 2024 and 2025, so the most recent year with cases is 2025', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ys = await w.value('businesscase:years', {});
    expect(ys.latestYearWithCases).toBe(2025);
    // 2026 and 2027 have a booked effect of measure 19 but no cases: listed, with 0 cases.
    expect(ys.years.map((y) => [y.year, y.cases, y.bookedEffect])).toEqual([
      [2024, 3, 0],
      [2025, 3, 80_000_000],
      [2026, 0, 420_000_000],
      [2027, 0, 430_000_000],
    ]);
  });

  it('each year and each wijk in it equals businesscase:get for that year, to the cent', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ys = await w.value('businesscase:years', {});
    for (const y of ys.years) {
      const bc = await w.value('businesscase:get', { year: y.year });
      expect(y.cases, String(y.year)).toBe(bc.cases.length);
      expect([y.vermedenGecorrigeerd, y.investering, y.nettoRendement], String(y.year)).toEqual([bc.vermedenGecorrigeerd, bc.investering, bc.nettoRendement]);
      expect(Object.keys(y.perWijk), String(y.year)).toEqual(Object.keys(bc.perWijk));
      for (const [wijk, fig] of Object.entries(y.perWijk)) {
        const b = bc.perWijk[wijk]!;
        expect(fig, `${y.year} ${wijk}`).toEqual({ vermedenGecorrigeerd: b.vermedenGecorrigeerd, investering: b.investering, nettoRendement: b.nettoRendement });
      }
    }
    expect(Object.keys(ys.years[0]!.perWijk)).toEqual(['Bloemhof', 'Schiebroek']);
  });

  it('the filters apply as in businesscase:get (only vastgesteld: fewer cases per year)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ys = await w.value('businesscase:years', { onlyVastgesteld: true, wijk: 'Bloemhof' });
    for (const y of ys.years) {
      const bc = await w.value('businesscase:get', { year: y.year, onlyVastgesteld: true, wijk: 'Bloemhof' });
      expect([y.cases, y.nettoRendement], String(y.year)).toEqual([bc.cases.length, bc.nettoRendement]);
    }
  });

  it('an empty store has no year with cases, only the booked years', async () => {
    const w = await openWerkbank();
    const ys = await w.value('businesscase:years', {});
    expect(ys.latestYearWithCases).toBeNull();
    expect(ys.years.map((y) => y.cases)).toEqual([0, 0, 0, 0]);
  });
});
