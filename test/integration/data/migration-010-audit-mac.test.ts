import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

const insert = (db: ReturnType<typeof bareDatabase>, seq: number) =>
  db
    .prepare("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, '2025-03-01T10:00:00.000Z', 'gebruiker', 'case.update', 'case', 'BLO-2025-001', '{}', ?, ?)")
    .run(seq, String(seq - 1).repeat(64).slice(0, 64), String(seq).repeat(64).slice(0, 64));

describe('migration 010 audit MAC (issue #11 item 3: a keyed MAC over every entry)', () => {
  it('adds a mac column: entries from before keep NULL (sealed later by audit.macStart), the log stays append-only', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 9));
    insert(db, 1);
    migrate(db, MIGRATIONS.slice(0, 10));
    expect(db.prepare('SELECT seq, mac FROM audit_log').all()).toEqual([{ seq: 1, mac: null }]);
    expect(() => db.prepare("UPDATE audit_log SET mac = ? WHERE seq = 1").run('a'.repeat(64))).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('a mac is 64 lowercase hex characters or nothing', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 10));
    const add = (mac: string) =>
      db.prepare("INSERT INTO audit_log (seq, at, actor, action, entity, detail, prev_hash, hash, mac) VALUES (1, 'x', 'a', 'b', 'c', '{}', 'p', 'h', ?)").run(mac);
    expect(() => add('A'.repeat(64))).toThrow(/CHECK/);
    expect(() => add('a'.repeat(63))).toThrow(/CHECK/);
    add('0123456789abcdef'.repeat(4));
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  });

  it('indexes the audit screen’s filters', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 10));
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
    expect(indexes).toEqual(['audit_log_action', 'audit_log_actor', 'audit_log_entity_id']);
  });
});
