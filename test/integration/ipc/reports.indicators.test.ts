/**
 * §3.6 indicators:get — the monitoring indicators per wijk and year, as the CLI exports them —
 * and the rule that every report channel only reads.
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/core/export/buildExport';
import { expectRefusedUnchanged, openWerkbank, storeState, TEST_ACTOR, TEST_NOW } from './harness';

describe('indicators:get gives the §3.6 indicators of the calendar year', () => {
  it('2024: 4 aanmeldingen, no signalen, one knelpunt on the Urgentieverordening', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await w.value('indicators:get', { year: 2024 });
    expect(ind).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(ind.totaal).toMatchObject({ aanmeldingen: 4, signalen: 0, knelpuntenPerRule: { Urgentieverordening: 1 } });
    expect(Object.keys(ind.perWijk)).toEqual(['Bloemhof', 'Schiebroek']);
    expect(ind.perWijk.Bloemhof?.aanmeldingen).toBe(2);
  });

  it('2025: one signaal, and the netwerk escalation past its deadline counts as overdue today', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await w.value('indicators:get', { year: 2025 });
    expect(ind.totaal).toMatchObject({ aanmeldingen: 4, signalen: 1 });
    expect(ind.totaal.escalations.overdue).toBe(1);
    w.setNow(new Date('2025-03-01T09:00:00'));
    expect((await w.value('indicators:get', { year: 2025 })).totaal.escalations.overdue).toBe(0);
  });

  it('a wijk gives only that wijk, its cases and its knelpunten', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await w.value('indicators:get', { year: 2025, wijk: 'Schiebroek' });
    expect(Object.keys(ind.perWijk)).toEqual(['Schiebroek']);
    expect(ind.totaal).toEqual(ind.perWijk.Schiebroek);
    expect(ind.totaal.knelpuntenPerRule).toEqual({ Kostendelersnorm: 1, 'Geen nachtopvang in de wijk': 1 });
    expect(ind.totaal.escalations.overdue).toBe(0);
  });
});

describe('indicators:get shows exactly the indicators `werkbank export --what indicators --format json` writes', () => {
  it.each([[2024, undefined], [2025, undefined], [2025, 'Bloemhof']] as const)('year %s, wijk %s', async (year, wijk) => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await w.value('indicators:get', { year, wijk });
    const text = buildExport(w.db, { what: 'indicators', format: 'json', year, wijk, pseudonymised: false, now: TEST_NOW, actor: TEST_ACTOR });
    const { format: _format, generatedAt: _at, filters: _filters, pseudonymised: _p, provenance: _provenance, ...exported } = JSON.parse(text) as Record<string, unknown>;
    expect(ind).toEqual(exported);
  });
});

describe('indicators:get refuses bad input and changes nothing', () => {
  it('a year outside 2000–2100, no year, an unknown field, an empty wijk', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'indicators:get', { year: 1800 }, 'BAD_INPUT', /^year: .*2000 en 2100/);
    await expectRefusedUnchanged(w, 'indicators:get', {}, 'BAD_INPUT', /^year:/);
    await expectRefusedUnchanged(w, 'indicators:get', { year: 2024, spoor: 'wonen' }, 'BAD_INPUT', /spoor/);
    await expectRefusedUnchanged(w, 'indicators:get', { year: 2024, wijk: '' }, 'BAD_INPUT', /^wijk:/);
  });
});

describe('the report channels only read: the store and the audit log stay as they were', () => {
  it('businesscase, indicators, register and cases:rendement write nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = storeState(w.db);
    await w.value('businesscase:get', { year: 2024, wijk: 'Bloemhof', spoor: 'wonen', tafel: 'tafel-blo', onlyVastgesteld: true });
    await w.value('indicators:get', { year: 2024 });
    await w.value('register:get', { year: 2024, asOf: '2024-06-10' });
    await w.value('cases:rendement', { code: 'BLO-2024-001' });
    expect(storeState(w.db)).toEqual(before);
  });
});
