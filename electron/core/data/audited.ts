/**
 * §5 every mutation is audited: the change and its audit entry are written in ONE transaction, so
 * a refusal thrown halfway changes nothing — not the data, not the log. The only place outside the
 * import that opens a transaction, so handlers never touch the driver.
 */
import { appendAudit, type AuditEntry } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { writeDerivedCaseData } from './derivedCaseData';

export interface AuditedWork<T> {
  result: T;
  audit: Omit<AuditEntry, 'actor'>;
}

export function writeAudited<T>(db: Db, actor: string, at: () => Date, work: (db: Db) => AuditedWork<T>): T {
  const run = db.transaction(() => {
    const { result, audit } = work(db);
    // Derived data last, in the same transaction: the summaries of the cases this change touched.
    writeDerivedCaseData(db);
    appendAudit(db, { ...audit, actor }, at());
    return result;
  });
  return run();
}
