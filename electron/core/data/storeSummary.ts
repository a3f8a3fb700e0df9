/** What a store holds in a few numbers: shown before a backup replaces the open store (issue #11 item 4). */
import type { Db } from '../store/openDatabase';

export interface StoreSummary {
  /** Every case, signalen included. */
  cases: number;
  signalen: number;
  auditEntries: number;
}

export function readStoreSummary(db: Db): StoreSummary {
  const cases = db.prepare('SELECT COUNT(*) AS cases, COALESCE(SUM(is_signaal), 0) AS signalen FROM cases').get() as { cases: number; signalen: number };
  const audit = db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number };
  return { cases: cases.cases, signalen: cases.signalen, auditEntries: audit.n };
}
