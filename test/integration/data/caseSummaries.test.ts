/**
 * Issue #13: the businesscase reads each case as one stored summary (data/caseSummaries.ts). These
 * tests prove a summary never changes a figure: what the summaries give equals the SQL sums over
 * the rows (readSummedCaseCalcs) after an import, after every kind of write to a row a summary is
 * derived from — whoever writes it — and after a summary of an older version; a read never writes,
 * and every writing transaction ends with the summaries it left missing written.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { importDataset, readStoredSummedCaseCalcs, readSummedCaseCalcs } from '../../../electron/core/data';
import { writeAudited } from '../../../electron/core/data/audited';
import { readCase, saveCase } from '../../../electron/core/data/caseDocument';
import type { CaseFilter } from '../../../electron/core/data/caseRows';
import { CASE_SUMMARY_VERSION, writeMissingCaseSummaries } from '../../../electron/core/data/caseSummaries';
import { businesscaseReport } from '../../../electron/core/reports/businesscase';
import type { Db } from '../../../electron/core/store/openDatabase';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

async function generatedStore(): Promise<Db> {
  const db = await freshStore();
  importDataset(db, JSON.parse(JSON.stringify(generateDataset({ cases: 200, seed: 8 }))), { actor: 'test' });
  return db;
}

const summaries = (db: Db) => db.prepare('SELECT COUNT(*) FROM case_summaries').pluck().get() as number;
const hasSummary = (db: Db, code: string) => db.prepare('SELECT 1 FROM case_summaries WHERE case_code = ?').get(code) !== undefined;

/** The rule: the stored summaries give exactly the SQL sums over the rows as they are now. */
function expectSameAsRows(db: Db, filter: CaseFilter = {}): void {
  const stored = readStoredSummedCaseCalcs(db, filter);
  const rows = readSummedCaseCalcs(db, filter);
  expect(stored.map((c) => c.code)).toEqual(rows.map((c) => c.code));
  rows.forEach((c, i) => expect(stored[i], c.code).toEqual(c));
}

/** A case in some year's cohort with actual cost lines, interventions, an escalation with a besluit and an agenda item. */
function richCase(db: Db): string {
  return db
    .prepare(
      `SELECT c.code FROM cases c
        WHERE c.reference_date IS NOT NULL AND c.status <> 'ingetrokken'
          AND EXISTS (SELECT 1 FROM cost_lines l WHERE l.case_code = c.code AND l.scenario = 'actual' AND l.amount_cents > 0) AND EXISTS (SELECT 1 FROM interventions i WHERE i.case_code = c.code)
          AND EXISTS (SELECT 1 FROM escalations e JOIN besluiten b ON b.escalation_seq = e.seq WHERE e.case_code = c.code)
          AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.case_code = c.code)
        ORDER BY c.code LIMIT 1`,
    )
    .pluck()
    .get() as string;
}

describe('stored case summaries equal the SQL sums over the rows', () => {
  test.each([
    ['every case', {}],
    ['a businesscase selection (own, not ingetrokken, reference on or before 2025-12-31)', { ownOnly: true, excludeIngetrokken: true, referenceTo: '2025-12-31' }],
    ['one wijk', { wijk: 'Bloemhof' }],
  ] as const)('after an import of a generated dataset: %s', async (_name, filter) => {
    const db = await generatedStore();
    expectSameAsRows(db, filter);
  });

  test('the import writes every case its summary; a read then writes nothing', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const cases = db.prepare('SELECT COUNT(*) FROM cases').pluck().get() as number;
    expect(summaries(db)).toBe(cases);
    const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
    expectSameAsRows(db);
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
  });

  test('with no summary stored (a store just migrated), a read sums every case from its rows and writes nothing', async () => {
    const db = await generatedStore();
    db.exec('DELETE FROM case_summaries');
    expectSameAsRows(db, { ownOnly: true, excludeIngetrokken: true, referenceTo: '2025-12-31' });
    expect(summaries(db)).toBe(0);
    writeMissingCaseSummaries(db);
    expect(summaries(db)).toBe(db.prepare('SELECT COUNT(*) FROM cases').pluck().get());
    expectSameAsRows(db);
  });
});

describe('a write to a row a summary is derived from removes that summary; reads sum the case from its rows until the transaction writes it again', () => {
  const withArrangement = (db: Db) => db.prepare('SELECT case_code FROM arrangements ORDER BY case_code LIMIT 1').pluck().get() as string;
  const writes: [string, (db: Db, code: string) => void, (db: Db) => string][] = [
    ['a cost line amount', (db, code) => db.prepare("UPDATE cost_lines SET amount_cents = amount_cents + 12345 WHERE case_code = ? AND scenario = 'reference'").run(code), richCase],
    ['an intervention cost (as a price-list re-price or a repair would)', (db, code) => db.prepare('UPDATE interventions SET cost_cents = cost_cents + 999 WHERE case_code = ?').run(code), richCase],
    ['an intervention removed', (db, code) => db.prepare('DELETE FROM interventions WHERE case_code = ? AND position = 0').run(code), richCase],
    ['a spoor added to the case', (db, code) => db.prepare("INSERT OR IGNORE INTO case_sporen (case_code, spoor, position) VALUES (?, 'werk_dagbesteding', 99)").run(code), richCase],
    ['a besluit granting a different maatwerkbudget', (db, code) => db.prepare('UPDATE besluiten SET maatwerkbudget_cents = 4321 WHERE escalation_seq IN (SELECT seq FROM escalations WHERE case_code = ?)').run(code), richCase],
    ['an escalation status', (db, code) => db.prepare("UPDATE escalations SET status = 'ingediend' WHERE case_code = ?").run(code), richCase],
    ['a status step', (db, code) => db.prepare("UPDATE case_status_history SET at = '2020-01-02T00:00:00.000Z' WHERE case_code = ?").run(code), richCase],
    ['an arrangement', (db, code) => db.prepare('UPDATE arrangements SET weekly_cents = weekly_cents + 1 WHERE case_code = ?').run(code), withArrangement],
  ];

  test.each(writes)('%s', async (_name, write, pick) => {
    const db = await generatedStore();
    const code = pick(db);
    const before = readStoredSummedCaseCalcs(db, { codes: [code] })[0];
    expect(hasSummary(db, code)).toBe(true);
    write(db, code);
    expect(hasSummary(db, code)).toBe(false);
    expectSameAsRows(db);
    expect(readStoredSummedCaseCalcs(db, { codes: [code] })[0]).not.toEqual(before);
    writeMissingCaseSummaries(db);
    expect(hasSummary(db, code)).toBe(true);
    expectSameAsRows(db);
  });

  test('a case edit through the case writer (saveCase) shows at once in the businesscase: without its actual lines, vermedenKosten grows by exactly their sum', async () => {
    const db = await generatedStore();
    const code = richCase(db);
    const c = readCase(db, code);
    const year = Number(c.referenceDate?.slice(0, 4));
    const before = businesscaseReport(db, { year }).businesscase.vermedenKosten;
    const actualCents = readStoredSummedCaseCalcs(db, { codes: [code] })[0]?.sums.actualCents ?? 0;
    expect(actualCents).toBeGreaterThan(0);
    writeAudited(db, 'test', () => new Date(), () => ({ result: saveCase(db, { ...c, actual: [] }, 'replace'), audit: { action: 'case.update', entity: 'case', entityId: code } }));
    // writeAudited ended by writing the summary again.
    expect(hasSummary(db, code)).toBe(true);
    expect(businesscaseReport(db, { year }).businesscase.vermedenKosten - before).toBe(actualCents);
    expectSameAsRows(db);
  });

  test("the case row's own columns are read live; its reference date, horizon or attribution (which its §3.8 shares depend on, migration 020) remove its summary, other columns do not", async () => {
    const db = await generatedStore();
    const code = richCase(db);
    db.prepare("UPDATE cases SET wijk = 'Schiebroek', calculation_status = 'vastgesteld' WHERE code = ?").run(code);
    expect(hasSummary(db, code)).toBe(true);
    expect(readStoredSummedCaseCalcs(db, { codes: [code] })[0]).toMatchObject({ wijk: 'Schiebroek', calculationStatus: 'vastgesteld' });
    for (const change of ["reference_date = '2025-03-04'", 'horizon_weeks = 26', 'attribution_pct = 40']) {
      writeMissingCaseSummaries(db);
      expect(hasSummary(db, code)).toBe(true);
      db.prepare(`UPDATE cases SET ${change} WHERE code = ?`).run(code);
      expect(hasSummary(db, code), change).toBe(false);
      expect(db.prepare('SELECT COUNT(*) FROM case_year_shares WHERE case_code = ?').pluck().get(code), change).toBe(0);
    }
    const stored = readStoredSummedCaseCalcs(db, { codes: [code] })[0];
    expect(stored).toMatchObject({ referenceDate: '2025-03-04', horizonWeeks: 26, attributionPct: 40 });
    expectSameAsRows(db);
  });

  test("a meeting's date or tafel, or an agenda item moved to another meeting, removes the summaries of the cases on it; its notes do not", async () => {
    const db = await generatedStore();
    const code = richCase(db);
    const meeting = db.prepare('SELECT meeting_id FROM agenda_items WHERE case_code = ? LIMIT 1').pluck().get(code) as string;
    db.prepare("UPDATE agenda_items SET notes = 'besproken' WHERE meeting_id = ?").run(meeting);
    expect(hasSummary(db, code)).toBe(true);
    db.prepare("UPDATE meetings SET date = '2025-03-05' WHERE id = ?").run(meeting);
    expect(hasSummary(db, code)).toBe(false);
    expect(readStoredSummedCaseCalcs(db, { codes: [code] })[0]?.discussedOn).toContain('2025-03-05');
    writeMissingCaseSummaries(db);
    const other = db.prepare('SELECT id FROM meetings WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(meeting) as string;
    db.prepare('UPDATE agenda_items SET meeting_id = ?, position = 1000 WHERE case_code = ? AND meeting_id = ?').run(other, code, meeting);
    expect(hasSummary(db, code)).toBe(false);
    expectSameAsRows(db);
    db.prepare('DELETE FROM meetings WHERE id = ?').run(other);
    expect(hasSummary(db, code)).toBe(false);
    expectSameAsRows(db);
  });

  test('an erased case takes its summary with it', async () => {
    const db = await generatedStore();
    const code = richCase(db);
    db.prepare('DELETE FROM cases WHERE code = ?').run(code);
    expect(hasSummary(db, code)).toBe(false);
    expectSameAsRows(db);
  });

  test('a summary of another version counts as missing and is rebuilt in the current one', async () => {
    const db = await generatedStore();
    db.prepare("UPDATE case_summaries SET version = ?, summary = '[]'").run(CASE_SUMMARY_VERSION - 1);
    expectSameAsRows(db);
    writeMissingCaseSummaries(db);
    expect(db.prepare('SELECT DISTINCT version FROM case_summaries').pluck().all()).toEqual([CASE_SUMMARY_VERSION]);
    expectSameAsRows(db);
  });
});
