import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

describe('migration 015 intake fields (issue #14 items 7–9: care-cost band, sporen considered, referral follow-up, arrangement taxonomy)', () => {
  function migrated() {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 14));
    db.exec(`INSERT INTO cases (code, wijk, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
             VALUES ('BLO-2024-001', 'Bloemhof', 'aangemeld', '2024-01-01', NULL, 52, 100, 'concept')`);
    migrate(db, MIGRATIONS.slice(0, 15));
    return db;
  }

  it('an existing case keeps its row and has none of the new values (all optional)', () => {
    const db = migrated();
    expect(db.prepare('SELECT code, care_cost_band, sporen_considered FROM cases').all()).toEqual([
      { code: 'BLO-2024-001', care_cost_band: null, sporen_considered: null },
    ]);
  });

  it('refuses a band outside the four, a non-JSON sporen list, an unknown arrival, a trede above 7 and a negative four-weekly amount', () => {
    const db = migrated();
    expect(() => db.prepare("UPDATE cases SET care_cost_band = 'hoog'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE cases SET sporen_considered = 'wonen,'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE cases SET care_cost_band = 'boven_100k', sporen_considered = '[\"wonen\"]'").run();
    db.exec(`INSERT INTO arrangements (case_code, id, position, domain, setting, provider, weekly_cents, from_date, weeks)
             VALUES ('BLO-2024-001', 'arr-1', 0, 'wmo', 'extramuraal', 'Zorg BV', 50000, '2024-02-01', 4)`);
    expect(() => db.prepare('UPDATE arrangements SET trede = 8').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE arrangements SET four_weekly_cents = -1').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE arrangements SET resultaatgebied = 'wonen'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE arrangements SET clientgroep = 'jeugd'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE arrangements SET trede = 7, four_weekly_cents = 200000, resultaatgebied = 'huishouden', clientgroep = 'ouderen'").run();
    expect(db.prepare('SELECT resultaatgebied, trede, clientgroep, four_weekly_cents FROM arrangements').get()).toEqual({
      resultaatgebied: 'huishouden',
      trede: 7,
      clientgroep: 'ouderen',
      four_weekly_cents: 200000,
    });
    expect(() =>
      db.exec(`INSERT INTO interventions (case_code, position, spoor, type, status, one_off_cents, rate_cents, unit, quantity, payer,
                 voorliggend_veld, doorbraak, cost_cents, referral_arrived)
               VALUES ('BLO-2024-001', 0, 'wonen', 'x', 'ingezet', 0, 0, 'week', 1, 'wmo', 1, 0, 0, 'misschien')`),
    ).toThrow(/CHECK/);
  });
});
