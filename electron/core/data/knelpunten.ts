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

export interface KnelpuntFilter {
  wijk?: string | undefined;
  status?: KnelpuntFile['status'] | undefined;
  rule?: string | undefined;
}

export interface RuleCount {
  rule: string;
  wijk: string;
  count: number;
}

/** The filtered register and its count per (rule, wijk): most frequent first, then by rule and wijk. */
export function readKnelpuntRegister(db: Db, filter: KnelpuntFilter): { items: KnelpuntFile[]; byRule: RuleCount[] } {
  const items = readKnelpunten(db).filter(
    (k) =>
      (filter.wijk === undefined || k.wijk === filter.wijk) &&
      (filter.status === undefined || k.status === filter.status) &&
      (filter.rule === undefined || k.rule === filter.rule),
  );
  const counts = new Map<string, RuleCount>();
  for (const k of items) {
    const key = JSON.stringify([k.rule, k.wijk]);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { rule: k.rule, wijk: k.wijk, count: 1 });
  }
  const byRule = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.rule.localeCompare(b.rule, 'nl') || a.wijk.localeCompare(b.wijk, 'nl'),
  );
  return { items, byRule };
}

export function readKnelpunt(db: Db, id: string): KnelpuntFile {
  const found = readKnelpunten(db).find((k) => k.id === id);
  if (found === undefined) throw new UserError('NOT_FOUND', `Knelpunt '${id}' bestaat niet in deze werkbank. Kies een knelpunt uit het register.`);
  return found;
}
