import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

describe('migration 009 weekbedrag request (§3.5 what the jeugd tafel decides on)', () => {
  it('adds optional request columns: an escalation stored at version 8 keeps its dossier and has none of them', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 8));
    db.prepare(
      `INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
       VALUES ('BLO-2025-001', 'Bloemhof', 'in_behandeling', '2025-03-03', '2025-03-11', 52, 100, 'concept')`,
    ).run();
    db.prepare("INSERT INTO escalations (case_code, position, id, target, status, question) VALUES ('BLO-2025-001', 0, 'esc-1', 'jeugd_weekbedrag', 'ingediend', 'Hoger weekbedrag?')").run();
    migrate(db, MIGRATIONS.slice(0, 9));
    expect(db.prepare('SELECT question, begeleiding, requested_weekly_cents, requested_weeks, why_not_arrangementenmodel FROM escalations').get()).toEqual({
      question: 'Hoger weekbedrag?',
      begeleiding: null,
      requested_weekly_cents: null,
      requested_weeks: null,
      why_not_arrangementenmodel: null,
    });
    db.prepare("UPDATE escalations SET begeleiding = 'twee_op_een', requested_weekly_cents = 520000, requested_weeks = 10.5").run();
    expect(db.prepare('SELECT begeleiding, requested_weekly_cents, requested_weeks FROM escalations').get()).toEqual({ begeleiding: 'twee_op_een', requested_weekly_cents: 520000, requested_weeks: 10.5 });
    expect(() => db.prepare("UPDATE escalations SET begeleiding = 'drie_op_een'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE escalations SET requested_weekly_cents = -1').run()).toThrow(/CHECK/);
  });
});
