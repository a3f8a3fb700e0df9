import { describe, expect, it } from 'vitest';
import { expectRefusedUnchanged, openWerkbank } from './harness';

const codes = (items: { code: string }[]) => items.map((c) => c.code).sort();

describe('cases:list filters by wijk, spoor, casusregisseur and follow-up due (§2.1, issue #8 item 6)', () => {
  it('a spoor keeps the cases that have it among their sporen', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { items } = await w.value('cases:list', { spoor: 'werk_dagbesteding' });
    expect(codes(items)).toEqual(['BLO-2025-001', 'SCH-2025-001']);
    expect(items.every((c) => c.sporen.includes('werk_dagbesteding'))).toBe(true);
  });

  it('a casusregisseur keeps that person\'s cases, combined with the wijk', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect(codes((await w.value('cases:list', { casusregisseur: 'M. de Vries' })).items)).toEqual(['BLO-2024-001', 'BLO-2025-001']);
    expect(codes((await w.value('cases:list', { casusregisseur: 'S. Yilmaz', wijk: 'Schiebroek' })).items)).toEqual([]);
  });

  it('follow-up due keeps the open cases whose follow-up date is today or past, and shows the date', async () => {
    const w = await openWerkbank({ voorbeeld: true }); // today is 2025-06-02
    await w.value('cases:update', { code: 'SCH-2024-001', changes: { followUpOn: '2025-06-02' } });
    await w.value('cases:update', { code: 'BLO-2025-001', changes: { followUpOn: '2025-06-03' } }); // tomorrow
    await w.value('cases:update', { code: 'BLO-2024-001', changes: { followUpOn: '2025-01-01' } }); // afgesloten
    const due = (await w.value('cases:list', { followUpDue: true })).items;
    expect(due.map((c) => [c.code, c.followUpOn])).toEqual([['SCH-2024-001', '2025-06-02']]);
    const all = new Map((await w.value('cases:list', {})).items.map((c) => [c.code, c.followUpOn]));
    expect(all.get('BLO-2025-001')).toBe('2025-06-03');
    expect(all.get('SCH-2025-002')).toBeNull();
  });

  it('refuses an unknown spoor and a follow-up flag that is not true, naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:list', { spoor: 'zorg' }, 'BAD_INPUT', /^spoor: /);
    await expectRefusedUnchanged(w, 'cases:list', { followUpDue: false }, 'BAD_INPUT', /^followUpDue: /);
  });
});
