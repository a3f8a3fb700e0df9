/**
 * Migration 021 (issue #13): a case's stored §3.3 figures are derived from its summary, from the
 * beleidsregels and from two case-row columns. Deleting the summary deletes them; writing any
 * rule deletes every case's figures; a write to the registration date or the signaal flag deletes
 * the case's; other case columns (read live) do not. test/integration/data/caseFigures.test.ts
 * proves the figures through them.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

function migratedWithTwoCases() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 20));
  expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'case_figures'").get()).toBeUndefined();
  migrate(db, MIGRATIONS.slice(0, 21));
  for (const code of ['C-1', 'C-2'])
    db.prepare(
      `INSERT INTO cases (code, wijk, is_signaal, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
       VALUES (?, 'Bloemhof', 0, 'aangemeld', '2025-01-10', '2025-02-01', 52, 80, 'concept')`,
    ).run(code);
  const figure = () => {
    for (const code of ['C-1', 'C-2']) {
      db.prepare("INSERT OR REPLACE INTO case_summaries (case_code, version, summary) VALUES (?, 2, '[]')").run(code);
      db.prepare(
        `INSERT OR REPLACE INTO case_figures (case_code, version, reference_cents, actual_cents, vermeden_kosten, vermeden_gecorrigeerd, vermeden_zeker,
           investering, netto_rendement, rendement_per_euro, begrensd_door_beleid, niet_toegerekend, spoor_samenredzaamheid, spoor_wonen,
           spoor_werk_dagbesteding, spoor_financiele_zekerheid, per_payer, counted, doorbraken, voorliggend_veld, escalations, days_to_plan, counted_cost_per_type)
         VALUES (?, 1, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0, 0, '[]', 0, 0, 0, NULL, NULL, '[]')`,
      ).run(code);
    }
  };
  const figured = () => db.prepare('SELECT case_code FROM case_figures ORDER BY case_code').pluck().all() as string[];
  return { db, figure, figured };
}

describe('migration 021 case_figures: per-case §3.3 figures that go with their summary and the beleidsregels', () => {
  it("deleting a summary deletes that case's figures; deleting the case deletes both", () => {
    const { db, figure, figured } = migratedWithTwoCases();
    figure();
    expect(figured()).toEqual(['C-1', 'C-2']);
    db.exec("DELETE FROM case_summaries WHERE case_code = 'C-1'");
    expect(figured()).toEqual(['C-2']);
    db.pragma('foreign_keys = ON');
    db.exec("DELETE FROM cases WHERE code = 'C-2'");
    expect(figured()).toEqual([]);
  });

  it("adding, changing or removing a beleidsregel deletes every case's figures", () => {
    const { db, figure, figured } = migratedWithTwoCases();
    figure();
    db.exec("INSERT INTO rules (id, position, kind, value_cents, effective_from, source) VALUES ('jeugd-plafond', 1, 'jeugd_weekbedrag_plafond', 400000, '2024-07-01', 'test')");
    expect(figured()).toEqual([]);
    figure();
    db.exec("UPDATE rules SET value_cents = 450000 WHERE id = 'jeugd-plafond'");
    expect(figured()).toEqual([]);
    figure();
    db.exec("DELETE FROM rules WHERE id = 'jeugd-plafond'");
    expect(figured()).toEqual([]);
  });

  it("a new registration date or signaal flag deletes that case's figures; a new status, wijk or calculation status does not", () => {
    const { db, figure, figured } = migratedWithTwoCases();
    figure();
    db.exec("UPDATE cases SET status = 'geagendeerd', wijk = 'Schiebroek', calculation_status = 'vastgesteld' WHERE code = 'C-1'");
    expect(figured()).toEqual(['C-1', 'C-2']);
    db.exec("UPDATE cases SET registered_on = '2025-01-11' WHERE code = 'C-1'");
    expect(figured()).toEqual(['C-2']);
    figure();
    db.exec("UPDATE cases SET is_signaal = 1 WHERE code = 'C-2'");
    expect(figured()).toEqual(['C-1']);
  });
});
