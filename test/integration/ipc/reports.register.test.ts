/**
 * §3.5 register:get — the weekbedrag register — and §3.2 cases:rendement — one case's figures
 * with its arrangement flags. The register on screen is the register the CLI exports (§6).
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/core/export/buildExport';
import { expectRefusedUnchanged, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

describe('register:get lists every jeugd arrangement above the cap with its meerkosten (§3.5)', () => {
  it('2024: (5200 − 4000) × 12 = 14.400 and (6100 − 4000) × 10,5 = 22.050, total 36.450 euro', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', { year: 2024 });
    expect(reg.rows.map((r) => [r.caseCode, r.arrangementId, r.meerkostenBovenPlafond])).toEqual([
      ['BLO-2024-002', 'arr-1', 1440000],
      ['BLO-2024-002', 'arr-2', 2205000],
    ]);
    expect(reg.totalMeerkostenBovenPlafond).toBe(3645000);
    expect(reg.rows.map((r) => [r.approvalStatus, r.approvedWeeklyCents, r.capCents, r.flags])).toEqual([
      ['toegekend', 520000, 400000, []],
      ['deels_toegekend', 560000, 400000, ['boven_goedgekeurd_maximum']],
    ]);
    expect(reg).toMatchObject({ asOf: '2025-06-02', year: 2024, wijk: null });
  });

  it('one Wmo extramural arrangement above € 800 a week', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', { year: 2024 });
    expect(reg.wmoExtramuraalBovenPlafond).toEqual([
      { caseCode: 'SCH-2024-001', arrangementId: 'arr-1', provider: 'Thuiszorg Noord (fictief)', weeklyCents: 95000, capCents: 80000 },
    ]);
  });

  it('a year counts only arrangements that start in it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', { year: 2025 });
    expect(reg.rows).toEqual([]);
    expect(reg.totalMeerkostenBovenPlafond).toBe(0);
    expect(reg.wmoExtramuraalBovenPlafond).toEqual([]);
    expect(reg.flagged).toEqual([]);
  });
});

describe('register:get shows the subcontractor surcharge and every other flag, judged on asOf', () => {
  it('the Wmo arrangement with a 12 % surcharge is flagged, also though it is no jeugd row', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', {});
    expect(reg.flagged).toEqual([
      { caseCode: 'BLO-2024-002', arrangementId: 'arr-2', flags: ['boven_goedgekeurd_maximum'], domain: 'jeugd', setting: 'semimuraal', provider: 'Jeugdzorgaanbieder Zuid (fictief)', weeklyCents: 610000, subcontractorSurchargePct: null },
      { caseCode: 'SCH-2024-001', arrangementId: 'arr-1', flags: ['wmo_extramuraal_boven_plafond', 'onderaannemer_opslag'], domain: 'wmo', setting: 'extramuraal', provider: 'Thuiszorg Noord (fictief)', weeklyCents: 95000, subcontractorSurchargePct: 12 },
    ]);
  });

  it('before the surcharge ban took effect (2024-01-01) the surcharge is not flagged', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', { asOf: '2023-12-31' });
    expect(reg.flagged.find((f) => f.caseCode === 'SCH-2024-001')?.flags).toEqual(['wmo_extramuraal_boven_plafond']);
  });
});

describe('register:get marks the approvals whose review falls within 4 weeks of asOf (default today)', () => {
  it('review 2024-06-28 is due soon on 2024-06-10, not on 2024-05-30 (29 days) nor today', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const due = async (asOf?: string) => (await w.value('register:get', asOf ? { asOf } : {})).rows.map((r) => r.reviewDueSoon);
    expect(await due('2024-06-10')).toEqual([true, false]);
    expect(await due('2024-05-31')).toEqual([true, false]);
    expect(await due('2024-05-30')).toEqual([false, false]);
    expect(await due('2024-09-01')).toEqual([false, true]);
    expect(await due()).toEqual([false, false]);
    w.setNow(new Date('2024-09-20T09:00:00'));
    expect(await due()).toEqual([false, true]);
  });
});

describe('register:get shows exactly the register `werkbank export --what register --format json` writes (plus each row\'s approval history)', () => {
  it.each([undefined, 'Bloemhof', 'Schiebroek'])('wijk %s', async (wijk) => {
    const w = await openWerkbank({ voorbeeld: true });
    const { asOf: _a, year: _y, wijk: _w, flagged: _f, rows, ...reg } = await w.value('register:get', { wijk });
    const text = buildExport(w.db, { what: 'register', format: 'json', year: 2024, wijk, pseudonymised: false, now: TEST_NOW, actor: TEST_ACTOR });
    const { format: _format, generatedAt: _at, provenance: _provenance, ...exported } = JSON.parse(text) as Record<string, unknown>;
    // The screen's history (every request and besluit, §3.5) comes on top of the rows; the figures are the export's.
    expect({ ...reg, rows: rows.map(({ history: _h, ...row }) => row) }).toEqual(exported);
  });
});

describe('register:get refuses bad input and changes nothing', () => {
  it('a year outside 2000–2100, a date that does not exist, an unknown field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'register:get', { year: 1800 }, 'BAD_INPUT', /^year: .*2000 en 2100/);
    await expectRefusedUnchanged(w, 'register:get', { asOf: '2024-13-01' }, 'BAD_INPUT', /^asOf:/);
    await expectRefusedUnchanged(w, 'register:get', { asOf: '1-6-2024' }, 'BAD_INPUT', /^asOf: .*JJJJ-MM-DD/);
    await expectRefusedUnchanged(w, 'register:get', { tot: '2024-12-31' }, 'BAD_INPUT', /tot/);
  });
});

describe('cases:rendement gives one case\'s §3.2 figures and its arrangement flags', () => {
  it('BLO-2024-002: 35.000 vermeden, 80 % toegerekend, 1.187,50 investering, 23,58 per euro; arr-2 above its approved maximum', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const r = await w.value('cases:rendement', { code: 'BLO-2024-002' });
    expect(r).toMatchObject({ code: 'BLO-2024-002', wijk: 'Bloemhof', calculationStatus: 'concept', vermedenKosten: 3500000, vermedenGecorrigeerd: 2800000, investering: 118750, nettoRendement: 2681250, rendementPerEuro: 23.58 });
    expect(r.arrangementFlags).toEqual([
      { caseCode: 'BLO-2024-002', arrangementId: 'arr-1', flags: [] },
      { caseCode: 'BLO-2024-002', arrangementId: 'arr-2', flags: ['boven_goedgekeurd_maximum'] },
    ]);
  });

  it('equals the case\'s row in the businesscase, and flags the Wmo surcharge of SCH-2024-001', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2024 });
    for (const row of bc.cases) {
      const { arrangementFlags: _f, ...figures } = await w.value('cases:rendement', { code: row.code });
      expect(figures).toEqual(row);
    }
    const sch = await w.value('cases:rendement', { code: 'SCH-2024-001' });
    expect(sch.arrangementFlags[0]?.flags).toEqual(['wmo_extramuraal_boven_plafond', 'onderaannemer_opslag']);
  });

  it('a case without a reference date or investering: rendementPerEuro null', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const r = await w.value('cases:rendement', { code: 'SCH-2025-003' });
    expect(r).toMatchObject({ investering: 0, rendementPerEuro: null, arrangementFlags: [] });
  });

  it('refuses an unknown case (NOT_FOUND) and a malformed code (BAD_INPUT), changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'cases:rendement', { code: 'BLO-2024-999' }, 'NOT_FOUND', /BLO-2024-999 bestaat niet/);
    await expectRefusedUnchanged(w, 'cases:rendement', { code: 'Jan Jansen' }, 'BAD_INPUT', /^code: /);
    await expectRefusedUnchanged(w, 'cases:rendement', { code: 'BLO-2024-001', jaar: 2024 }, 'BAD_INPUT', /jaar/);
  });
});
