/**
 * §3.5 the case screen's arrangements: the flags the form shows as you type are the server's flags
 * (the same engine on the same inputs), and arrangements:save / remove refuse bad input naming the
 * field, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { flagNotices } from '../../../renderer/src/features/caseDetail/arrangementFlags';
import { localIsoDate } from '../../../shared/format/date';
import type { CaseFile } from '../../../shared/interchange';
import { expectRefusedUnchanged, openWerkbank, TEST_NOW, type TestWerkbank } from './harness';

type Arrangement = CaseFile['arrangements'][number];

const jeugdAboveCap: Arrangement = { id: 'arr-1', domain: 'jeugd', setting: 'extramuraal', provider: 'Jeugdhulp West (fictief)', weeklyCents: 450000, from: '2025-05-01', weeks: 8 };

/** What the form would show for every arrangement of the case, as the flags alone. */
async function screenFlags(w: TestWerkbank, code: string) {
  const [detail, catalogue] = await Promise.all([w.value('cases:get', { code }), w.value('catalogue:get', {})]);
  return detail.case.arrangements.map((a) => ({
    caseCode: code,
    arrangementId: a.id,
    flags: flagNotices(code, a, detail.case.escalations, catalogue.rules, localIsoDate(TEST_NOW)).map((n) => n.flag),
  }));
}

describe('§3.5 the flags as you type equal the server’s flags for the same arrangement', () => {
  it('gives, for every arrangement of every example case and four added ones, exactly the flags of cases:rendement', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    // One of each flag the voorbeeld lacks: jeugd above the cap without besluit, Wmo extramural above the cap, a surcharge.
    await w.value('arrangements:save', { code: 'BLO-2025-001', arrangement: jeugdAboveCap });
    await w.value('arrangements:save', { code: 'BLO-2025-001', arrangement: { ...jeugdAboveCap, id: 'arr-2', weeklyCents: 400000 } });
    await w.value('arrangements:save', { code: 'SCH-2025-001', arrangement: { ...jeugdAboveCap, domain: 'wmo', weeklyCents: 80001, subcontractorSurchargePct: 0.5 } });
    await w.value('arrangements:save', { code: 'SCH-2025-001', arrangement: { ...jeugdAboveCap, id: 'arr-2', domain: 'wmo', setting: 'intramuraal', weeklyCents: 900000 } });
    const { items } = await w.value('cases:list', {});
    const seen: string[][] = [];
    for (const { code } of items) {
      const server = (await w.value('cases:rendement', { code })).arrangementFlags;
      const screen = await screenFlags(w, code);
      expect(screen).toEqual(server);
      seen.push(...screen.map((s) => s.flags));
    }
    // The comparison covered every flag (and arrangements without one), so it cannot pass empty.
    expect(new Set(seen.flat())).toEqual(new Set(['jeugd_boven_plafond_zonder_besluit', 'boven_goedgekeurd_maximum', 'wmo_extramuraal_boven_plafond', 'onderaannemer_opslag']));
    expect(seen.filter((f) => f.length === 0)).toHaveLength(3);
  });

  it('names the amount each flag is above: the cap in force at the start, or the approved maximum', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const [detail, catalogue] = await Promise.all([w.value('cases:get', { code: 'BLO-2024-002' }), w.value('catalogue:get', {})]);
    const today = localIsoDate(TEST_NOW);
    const arr2 = detail.case.arrangements.find((a) => a.id === 'arr-2');
    if (arr2 === undefined) throw new Error('voorbeeld BLO-2024-002 has arr-2');
    // deels_toegekend with a maximum of € 5.600,00; the arrangement is € 6.100,00.
    expect(flagNotices('BLO-2024-002', arr2, detail.case.escalations, catalogue.rules, today)).toEqual([{ flag: 'boven_goedgekeurd_maximum', limitCents: 560000 }]);
    // The same arrangement without its besluit is simply above the € 4.000,00 jeugd cap.
    expect(flagNotices('BLO-2024-002', arr2, [], catalogue.rules, today)).toEqual([{ flag: 'jeugd_boven_plafond_zonder_besluit', limitCents: 400000 }]);
    const sch = await w.value('cases:get', { code: 'SCH-2024-001' });
    expect(flagNotices('SCH-2024-001', sch.case.arrangements[0]!, sch.case.escalations, catalogue.rules, today)).toEqual([
      { flag: 'wmo_extramuraal_boven_plafond', limitCents: 80000 },
      { flag: 'onderaannemer_opslag', limitCents: null },
    ]);
  });
});

describe('arrangements:save and arrangements:remove refuse bad input naming the field, and change nothing', () => {
  it('refuses a weekbedrag that is not whole cents, an unknown domain, a day the calendar lacks, a blank provider and negative weeks', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const save = (arrangement: unknown) => ({ code: 'BLO-2025-001', arrangement });
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, weeklyCents: 4500.5 }), 'BAD_INPUT', /^arrangement\.weeklyCents: Bedrag moet een geheel aantal centen zijn/);
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, domain: 'zorgverzekering' }), 'BAD_INPUT', /^arrangement\.domain: /);
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, from: '2025-02-30' }), 'BAD_INPUT', /^arrangement\.from: /);
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, provider: '  ' }), 'BAD_INPUT', /^arrangement\.provider: Vul een waarde in/);
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, weeks: -1 }), 'BAD_INPUT', /^arrangement\.weeks: Aantal mag niet negatief zijn/);
    await expectRefusedUnchanged(w, 'arrangements:save', save({ ...jeugdAboveCap, subcontractorSurchargePct: 101 }), 'BAD_INPUT', /^arrangement\.subcontractorSurchargePct: Percentage moet tussen 0 en 100/);
  });

  it('refuses a case that does not exist, for save and for remove', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'arrangements:save', { code: 'BLO-1999-999', arrangement: jeugdAboveCap }, 'NOT_FOUND', /BLO-1999-999/);
    await expectRefusedUnchanged(w, 'arrangements:remove', { code: 'BLO-1999-999', id: 'arr-1' }, 'NOT_FOUND', /BLO-1999-999/);
  });

  it('keeps accepting arrangements on a vastgesteld calculation: they are not among the §3.2 figures, which stay as fixed', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = await w.value('cases:rendement', { code: 'BLO-2024-001' });
    const d = await w.value('arrangements:save', { code: 'BLO-2024-001', arrangement: { ...jeugdAboveCap, from: '2024-03-01' } });
    expect(d.case.arrangements).toEqual([{ ...jeugdAboveCap, from: '2024-03-01' }]);
    expect(d.case.calculationStatus).toBe('vastgesteld');
    const after = await w.value('cases:rendement', { code: 'BLO-2024-001' });
    expect({ ...after, arrangementFlags: [] }).toEqual({ ...before, arrangementFlags: [] });
    expect(after.arrangementFlags).toEqual([{ caseCode: 'BLO-2024-001', arrangementId: 'arr-1', flags: ['jeugd_boven_plafond_zonder_besluit'] }]);
  });
});
