import { describe, expect, it } from 'vitest';
import { RULE_KINDS } from '../../../shared/calc/beleidsregels';
import { ESCALATION_TARGETS, EVIDENCE_GRADES, PAYERS, SPOREN, UNITS } from '../../../shared/domain/enums';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase, tableNames } from './helpers';

function atVersion2() {
  const db = bareDatabase();
  migrate(db, MIGRATIONS.slice(0, 2));
  return db;
}

function addVersion(db: ReturnType<typeof bareDatabase>, version: string, frozen: 0 | 1 = 0) {
  db.prepare("INSERT INTO price_list_versions (version, position, created_at, frozen, is_current) VALUES (?, 0, '2024-01-01T00:00:00Z', 0, 0)").run(version);
  db.prepare(
    "INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year) VALUES (?, 'bw-ggz', 0, 'Beschermd wonen', 'week', 150000, 'wmo', 'B', 'test', 2024)",
  ).run(version);
  if (frozen) db.prepare('UPDATE price_list_versions SET frozen = 1 WHERE version = ?').run(version);
}

describe('migration 002 catalogues', () => {
  it('creates the catalogue tables', () => {
    const db = atVersion2();
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['wijken', 'partners', 'escalation_targets', 'tafel_types', 'price_list_versions', 'price_list_items', 'intervention_types', 'rules', 'sociale_kaart']),
    );
  });

  it('CHECK constraints accept every enum value of the code and refuse an unknown one', () => {
    const db = atVersion2();
    db.prepare("INSERT INTO price_list_versions (version, position, created_at) VALUES ('v', 0, 'x')").run();
    const item = db.prepare(
      "INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year) VALUES ('v', ?, 0, 'n', ?, NULL, ?, ?, 's', 2024)",
    );
    let n = 0;
    for (const unit of UNITS) for (const payer of PAYERS) for (const evidence of EVIDENCE_GRADES) item.run(`i${String(n++)}`, unit, payer, evidence);
    expect(() => item.run('bad-unit', 'kwartaal', 'wmo', 'A')).toThrow(/CHECK constraint/);
    expect(() => item.run('bad-payer', 'week', 'gemeente', 'A')).toThrow(/CHECK constraint/);
    expect(() => item.run('bad-evidence', 'week', 'wmo', 'D')).toThrow(/CHECK constraint/);

    const type = db.prepare("INSERT INTO intervention_types (id, position, spoor, name) VALUES (?, 0, ?, 'n')");
    SPOREN.forEach((s) => type.run(s, s));
    expect(() => type.run('x', 'zorg')).toThrow(/CHECK constraint/);

    const target = db.prepare("INSERT INTO escalation_targets (id, position, name, deadline_working_days, active) VALUES (?, 0, 'n', 10, 1)");
    ESCALATION_TARGETS.forEach((t) => target.run(t));
    expect(() => target.run('gemeenteraad')).toThrow(/CHECK constraint/);

    const rule = db.prepare("INSERT INTO rules (id, position, kind, value_cents, effective_from, effective_to, source) VALUES (?, 0, ?, NULL, '2024-01-01', NULL, 's')");
    RULE_KINDS.forEach((k) => rule.run(k, k));
    expect(() => rule.run('x', 'huurplafond')).toThrow(/CHECK constraint/);
  });

  it('a frozen price-list version refuses UPDATE, DELETE and new items (trigger)', () => {
    const db = atVersion2();
    addVersion(db, '2024-1', 1);
    expect(() => db.prepare("UPDATE price_list_items SET unit_cost_cents = 1 WHERE version = '2024-1'").run()).toThrow(/frozen/);
    expect(() => db.prepare("DELETE FROM price_list_items WHERE version = '2024-1'").run()).toThrow(/frozen/);
    expect(() =>
      db.prepare("INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year) VALUES ('2024-1', 'nieuw', 1, 'n', 'week', 1, 'wmo', 'A', 's', 2024)").run(),
    ).toThrow(/frozen/);
    expect(() => db.prepare("UPDATE price_list_versions SET frozen = 0 WHERE version = '2024-1'").run()).toThrow(/frozen/);
    expect(() => db.prepare("DELETE FROM price_list_versions WHERE version = '2024-1'").run()).toThrow(/frozen/);
    const cost = db.prepare("SELECT unit_cost_cents AS c FROM price_list_items WHERE version = '2024-1'").get() as { c: number };
    expect(cost.c).toBe(150000);
  });

  it('an unfrozen version can still be edited', () => {
    const db = atVersion2();
    addVersion(db, '2025-1');
    db.prepare("UPDATE price_list_items SET unit_cost_cents = 160000 WHERE version = '2025-1'").run();
    expect((db.prepare("SELECT unit_cost_cents AS c FROM price_list_items WHERE version = '2025-1'").get() as { c: number }).c).toBe(160000);
  });

  it('at most one version is current', () => {
    const db = atVersion2();
    addVersion(db, 'a');
    addVersion(db, 'b');
    db.prepare("UPDATE price_list_versions SET is_current = 1 WHERE version = 'a'").run();
    expect(() => db.prepare("UPDATE price_list_versions SET is_current = 1 WHERE version = 'b'").run()).toThrow(/UNIQUE/);
  });
});
