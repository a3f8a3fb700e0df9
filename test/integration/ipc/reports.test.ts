/**
 * §3.3 businesscase:get — the businesscase of a calendar year with its filters, and the §3.7
 * maatschappelijk rendement next to it. The screen's figures are the export's figures (§6).
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/core/export/buildExport';
import type { Db } from '../../../electron/core/store/openDatabase';
import { expectRefusedUnchanged, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

/** The export's JSON figures, without the export's own envelope. */
function exportedFigures(db: Db, year: number, wijk?: string): Record<string, unknown> {
  const text = buildExport(db, { what: 'businesscase', format: 'json', year, wijk, pseudonymised: false, now: TEST_NOW, actor: TEST_ACTOR });
  const { format: _format, generatedAt: _at, filters: _filters, pseudonymised: _p, priceListVersions: _v, provenance: _provenance, ...figures } = JSON.parse(text) as Record<string, unknown>;
  return figures;
}

const FIGURES = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;

describe('businesscase:get gives the §3.3 figures of the year (checked by hand in session 1)', () => {
  it('2024 on the example dataset: 6739200 vermeden, 6039200 gecorrigeerd, 895750 investering, 5143450 netto, 6.74 per euro', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2024 });
    expect(bc).toMatchObject({ year: 2024, vermedenKosten: 6739200, vermedenGecorrigeerd: 6039200, investering: 895750, nettoRendement: 5143450, rendementPerEuro: 6.74 });
    // SCH-2024-002 is ingetrokken and the 2025 cases lie outside the year.
    expect(bc.cases.map((c) => c.code)).toEqual(['BLO-2024-001', 'BLO-2024-002', 'SCH-2024-001']);
    expect(bc.bookedEffect).toBe(0);
    expect(bc.filters).toEqual({ year: 2024, wijk: null, spoor: null, tafel: null, onlyVastgesteld: false });
  });

  it('every case figure sums to the total, per payer and per spoor too', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2024 });
    for (const f of FIGURES) expect(bc.cases.reduce((s, c) => s + c[f], 0), f).toBe(bc[f]);
    for (const [payer, total] of Object.entries(bc.perPayer)) {
      expect(bc.cases.reduce((s, c) => s + c.perPayer[payer as keyof typeof bc.perPayer].investering, 0), payer).toBe(total.investering);
    }
    for (const [spoor, total] of Object.entries(bc.perSpoor)) {
      expect(bc.cases.reduce((s, c) => s + c.perSpoor[spoor as keyof typeof bc.perSpoor], 0), spoor).toBe(total);
    }
  });
});

describe('businesscase:get shows exactly the figures `werkbank export --what businesscase --format json` writes', () => {
  it.each([[2024, undefined], [2025, undefined], [2024, 'Bloemhof'], [2025, 'Schiebroek']] as const)('year %s, wijk %s: totals and every case', async (year, wijk) => {
    const w = await openWerkbank({ voorbeeld: true });
    const { filters: _filters, maatschappelijk: _m, ...figures } = await w.value('businesscase:get', { year, wijk });
    const exported = exportedFigures(w.db, year, wijk);
    expect(figures).toEqual(exported);
    expect((exported.cases as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('businesscase:get filters (§3.3: wijk, spoor, tafel; and vastgesteld only)', () => {
  it('a wijk gives only that wijk\'s cases and totals', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2024, wijk: 'Schiebroek' });
    expect(bc.cases.map((c) => [c.code, c.wijk])).toEqual([['SCH-2024-001', 'Schiebroek']]);
    expect(Object.keys(bc.perWijk)).toEqual(['Schiebroek']);
    expect(bc).toMatchObject({ vermedenKosten: 739200, investering: 157000, nettoRendement: 582200, rendementPerEuro: 4.71 });
  });

  it('a spoor selects the cases with that spoor among their sporen', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('businesscase:get', { year: 2024, spoor: 'wonen' })).cases.map((c) => c.code)).toEqual(['BLO-2024-001']);
    expect((await w.value('businesscase:get', { year: 2024, spoor: 'samenredzaamheid' })).cases.map((c) => c.code)).toEqual(['BLO-2024-002', 'SCH-2024-001']);
    expect((await w.value('businesscase:get', { year: 2024, spoor: 'werk_dagbesteding' })).cases).toEqual([]);
  });

  it('a spoor also selects a case with an intervention in it, with the whole case\'s figures', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('interventions:add', {
      code: 'SCH-2024-001',
      intervention: { spoor: 'werk_dagbesteding', type: 'werktraject', status: 'ingezet', oneOffCents: 0, rateCents: 1000, unit: 'week', quantity: 2, payer: 'participatie', voorliggendVeld: false, doorbraak: false },
    });
    const bc = await w.value('businesscase:get', { year: 2024, spoor: 'werk_dagbesteding' });
    expect(bc.cases.map((c) => c.code)).toEqual(['SCH-2024-001']);
    expect(bc.investering).toBe(157000 + 2000);
  });

  it('a tafel selects the cases discussed there', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('businesscase:get', { year: 2024, tafel: 'tafel-jeugd' })).cases.map((c) => c.code)).toEqual(['BLO-2024-002']);
    expect((await w.value('businesscase:get', { year: 2024, tafel: 'tafel-blo' })).cases.map((c) => c.code)).toEqual(['BLO-2024-001', 'BLO-2024-002']);
  });

  it('onlyVastgesteld gives the figures the engine reports under `vastgesteld`', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const all = await w.value('businesscase:get', { year: 2024 });
    const fixed = await w.value('businesscase:get', { year: 2024, onlyVastgesteld: true });
    expect(fixed.cases.map((c) => c.code)).toEqual(['BLO-2024-001']);
    const { year: _y, period: _p, vastgesteld: _v, bookedEffect: _b, cases: _c, filters: _f, maatschappelijk: _m, view: _view, kalenderjaar: _k, measure19: _m19, ...top } = fixed;
    expect(top).toEqual(all.vastgesteld);
    expect(fixed).toMatchObject({ vermedenGecorrigeerd: 2500000, investering: 620000, rendementPerEuro: 4.03 });
  });
});

describe('businesscase:get reports the §3.7 maatschappelijk rendement apart, never added to the savings', () => {
  it('schuldhulpverlening 6 × € 250 × multiplier 2 = € 3.000 indicatief; the savings stay 6039200', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2024 });
    expect(bc.maatschappelijk.rows.find((r) => r.typeId === 'schuldhulpverlening')).toMatchObject({ costCents: 150000, multiplier: 2, indicativeReturnCents: 300000, source: 'NVVK 2022 (testgegevens)' });
    expect(bc.maatschappelijk.totalIndicativeReturnCents).toBe(300000);
    expect(bc.vermedenGecorrigeerd).toBe(6039200);
    // Over the selected cases only: Schiebroek has no schuldhulpverlening.
    expect((await w.value('businesscase:get', { year: 2024, wijk: 'Schiebroek' })).maatschappelijk.totalIndicativeReturnCents).toBe(0);
  });
});

describe('businesscase:get refuses bad input and changes nothing', () => {
  it('a year outside 2000–2100, a broken year, an unknown field, an unknown spoor', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'businesscase:get', { year: 1800 }, 'BAD_INPUT', /^year: .*2000 en 2100/);
    await expectRefusedUnchanged(w, 'businesscase:get', { year: 2101 }, 'BAD_INPUT', /^year:/);
    await expectRefusedUnchanged(w, 'businesscase:get', { year: 2024.5 }, 'BAD_INPUT', /^year: .*geheel getal/);
    await expectRefusedUnchanged(w, 'businesscase:get', { year: '2024' }, 'BAD_INPUT', /^year:/);
    await expectRefusedUnchanged(w, 'businesscase:get', {}, 'BAD_INPUT', /^year:/);
    await expectRefusedUnchanged(w, 'businesscase:get', { year: 2024, periode: 'q1' }, 'BAD_INPUT', /periode/);
    await expectRefusedUnchanged(w, 'businesscase:get', { year: 2024, spoor: 'zorg' }, 'BAD_INPUT', /^spoor:/);
  });
});
