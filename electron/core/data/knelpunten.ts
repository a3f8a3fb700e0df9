/** §2.1 knelpunten/systeemsignalen: a register the verbinder reports from (§3.6 per rule). */
import type { KnelpuntFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';

interface Row {
  id: string;
  case_code: string | null;
  wijk: string;
  rule: string;
  description: string;
  raised_on: string;
  status: KnelpuntFile['status'];
}

/** Knelpunten are case data: a known id is a CONFLICT, never silently overwritten. */
export function insertKnelpunten(db: Db, knelpunten: readonly KnelpuntFile[]): void {
  const exists = db.prepare('SELECT 1 FROM knelpunten WHERE id = ?');
  for (const k of knelpunten) {
    if (exists.get(k.id)) {
      throw new UserError('CONFLICT', `Knelpunt '${k.id}' bestaat al in deze werkbank. Er is niets geïmporteerd; geef het knelpunt een nieuw id.`);
    }
  }
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM knelpunten').get() as { n: number }).n;
  const insert = db.prepare(
    'INSERT INTO knelpunten (id, position, case_code, wijk, rule, description, raised_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  knelpunten.forEach((k, i) => insert.run(k.id, base + i, k.caseCode, k.wijk, k.rule, k.description, k.raisedOn, k.status));
}

export function readKnelpunten(db: Db): KnelpuntFile[] {
  const rows = db.prepare('SELECT id, case_code, wijk, rule, description, raised_on, status FROM knelpunten ORDER BY position').all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    caseCode: r.case_code,
    wijk: r.wijk,
    rule: r.rule,
    description: r.description,
    raisedOn: r.raised_on,
    status: r.status,
  }));
}
