/**
 * §2.1 case codes: WIJK-JAAR-NNN (BLO-2024-017), numbered per wijk prefix and year and never
 * reused — the counter only moves up, so a code of an erased case never comes back.
 */
import { CASE_CODE } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';

function formatCode(prefix: string, year: number, n: number): string {
  return `${prefix}-${String(year)}-${String(n).padStart(3, '0')}`;
}

/** Hands out the next code and records it. Call inside the transaction that inserts the case. */
export function recordNextCaseCode(db: Db, wijkPrefix: string, year: number): string {
  if (!/^[A-Z]{2,6}$/.test(wijkPrefix)) {
    throw new UserError('BAD_INPUT', `Codevoorvoegsel '${wijkPrefix}' is ongeldig; gebruik 2 tot 6 hoofdletters, zoals BLO.`);
  }
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new UserError('BAD_INPUT', `Jaar ${String(year)} is ongeldig voor een casuscode; gebruik een jaartal van vier cijfers.`);
  }
  const row = db.prepare('SELECT last_number FROM case_code_counters WHERE prefix = ? AND year = ?').get(wijkPrefix, year) as
    | { last_number: number }
    | undefined;
  // Codes may also exist without a counter (written before counters, or by hand): never collide with them.
  const highestInUse = highestNumberInUse(db, wijkPrefix, year);
  const next = Math.max(row?.last_number ?? 0, highestInUse) + 1;
  recordCaseCodeNumber(db, wijkPrefix, year, next);
  return formatCode(wijkPrefix, year, next);
}

function highestNumberInUse(db: Db, prefix: string, year: number): number {
  const codes = db.prepare('SELECT code FROM cases WHERE code LIKE ?').all(`${prefix}-${String(year)}-%`) as { code: string }[];
  let max = 0;
  for (const { code } of codes) {
    const m = CASE_CODE.exec(code);
    if (m && m[1] === prefix && Number(m[2]) === year) max = Math.max(max, Number(m[3]));
  }
  return max;
}

/** Raises the counter to at least `n` (never lowers it). */
function recordCaseCodeNumber(db: Db, prefix: string, year: number, n: number): void {
  cached(
    db,
    `INSERT INTO case_code_counters (prefix, year, last_number) VALUES (?, ?, ?)
     ON CONFLICT (prefix, year) DO UPDATE SET last_number = MAX(last_number, excluded.last_number)`,
  ).run(prefix, year, n);
}

/** After an import: the counters move past every imported code, so new codes never clash. */
export function recordImportedCodes(db: Db, codes: readonly string[]): void {
  for (const code of codes) {
    const m = CASE_CODE.exec(code);
    if (m) recordCaseCodeNumber(db, m[1] ?? '', Number(m[2]), Number(m[3]));
  }
}
