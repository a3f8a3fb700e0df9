import { describe, expect, it } from 'vitest';
import { expectRefusedUnchanged, openWerkbank } from './harness';

describe('Issue #14 item 7: the agenda proposal is ordered by need — care-cost band first (highest first, none last), then the group order', () => {
  it('a vastgelopen case of more than € 100.000 a year comes first, a new aanmelding of € 10–50k second, the rest without a band in their group order', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('cases:update', { code: 'SCH-2025-001', changes: { careCostBand: 'boven_100k' } });
    await w.value('cases:update', { code: 'SCH-2025-003', changes: { careCostBand: 'van_10k_tot_50k' } });
    const { id } = await w.value('meetings:create', { tafelId: 'tafel-jeugd', date: '2025-06-05' });
    const { items } = await w.value('meetings:proposeAgenda', { id });
    expect(items.map((i) => [i.caseCode, i.careCostBand ?? null, i.reasons[0]?.kind])).toEqual([
      ['SCH-2025-001', 'boven_100k', 'vastgelopen'],
      ['SCH-2025-003', 'van_10k_tot_50k', 'nieuwe_aanmelding'],
      ['SCH-2025-002', null, 'nieuwe_aanmelding'],
      ['BLO-2024-002', null, 'open_acties'],
    ]);
  });

  it('the band is asked at the aanmelding (cases:create), changed and cleared with cases:update; an unknown band is refused and nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const created = await w.value('cases:create', { wijk: 'Bloemhof', alias: 'K.', sporen: ['wonen'], careCostBand: 'van_50k_tot_100k' });
    expect(created.case.careCostBand).toBe('van_50k_tot_100k');
    const code = created.case.code;
    expect((await w.value('cases:update', { code, changes: { careCostBand: null } })).case.careCostBand).toBeUndefined();
    await expectRefusedUnchanged(w, 'cases:update', { code, changes: { careCostBand: 'hoog' } }, 'BAD_INPUT', /careCostBand/);
  });
});

describe('Issue #14 item 7: the four sporen considered ("overwogen")', () => {
  it('cases:update stores the sporen ticked; a spoor twice is refused and nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const detail = await w.value('cases:update', { code: 'BLO-2025-001', changes: { sporenConsidered: ['wonen', 'financiele_zekerheid'] } });
    expect(detail.case.sporenConsidered).toEqual(['wonen', 'financiele_zekerheid']);
    await expectRefusedUnchanged(w, 'cases:update', { code: 'BLO-2025-001', changes: { sporenConsidered: ['wonen', 'wonen'] } }, 'BAD_INPUT', /^sporenConsidered\[1\]: /);
  });
});
