import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

const target = (id: string) =>
  `INSERT INTO escalation_targets (id, position, name, description, deadline_working_days, active, partner) VALUES ('${id}', 0, '${id}', NULL, 10, 1, NULL)`;

describe('migration 014 beleid (issue #14 items 4 and 6: the term of an escalation target, the setting of a cost line)', () => {
  function migrated() {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 13));
    db.exec(`${target('prio')}; UPDATE escalation_targets SET position = 1 WHERE id = 'prio'; ${target('netwerk')}`);
    migrate(db, MIGRATIONS.slice(0, 14));
    return db;
  }

  it("gives an existing PRIO the start of the sources (01-03-2022) and no end, and leaves every other target without a term", () => {
    const db = migrated();
    expect(db.prepare('SELECT id, valid_from, valid_to FROM escalation_targets ORDER BY id').all()).toEqual([
      { id: 'netwerk', valid_from: null, valid_to: null },
      { id: 'prio', valid_from: '2022-03-01', valid_to: null },
    ]);
  });

  it('refuses a term that is not a date and a cost-line setting outside the three', () => {
    const db = migrated();
    expect(() => db.prepare("UPDATE escalation_targets SET valid_to = 'eind 2024'").run()).toThrow(/CHECK/);
    db.exec(`INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
             VALUES ('BLO-2024-001', 'Bloemhof', 'aangemeld', '2024-01-01', NULL, 52, 100, 'concept')`);
    db.exec(`INSERT INTO cost_lines (case_code, scenario, position, label, payer, unit, unit_cost_cents, quantity, probability_pct, evidence, amount_cents)
             VALUES ('BLO-2024-001', 'reference', 0, 'Ambulante begeleiding', 'wmo', 'week', 95000, 10, 100, 'B', 950000)`);
    expect(db.prepare('SELECT setting FROM cost_lines').get()).toEqual({ setting: null });
    expect(() => db.prepare("UPDATE cost_lines SET setting = 'thuis'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE cost_lines SET setting = 'extramuraal'").run();
    expect(db.prepare('SELECT setting FROM cost_lines').get()).toEqual({ setting: 'extramuraal' });
  });
});
