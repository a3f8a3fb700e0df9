/**
 * §5 "an erasure that really deletes": are the erased bytes gone from the files, not only from the
 * rows? The store is encrypted, so its bytes prove nothing either way (the alias is never in them
 * as plain text). SQLCipher encrypts page by page under SQLite's pager, so what SQLite leaves in a
 * page — a deleted cell, a freed page, an old page image in the database file or the `-wal` —
 * is exactly what an encrypted store keeps, under its key. These tests therefore run the real
 * `eraseCase` on a PLAIN database opened with the store's own settings (WAL, foreign keys, secure
 * delete) and search the raw bytes of both files; two controls show why each step is needed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { eraseCase } from '../../../electron/core/data/caseErasure';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { newAuditSecret, registerAuditKeys } from '../../../electron/core/store/auditKeys';
import type { Db } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../helpers';
import { FIXED_NOW, voorbeeld } from './helpers';

const CODE = 'BLO-2024-001';
/** Texts only the erased case holds: its alias, notes, an escalation question, an agenda note, a decision, an action. */
const SECRETS = ['Zwaluwstaart', 'Kanarievogel-notitie', 'Toestemming om af te wijken van de urgentieregel', 'Ontruiming dreigt; PRIO inschakelen.', 'Escaleren naar PRIO voor urgentie'];

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

/** A plain store with the store's own pragmas and the example dataset, checkpointed: every row is in the database file. */
function plainStore(): { db: Db; file: string } {
  const file = join(tempDir('werkbank-bytes-'), 'plain.db');
  const db = new Database(file);
  open.push(db);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  migrate(db, MIGRATIONS);
  registerAuditKeys(db, newAuditSecret(), file); // every audit entry is MAC'd: the store registers its key at open
  const data = voorbeeld();
  const c = data.cases.find((x) => x.code === CODE)!;
  c.alias = 'Zwaluwstaart';
  c.notes = 'Kanarievogel-notitie';
  importDataset(db, data, { actor: 'test-import', now: FIXED_NOW });
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { db, file };
}

/** The secrets found in the raw bytes of the database file and of its -wal. */
function secretsIn(file: string): { db: string[]; wal: string[] } {
  const find = (path: string) => {
    if (!existsSync(path)) return [];
    const bytes = readFileSync(path);
    return SECRETS.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
  };
  return { db: find(file), wal: find(`${file}-wal`) };
}

describe('§5 after an erasure the erased case is in neither file, not even in freed space', () => {
  it('control: before the erasure every secret is in the database file (the search finds what is there)', () => {
    const { file } = plainStore();
    expect(secretsIn(file)).toEqual({ db: SECRETS, wal: [] });
  });

  it('eraseCase: no secret in the database file or the -wal, and the -wal is empty', () => {
    const { db, file } = plainStore();
    // The case's pages also pass through the WAL: an unrelated write first, then the erasure.
    db.prepare("UPDATE cases SET notes = 'Kanarievogel-notitie, bijgewerkt' WHERE code = ?").run(CODE);
    expect(secretsIn(file).wal).toContain('Kanarievogel-notitie');
    expect(eraseCase(db, { code: CODE, reason: 'Bewaartermijn verlopen' }, { actor: 'test', now: FIXED_NOW }).walCleared).toBe(true);
    expect(secretsIn(file)).toEqual({ db: [], wal: [] });
    expect(statSync(`${file}-wal`).size).toBe(0);
  });

  it('control: without secure_delete the deleted rows stay readable in freed space, even after a checkpoint', () => {
    const { db, file } = plainStore();
    db.pragma('secure_delete = OFF');
    db.prepare('DELETE FROM cases WHERE code = ?').run(CODE);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(secretsIn(file).db).toContain('Zwaluwstaart');
  });

  it('control: with secure_delete but without the checkpoint the old pages stay in the database file', () => {
    const { db, file } = plainStore();
    db.prepare('DELETE FROM cases WHERE code = ?').run(CODE);
    expect(secretsIn(file).db).toContain('Zwaluwstaart');
  });
});
