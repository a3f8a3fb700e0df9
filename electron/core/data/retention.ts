/**
 * §5 retention (issue #11 item 5), the reads: the number of years (in `settings`, like the auto-lock
 * minutes), the review list of closed cases, and where a case code still occurs in the store.
 */
import { DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../../shared/domain/retention';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';
import { receivedCaseSql } from './storeIdentity';

export const RETENTION_YEARS_KEY = 'retention.years';

/** The years a closed case is kept; the default when none was chosen (or the stored value is off). */
export function readRetentionYears(db: Db): number {
  const row = cached(db, 'SELECT value FROM settings WHERE key = ?').get(RETENTION_YEARS_KEY) as { value: string } | undefined;
  const years = row === undefined ? NaN : Number(row.value);
  return Number.isInteger(years) && years >= MIN_RETENTION_YEARS && years <= MAX_RETENTION_YEARS ? years : DEFAULT_RETENTION_YEARS;
}

type RetentionItem = ChannelOutput<'retention:list'>['items'][number];

interface Row {
  code: string;
  wijk: string;
  status: RetentionItem['status'];
  retention_until: string;
  received: number;
}

/**
 * The closed cases whose retention date has come (`today` included), oldest date first; with `all`,
 * every closed case. Only closed cases carry a date (migration 011 holds the store to it).
 */
export function listRetention(db: Db, today: string, all: boolean): RetentionItem[] {
  const rows = db
    .prepare(
      `SELECT code, wijk, status, retention_until, ${receivedCaseSql('code')} AS received
         FROM cases
        WHERE retention_until IS NOT NULL AND (@all = 1 OR retention_until <= @today)
        ORDER BY retention_until, code`,
    )
    .all({ today, all: all ? 1 : 0 }) as Row[];
  return rows.map((r) => ({
    code: r.code,
    wijk: r.wijk,
    status: r.status,
    retentionUntil: r.retention_until,
    due: r.retention_until <= today,
    received: r.received === 1,
  }));
}

/** A column of a table that holds `code`, and in how many rows. */
export interface CodeOccurrence {
  table: string;
  column: string;
  rows: number;
  /** The whole value is the code (a reference), rather than the code inside a longer text. */
  exact: boolean;
}

/**
 * Every place outside the audit log where `code` still occurs: each column of each table, found
 * from the schema itself (not from a list), so a table a later migration adds is searched too.
 * A value that IS the code is a reference the erasure missed; the code inside a longer text is a
 * mention in free text (another case's notes, a meeting note) that only a person can judge.
 */
export function listCodeOccurrences(db: Db, code: string): CodeOccurrence[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
    .all() as { name: string }[];
  const found: CodeOccurrence[] = [];
  for (const { name: table } of tables) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string }[];
    for (const { name: column } of columns) {
      // Names come from the schema, never from input; quoted as identifiers all the same.
      const q = `"${column.replaceAll('"', '""')}"`;
      const row = db
        .prepare(`SELECT SUM(CAST(${q} AS TEXT) = @code) AS exact, SUM(instr(CAST(${q} AS TEXT), @code) > 0) AS any FROM "${table}"`)
        .get({ code }) as { exact: number | null; any: number | null };
      const exact = row.exact ?? 0;
      const any = row.any ?? 0;
      if (exact > 0) found.push({ table, column, rows: exact, exact: true });
      if (any > exact) found.push({ table, column, rows: any - exact, exact: false });
    }
  }
  return found;
}
