/**
 * PRODUCT.md §5: in pseudonymised aggregates a count under 5 could point at a household, so it
 * is shown as "<5". Zero stays 0 (nothing to hide). Amounts are not counts and are never touched.
 */
const SMALL_CELL_LIMIT = 5;

export function suppressCount(n: number, pseudonymised: boolean): number | string {
  return pseudonymised && n > 0 && n < SMALL_CELL_LIMIT ? `<${SMALL_CELL_LIMIT}` : n;
}

/** Medians and averages are not counts; an average over fewer than 5 cases is hidden instead. */
const NOT_A_COUNT = /^(median|average)/;

/**
 * Applies suppressCount to every count in a nested object (keeps the shape). A score change
 * `{ averageChange, n }` over fewer than 5 cases loses its average too: it would describe them.
 */
export function suppressCounts<T>(value: T, pseudonymised: boolean): T {
  if (!pseudonymised) return value;
  if (typeof value === 'number') return suppressCount(value, true) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => suppressCounts(v, true)) as T;
  if (value && typeof value === 'object') {
    const small = 'n' in value && typeof value.n === 'number' && value.n > 0 && value.n < SMALL_CELL_LIMIT;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        NOT_A_COUNT.test(k) ? (small && k === 'averageChange' ? null : v) : suppressCounts(v, true),
      ]),
    ) as T;
  }
  return value;
}
