/**
 * Helpers for writing migrations. Each migration passes its own literal list of allowed values:
 * a migration is frozen once shipped, so it must not change when an enum in code grows later (a
 * growing enum needs a new migration; the migration tests catch a mismatch).
 */
export function sqlIn(column: string, values: readonly string[]): string {
  for (const v of values) {
    if (!/^[a-z0-9_]+$/i.test(v)) throw new Error(`enum value not safe for a CHECK constraint: ${v}`);
  }
  return `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** A boolean stored as INTEGER 0/1. */
export function sqlBool(column: string): string {
  return `${column} IN (0, 1)`;
}

/** An ISO calendar date 'YYYY-MM-DD' (the calendar check itself is the schema's job). */
export function sqlDate(column: string): string {
  return `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
}
