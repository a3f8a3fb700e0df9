/**
 * §3.3 and §3.8 on the command line (issue #14 items 1 and 2): `werkbank export --period 2025 |
 * 2025-T2 | 2025-Q3 | 2025-01-01..2025-06-30` (--year its shorthand) and `--view cohort|kalenderjaar`
 * on the businesscase; the recompute command names them, so verify-export reproduces the file.
 * Figures of the example dataset (test/fixtures/dataset-voorbeeld.json), checked by hand: 2024's
 * cases are BLO-2024-001 and -002 (reference 05-03, T1) and SCH-2024-001 (14-05, T2); SCH-2024-001
 * alone saves 739 200 cents for an investering of 157 000 (test/integration/ipc/reports.test.ts),
 * the two Bloemhof cases 6 739 200 − 739 200 = 6 000 000 for 895 750 − 157 000 = 738 750.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };
const AS_OF = '2025-06-02T10:00:00.000Z';

async function store(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  expect((await werkbank(['import', 'test/fixtures/dataset-voorbeeld.json', '--db', db], env)).code).toBe(0);
  return { db, dir };
}

interface BcJson {
  filters: Record<string, unknown>;
  period: { kind: string; from: string; to: string; label: string };
  cases: { code: string }[];
  vermedenKosten: number;
  investering: number;
  bookedEffect: number | null;
  view: string;
  kalenderjaar: { vermedenKosten: number; cases: { code: string; daysInPeriod: number; horizonDays: number }[] } | null;
  measure19: { year: number; bookedEffect: number; kalenderjaar: { vermedenKosten: number }; cohort: { vermedenKosten: number } } | null;
  provenance: { recompute: string[] };
}

async function exportJson(s: { db: string; dir: string }, args: string[], what = 'businesscase'): Promise<BcJson> {
  const out = join(s.dir, `${what}-${String(Math.random()).slice(2)}.json`);
  const r = await werkbank(['export', '--what', what, '--format', 'json', ...args, '--as-of', AS_OF, '--out', out, '--db', s.db], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as BcJson;
}

describe('werkbank export --period: a case belongs to the period of its reference date (§3.3)', () => {
  it('2024-T1 holds the two Bloemhof cases (6 000 000 saved, 738 750 invested); 2024-T2 only SCH-2024-001 (739 200, 157 000)', async () => {
    const s = await store();
    const t1 = await exportJson(s, ['--period', '2024-T1']);
    expect(t1.cases.map((c) => c.code)).toEqual(['BLO-2024-001', 'BLO-2024-002']);
    expect([t1.vermedenKosten, t1.investering]).toEqual([6000000, 738750]);
    expect(t1.period).toEqual({ kind: 'tertiaal', from: '2024-01-01', to: '2024-04-30', label: '2024 T1 (januari–april)' });
    expect(t1.filters).toMatchObject({ year: 2024, period: '2024-T1' });
    const t2 = await exportJson(s, ['--period', '2024-T2']);
    expect(t2.cases.map((c) => c.code)).toEqual(['SCH-2024-001']);
    expect([t2.vermedenKosten, t2.investering]).toEqual([739200, 157000]);
    // Measure 19 is booked per calendar year: no booked effect, no comparison for a tertiaal.
    expect([t2.bookedEffect, t2.measure19]).toEqual([null, null]);
  });

  it('a quarter and a date range: 2024-Q2 and 2024-04-01..2024-06-30 both hold SCH-2024-001 only', async () => {
    const s = await store();
    const q2 = await exportJson(s, ['--period', '2024-Q2']);
    const range = await exportJson(s, ['--period', '2024-04-01..2024-06-30']);
    expect(q2.cases.map((c) => c.code)).toEqual(['SCH-2024-001']);
    expect(range.cases.map((c) => c.code)).toEqual(['SCH-2024-001']);
    expect(range.period).toMatchObject({ kind: 'range', label: '01-04-2024 t/m 30-06-2024' });
    expect(range.provenance.recompute).toEqual(expect.arrayContaining(['--period', '2024-04-01..2024-06-30']));
  });

  it('--year 2024 is shorthand for --period 2024: the same file, byte for byte', async () => {
    const s = await store();
    const a = join(s.dir, 'a.json');
    const b = join(s.dir, 'b.json');
    await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--as-of', AS_OF, '--out', a, '--db', s.db], env);
    await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--period', '2024', '--as-of', AS_OF, '--out', b, '--db', s.db], env);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('the indicators follow the period too: --period 2024-T2 counts from 1 May to 31 August', async () => {
    const s = await store();
    const ind = (await exportJson(s, ['--period', '2024-T2'], 'indicators')) as unknown as { from: string; to: string };
    expect([ind.from, ind.to]).toEqual(['2024-05-01', '2024-08-31']);
  });

  it('a bad period: exit 1 with parsePeriod\'s Dutch message naming --period, and no file', async () => {
    const s = await store();
    const out = join(s.dir, 'x.json');
    const r = await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--period', '2025-T4', '--out', out, '--db', s.db], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--period: Periode '2025-T4': een tertiaal is T1 (januari–april), T2 (mei–augustus) of T3 (september–december).");
    expect(existsSync(out)).toBe(false);
    const both = await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--period', '2024', '--out', out, '--db', s.db], env);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('geef --year of --period, niet allebei');
  });
});

describe('werkbank export --view kalenderjaar (§3.8)', () => {
  it('2025: a 2024 case adds its tail (BLO-2024-001: 62 of its 364 days fall in 2025), measure 19 compared on the kalenderjaar gemeente figure', async () => {
    const s = await store();
    const kj = await exportJson(s, ['--period', '2025', '--view', 'kalenderjaar']);
    expect(kj.view).toBe('kalenderjaar');
    // 2024-03-05 + 364 days ends 2025-03-03: January 31 + February 28 + 3 days of March = 62.
    expect(kj.kalenderjaar?.cases.find((c) => c.code === 'BLO-2024-001')).toMatchObject({ daysInPeriod: 62, horizonDays: 364 });
    expect(kj.measure19).toMatchObject({ year: 2025, bookedEffect: 80_000_000 });
    expect(kj.measure19?.kalenderjaar.vermedenKosten).not.toBe(kj.measure19?.cohort.vermedenKosten);
    expect(kj.provenance.recompute).toEqual(expect.arrayContaining(['--year', '2025', '--view', 'kalenderjaar']));
    // The cohort view (the default) gives the same comparison: it is always made in the kalenderjaar view.
    const cohort = await exportJson(s, ['--period', '2025']);
    expect(cohort.view).toBe('cohort');
    expect(cohort.measure19).toEqual(kj.measure19);
  });

  it('--view belongs to the businesscase: on the indicators exit 1, and an unknown view exit 1', async () => {
    const s = await store();
    const out = join(s.dir, 'x.json');
    const ind = await werkbank(['export', '--what', 'indicators', '--format', 'json', '--view', 'kalenderjaar', '--out', out, '--db', s.db], env);
    expect(ind.code).toBe(1);
    expect(ind.stderr).toContain('--view (cohort of kalenderjaar) hoort bij --what businesscase');
    const bad = await werkbank(['export', '--what', 'businesscase', '--format', 'json', '--view', 'jaar', '--out', out, '--db', s.db], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--view moet cohort of kalenderjaar zijn');
  });
});

describe('verify-export reproduces an export made with --period 2025-T2 --view kalenderjaar', () => {
  it.each(['json', 'csv'])('as %s: its command names --period 2025-T2 --view kalenderjaar, recomputed from its dataset: exit 0', async (format) => {
    const s = await store();
    const dataset = join(s.dir, 'D.json');
    expect((await werkbank(['export', '--what', 'dataset', '--format', 'json', '--pseudonymised', '--out', dataset, '--db', s.db], env)).code).toBe(0);
    const file = join(s.dir, `businesscase.${format}`);
    const args = ['export', '--what', 'businesscase', '--format', format, '--period', '2025-T2', '--view', 'kalenderjaar', '--pseudonymised', '--as-of', AS_OF, '--out', file, '--db', s.db];
    expect((await werkbank(args, env)).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(format === 'json' ? '"2025-T2"' : '--period 2025-T2 --view kalenderjaar');
    const r = await werkbank(['verify-export', file, '--dataset', dataset]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
