/**
 * PRODUCT.md §5: in pseudonymised aggregates a count under 5 could point at a household, so it
 * is shown as "<5". Zero stays 0 (nothing to hide). Amounts are not counts and are never touched.
 */
export const SMALL_CELL_LIMIT = 5;

export function suppressCount(n: number, pseudonymised: boolean): number | string {
  return pseudonymised && n > 0 && n < SMALL_CELL_LIMIT ? `<${SMALL_CELL_LIMIT}` : n;
}

/** Applies suppressCount to every number in a nested counts object (keeps the shape). */
export function suppressCounts<T>(value: T, pseudonymised: boolean): T {
  if (!pseudonymised) return value;
  if (typeof value === 'number') return suppressCount(value, true) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => suppressCounts(v, true)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, suppressCounts(v, true)])) as T;
  }
  return value;
}
