/**
 * §3.3 the report channels take a period (issue #14 item 1), and §3.8 businesscase:get the view:
 * the screen's figures are the export's figures for the same period and view. Hand-checked
 * figures of the example dataset: see test/integration/cli/cliPeriods.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../../shared/calc/period';
import { buildExport } from '../../../electron/core/export/buildExport';
import { expectRefusedUnchanged, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

function period(text: string): Period {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.message);
  return r.period;
}

describe('businesscase:get for a period and a view shows exactly what the export writes', () => {
  it.each([
    ['2024-T2', 'cohort'],
    ['2024-Q1', 'kalenderjaar'],
    ['2025-T1', 'kalenderjaar'],
    ['2024-05-01..2025-02-28', 'kalenderjaar'],
  ] as const)('%s in the %s view', async (text, view) => {
    const w = await openWerkbank({ voorbeeld: true });
    const { filters: _f, maatschappelijk: _m, ...screen } = await w.value('businesscase:get', { period: text, view });
    const file = buildExport(w.db, { what: 'businesscase', format: 'json', year: 2024, period: period(text), view, pseudonymised: false, now: TEST_NOW, actor: TEST_ACTOR });
    const { format: _a, generatedAt: _b, filters: _c, pseudonymised: _d, priceListVersions: _e, provenance: _g, ...exported } = JSON.parse(file) as Record<string, unknown>;
    expect(screen).toEqual(exported);
    expect(screen.view).toBe(view);
    if (view === 'kalenderjaar') expect(screen.kalenderjaar).not.toBeNull();
  });

  it('2024-T2: only SCH-2024-001 (739 200 saved, 157 000 invested); the period wins over a year sent beside it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await w.value('businesscase:get', { year: 2025, period: '2024-T2' });
    expect(bc.cases.map((c) => c.code)).toEqual(['SCH-2024-001']);
    expect([bc.vermedenKosten, bc.investering, bc.bookedEffect, bc.measure19]).toEqual([739200, 157000, null, null]);
    expect(bc.filters.year).toBe(2024);
  });

  it('indicators:get and register:get take the period too', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await w.value('indicators:get', { period: '2024-Q3' });
    expect([ind.from, ind.to]).toEqual(['2024-07-01', '2024-09-30']);
    // The register's arrangements that start in 2024 (all of the example's) start in T1 or T2, none in T3.
    const year = await w.value('register:get', { year: 2024 });
    const t3 = await w.value('register:get', { period: '2024-T3' });
    expect(year.rows.length).toBeGreaterThan(0);
    expect(t3.rows).toEqual([]);
  });
});

describe('a period the channels cannot read is refused with the Dutch message, nothing changed', () => {
  it('a fourth tertiaal, a day that does not exist, a range the wrong way round, no period and no year', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'businesscase:get', { period: '2025-T4' }, 'BAD_INPUT', /^period: Periode '2025-T4': een tertiaal is T1/);
    await expectRefusedUnchanged(w, 'indicators:get', { period: '2025-02-30..2025-03-31' }, 'BAD_INPUT', /^period: .*begindatum 2025-02-30 bestaat niet/);
    await expectRefusedUnchanged(w, 'register:get', { period: '2025-06-30..2025-01-01' }, 'BAD_INPUT', /^period: .*zet de vroegste datum eerst/);
    await expectRefusedUnchanged(w, 'businesscase:get', { period: '2025', view: 'jaar' }, 'BAD_INPUT', /^view:/);
    await expectRefusedUnchanged(w, 'businesscase:get', {}, 'BAD_INPUT', /^year: .*periode/);
  });
});
