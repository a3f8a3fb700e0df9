import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, ESCALATION_STATUSES, INTERVENTION_STATUSES, LEEFGEBIEDEN } from '../../../shared/domain/enums';
import { CONSENT_BASES } from '../../../shared/interchange';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

function atVersion3() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 3));
  return db;
}

const insertCase = (db: ReturnType<typeof bareDatabase>, code: string, status: string, referenceDate: string | null = '2024-03-05', isSignaal = 0) =>
  db
    .prepare(
      `INSERT INTO cases (code, wijk, is_signaal, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
       VALUES (?, 'Bloemhof', ?, ?, '2024-02-26', ?, 52, 100, 'concept')`,
    )
    .run(code, isSignaal, status, referenceDate);

describe('migration 003 cases', () => {
  it('creates the case tables, including the columns the case list reads', () => {
    const db = atVersion3();
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['cases', 'case_sporen', 'case_status_history', 'case_scores', 'consents', 'cost_lines', 'interventions', 'arrangements', 'escalations', 'besluiten', 'case_code_counters']),
    );
    // electron/core/data/caseList.ts depends on exactly these names.
    expect(() =>
      db.prepare(
        `SELECT c.code, c.wijk, c.alias, c.is_signaal, c.status, c.registered_on, c.casusregisseur,
                (SELECT group_concat(s.spoor, ',') FROM case_sporen s WHERE s.case_code = c.code) AS sporen FROM cases c`,
      ).all(),
    ).not.toThrow();
  });

  it('every case status of the code is accepted; an unknown status is refused', () => {
    const db = atVersion3();
    CASE_STATUSES.forEach((s, i) => insertCase(db, `BLO-2024-${String(i + 1).padStart(3, '0')}`, s));
    expect(() => insertCase(db, 'BLO-2024-099', 'gearchiveerd')).toThrow(/CHECK constraint/);
  });

  it('a discussed case needs a reference date; a signaal or fresh aanmelding may lack one', () => {
    const db = atVersion3();
    insertCase(db, 'BLO-2024-001', 'aangemeld', null);
    insertCase(db, 'BLO-2024-002', 'in_behandeling', null, 1);
    expect(() => insertCase(db, 'BLO-2024-003', 'in_behandeling', null)).toThrow(/CHECK constraint/);
  });

  it('enum columns of children mirror the code (leefgebied, consent basis, intervention and escalation status)', () => {
    const db = atVersion3();
    insertCase(db, 'BLO-2024-001', 'in_behandeling');
    const score = db.prepare("INSERT INTO case_scores (case_code, leefgebied, position, intake, follow_up) VALUES ('BLO-2024-001', ?, 0, 3, NULL)");
    LEEFGEBIEDEN.forEach((l) => score.run(l));
    expect(() => score.run('geluk')).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE case_scores SET intake = 6 WHERE leefgebied = 'financien'").run()).toThrow(/CHECK constraint/);

    const consent = db.prepare("INSERT INTO consents (case_code, basis, recorded_on) VALUES ('BLO-2024-001', ?, '2024-02-26')");
    for (const basis of CONSENT_BASES) {
      consent.run(basis);
      db.prepare('DELETE FROM consents').run();
    }
    expect(() => consent.run('mondeling')).toThrow(/CHECK constraint/);

    const intervention = db.prepare(
      `INSERT INTO interventions (case_code, position, spoor, type, status, one_off_cents, rate_cents, unit, quantity, payer, voorliggend_veld, doorbraak, cost_cents)
       VALUES ('BLO-2024-001', ?, 'wonen', 't', ?, 0, 0, 'week', 1, 'wmo', 0, 0, 0)`,
    );
    INTERVENTION_STATUSES.forEach((s, i) => intervention.run(i, s));
    expect(() => intervention.run(99, 'gepland')).toThrow(/CHECK constraint/);

    const escalation = db.prepare("INSERT INTO escalations (case_code, position, target, status) VALUES ('BLO-2024-001', ?, 'prio', ?)");
    ESCALATION_STATUSES.forEach((s, i) => escalation.run(i, s));
    expect(() => escalation.run(99, 'vergeten')).toThrow(/CHECK constraint/);
  });

  it('money is refused as a float: unit_cost_cents is a STRICT INTEGER', () => {
    const db = atVersion3();
    insertCase(db, 'BLO-2024-001', 'in_behandeling');
    expect(() =>
      db.prepare(
        `INSERT INTO cost_lines (case_code, scenario, position, label, payer, unit, unit_cost_cents, quantity, probability_pct, evidence, amount_cents)
         VALUES ('BLO-2024-001', 'actual', 0, 'x', 'wmo', 'week', 180.5, 1, 100, 'B', 181)`,
      ).run(),
    ).toThrow(/cannot store REAL value in INTEGER column/);
  });

  it('deleting a case removes everything that belongs to it (erasure, §5)', () => {
    const db = atVersion3();
    insertCase(db, 'BLO-2024-001', 'in_behandeling');
    db.prepare("INSERT INTO case_sporen (case_code, spoor, position) VALUES ('BLO-2024-001', 'wonen', 0)").run();
    db.prepare("INSERT INTO arrangements (case_code, id, position, domain, setting, provider, weekly_cents, from_date, weeks) VALUES ('BLO-2024-001', 'arr-1', 0, 'jeugd', 'intramuraal', 'p', 520000, '2024-04-01', 12)").run();
    const seq = db.prepare("INSERT INTO escalations (case_code, position, target, status, arrangement_id) VALUES ('BLO-2024-001', 0, 'jeugd_weekbedrag', 'afgerond', 'arr-1')").run().lastInsertRowid;
    db.prepare("INSERT INTO besluiten (escalation_seq, outcome, decided_on) VALUES (?, 'toegekend', '2024-03-28')").run(seq);
    db.prepare("DELETE FROM cases WHERE code = 'BLO-2024-001'").run();
    for (const table of ['case_sporen', 'arrangements', 'escalations', 'besluiten']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('an escalation can only point at an arrangement of the same case', () => {
    const db = atVersion3();
    insertCase(db, 'BLO-2024-001', 'in_behandeling');
    insertCase(db, 'BLO-2024-002', 'in_behandeling');
    db.prepare("INSERT INTO arrangements (case_code, id, position, domain, setting, provider, weekly_cents, from_date, weeks) VALUES ('BLO-2024-001', 'arr-1', 0, 'jeugd', 'intramuraal', 'p', 520000, '2024-04-01', 12)").run();
    expect(() =>
      db.prepare("INSERT INTO escalations (case_code, position, target, status, arrangement_id) VALUES ('BLO-2024-002', 0, 'jeugd_weekbedrag', 'concept', 'arr-1')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
