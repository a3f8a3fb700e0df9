/**
 * The per-case derived tables the businesscase reads (issue #13): `case_summaries` (migration 019)
 * and `case_figures` (021) hold at most one row per case, keyed by its code and deleted with it,
 * with the version of the row's shape. A row of another version counts as missing.
 */
import type { Db } from '../store/openDatabase';
import { caseFilterParams, selectedCasesCondition, type CaseFilter } from './caseRows';
import { cached } from './rows';

type PerCaseTable = 'case_summaries' | 'case_figures';

/**
 * As many current rows as cases means none is missing: two counts from indexes answer the usual
 * case, the state every write leaves.
 */
export function everyCaseHasCurrentRow(db: Db, table: PerCaseTable, version: number): boolean {
  const cases = cached(db, 'SELECT COUNT(*) FROM cases').pluck().get() as number;
  return cached(db, `SELECT COUNT(*) FROM ${table} WHERE version = ?`).pluck().get(version) === cases;
}

/**
 * The join condition "this derived row is current", for a query that selects the cases itself.
 * The `+` keeps SQLite from using the version index (which exists for the counts above) to drive
 * the query: with it, SQLite walked every case's row through that index instead of the selected
 * cases through theirs (issue #13, queryPlans.test.ts).
 */
export function currentRowSql(alias: string): string {
  return `+${alias}.version = @version`;
}

/** The codes of the selected cases without a current row in the table. */
export function casesWithoutCurrentRow(db: Db, table: PerCaseTable, version: number, filter: CaseFilter): string[] {
  if (everyCaseHasCurrentRow(db, table, version)) return [];
  return db
    .prepare(
      `SELECT c.code FROM cases c
        WHERE ${selectedCasesCondition(filter)} AND NOT EXISTS (SELECT 1 FROM ${table} d WHERE d.case_code = c.code AND d.version = @version)`,
    )
    .pluck()
    .all({ ...caseFilterParams(filter), version }) as string[];
}
