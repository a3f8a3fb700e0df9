/**
 * Issue #13: the §3.3 cohort (and §3.7 beside it) of a period without a spoor or tafel filter reads
 * each case's stored figures (migration 021, data/caseFigures.ts) instead of parsing every summary
 * and computing every rendement again. These tests prove a stored figure never changes a result:
 * each case's stored figures are the engine's figuredCaseOf(case, computeCaseRendement(case,
 * rules)) with its counted cost per type, and the report of every period, wijk and vastgesteld-only
 * selection equals the engine over the cases summed from their rows — with figures missing, after
 * a beleidsregel changes, and after a write to the case row.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { importDataset, readCountedCostPerType, readInterventionTypes, readRules, readStoredCaseFigures, readSummedCaseCalcs } from '../../../electron/core/data';
import { upsertRule } from '../../../electron/core/data/catalogueWrite';
import { readCountedCostPerCaseAndType } from '../../../electron/core/data/caseSums';
import { writeDerivedCaseData } from '../../../electron/core/data/derivedCaseData';
import { businesscaseReport, type BusinesscaseFilters } from '../../../electron/core/reports/businesscase';
import type { Db } from '../../../electron/core/store/openDatabase';
import {
  computeBusinesscase,
  computeCaseRendement,
  DEFAULT_BOOKED_EFFECT_MEASURE_19,
  figuredCaseOf,
  maatschappelijkFromCosts,
} from '../../../shared/calc';
import { parsePeriod, periodOfChoice, type Period } from '../../../shared/calc/period';
import { cleanupStores, freshStore } from './helpers';

afterEach(cleanupStores);

async function generatedStore(): Promise<Db> {
  const db = await freshStore();
  importDataset(db, JSON.parse(JSON.stringify(generateDataset({ cases: 250, seed: 21 }))), { actor: 'test' });
  return db;
}

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(p.message);
  return p.period;
}

const PERIODS: BusinesscaseFilters[] = [2022, 2023, 2024, 2025, 2026, 2027].map((year) => ({ year }));
PERIODS.push({ period: period('2025-T2') }, { period: period('2024-Q4') }, { period: period('2024-03-15..2025-09-30') });

/** §3.3 and §3.7 by the engine over the cases as their rows give them: the rule the stored path must meet. */
function fromRows(db: Db, f: BusinesscaseFilters) {
  const cases = readSummedCaseCalcs(db, { wijk: f.wijk, excludeIngetrokken: true, ownOnly: true }).filter((c) => !f.onlyVastgesteld || c.calculationStatus === 'vastgesteld');
  const businesscase = computeBusinesscase(cases, { period: periodOfChoice(f), wijk: f.wijk, bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19, rules: readRules(db) });
  const types = readInterventionTypes(db);
  const withMultiplier = types.filter((t) => t.multiplier !== null).map((t) => t.id);
  const maatschappelijk = maatschappelijkFromCosts(readCountedCostPerType(db, businesscase.cases.map((c) => c.code), withMultiplier), types);
  return { businesscase, maatschappelijk };
}

function expectReportsAsFromRows(db: Db): void {
  for (const p of PERIODS)
    for (const wijk of [undefined, 'Bloemhof', 'Schiebroek'])
      for (const onlyVastgesteld of [false, true]) {
        const f = { ...p, wijk, onlyVastgesteld } as BusinesscaseFilters;
        const { businesscase, maatschappelijk } = businesscaseReport(db, f);
        const label = `${periodOfChoice(f).label} ${wijk ?? 'alle wijken'} ${onlyVastgesteld ? 'vastgesteld' : ''}`;
        const expected = fromRows(db, f);
        expect(businesscase, label).toEqual(expected.businesscase);
        expect(maatschappelijk, label).toEqual(expected.maatschappelijk);
        // Key for key in the same order too: a JSON export is byte-identical on either path.
        expect(JSON.stringify(businesscase), label).toBe(JSON.stringify(expected.businesscase));
      }
}

describe('§3.3 stored per-case figures equal the engine', () => {
  test("each case's stored figures are figuredCaseOf(case, computeCaseRendement(case, rules)) with its counted cost per type", async () => {
    const db = await generatedStore();
    const rules = readRules(db);
    const cases = readSummedCaseCalcs(db);
    const costs = readCountedCostPerCaseAndType(db, cases.map((c) => c.code));
    const stored = readStoredCaseFigures(db);
    expect(db.prepare('SELECT COUNT(*) FROM case_figures').pluck().get()).toBe(cases.length);
    expect(stored.map(({ countedCostPerType, ...figured }) => ({ figured, countedCostPerType: [...countedCostPerType] }))).toEqual(
      cases.map((c) => ({ figured: figuredCaseOf(c, computeCaseRendement(c, rules)), countedCostPerType: costs.get(c.code) ?? [] })),
    );
    // The generated cases reach every part of a figure: a beleidsregel caps some, some escalated, some have a plan.
    expect(stored.some((c) => c.rendement.begrensdDoorBeleid > 0)).toBe(true);
    expect(stored.some((c) => c.escalations.length > 0)).toBe(true);
    expect(stored.some((c) => c.daysToPlan !== null)).toBe(true);
  });

  test('the businesscase and §3.7 of every period, wijk and vastgesteld-only selection equal the engine over the rows', async () => {
    const db = await generatedStore();
    expectReportsAsFromRows(db);
  });

  test('with figures missing (a store just migrated, or a write not yet figured), the report computes those cases: the same figures, nothing written', async () => {
    const db = await generatedStore();
    db.exec('DELETE FROM case_figures WHERE CAST(substr(case_code, -1) AS INTEGER) % 3 = 0');
    expect(db.prepare('SELECT COUNT(*) FROM case_figures').pluck().get()).toBeLessThan(220);
    const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
    expectReportsAsFromRows(db);
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
    db.exec('DELETE FROM case_summaries');
    expect(db.prepare('SELECT COUNT(*) FROM case_figures').pluck().get()).toBe(0);
    expectReportsAsFromRows(db);
  });

  test('a changed beleidsregel changes "waarvan al begrensd door beleid" once its transaction writes the figures again, from the summaries', async () => {
    const db = await generatedStore();
    const before = businesscaseReport(db, { year: 2025 }).businesscase.begrensdDoorBeleid;
    const jeugd = readRules(db).find((r) => r.kind === 'jeugd_weekbedrag_plafond');
    expect(jeugd).toBeDefined();
    db.transaction(() => {
      upsertRule(db, { ...jeugd!, valueCents: 200_000 });
      expect(db.prepare('SELECT COUNT(*) FROM case_figures').pluck().get()).toBe(0);
      writeDerivedCaseData(db);
    })();
    expect(db.prepare('SELECT COUNT(*) FROM case_figures').pluck().get()).toBe(db.prepare('SELECT COUNT(*) FROM cases').pluck().get());
    expect(businesscaseReport(db, { year: 2025 }).businesscase.begrensdDoorBeleid).toBeGreaterThan(before);
    expectReportsAsFromRows(db);
  });

  test('a changed registration date, signaal flag, attribution or intervention gives new figures once the transaction writes them', async () => {
    const db = await generatedStore();
    const codes = db.prepare("SELECT code FROM cases WHERE reference_date LIKE '2025-%' AND status <> 'ingetrokken' ORDER BY code LIMIT 4").pluck().all() as string[];
    db.prepare("UPDATE cases SET registered_on = '2024-06-01' WHERE code = ?").run(codes[0]);
    db.prepare('UPDATE cases SET is_signaal = 1 - is_signaal WHERE code = ?').run(codes[1]);
    db.prepare('UPDATE cases SET attribution_pct = 35 WHERE code = ?').run(codes[2]);
    db.prepare("UPDATE interventions SET cost_cents = cost_cents + 12345, status = 'afgerond' WHERE case_code = ?").run(codes[3]);
    expect(db.prepare(`SELECT COUNT(*) FROM case_figures WHERE case_code IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes)).toBe(0);
    expectReportsAsFromRows(db);
    writeDerivedCaseData(db);
    expect(db.prepare(`SELECT COUNT(*) FROM case_figures WHERE case_code IN (${codes.map(() => '?').join(', ')})`).pluck().get(...codes)).toBe(4);
    expectReportsAsFromRows(db);
  });
});
