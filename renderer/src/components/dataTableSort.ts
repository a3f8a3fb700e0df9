/**
 * The sort behind DataTable, kept free of React so it can be tested on its own. The ordering itself
 * is @tanstack/react-table's (v9: `tableFeatures` + `rowSortingFeature` + `createSortedRowModel`);
 * what is ours is the mapping from a column's `sortValue` to a tanstack column, and the rules a
 * chair relies on: figures sort highest first on the first press, a row without a value (n.v.t.)
 * stays at the bottom in both directions, and each press flips the direction (never "unsorted").
 */
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type SortingState,
} from '@tanstack/react-table';

export const sortFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
});

type SortFeatures = typeof sortFeatures;
type SortValue = string | number | null | undefined;

/** What DataTable needs of a column to sort it. */
export interface SortableColumn<Row> {
  id: string;
  /** The value the column sorts on (not the formatted text). Without it the column does not sort. */
  sortValue?: (row: Row) => SortValue;
  /** 'number' (default for numbers: highest first), 'text' (Dutch words), 'code' (BLH-2024-002 before -010). */
  sortAs?: 'number' | 'text' | 'code';
}

const SORT_FN = { number: 'basic', text: 'text', code: 'alphanumeric' } as const;

/**
 * A row as tanstack holds it. Rows may be anything (a payer id, a [wijk, figures] pair); tanstack
 * wants objects, so each row travels in a box that also keeps its position in the given list.
 */
interface Boxed<Row> {
  row: Row;
}

export const boxRows = <Row>(rows: readonly Row[]): Boxed<Row>[] => rows.map((row) => ({ row }));

/** The tanstack columns for these column definitions: one accessor per column, sortable when it has a sortValue. */
export function sortColumns<Row>(columns: readonly SortableColumn<Row>[]) {
  const helper = createColumnHelper<SortFeatures, Boxed<Row>>();
  return helper.columns(
    columns.map((c) => {
      const sortAs = c.sortAs ?? 'number';
      return helper.accessor((boxed: Boxed<Row>) => (c.sortValue ? (c.sortValue(boxed.row) ?? undefined) : undefined), {
        id: c.id,
        enableSorting: c.sortValue !== undefined,
        sortFn: SORT_FN[sortAs],
        sortDescFirst: sortAs === 'number',
        sortUndefined: 'last',
      });
    }),
  );
}

/** The table options every DataTable passes: sorting toggles between two directions only. */
export const sortOptions = { enableSortingRemoval: false, enableMultiSort: false } as const;

/** aria-sort for a header cell: only the sorted column carries it (ARIA: at most one per table). */
export function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return undefined;
}

/** The sentence the status region says after a sort, e.g. "Netto rendement: aflopend gesorteerd". */
export function sortAnnouncement(sorting: SortingState, headerOf: (id: string) => string, words: { asc: string; desc: string }): string {
  const first = sorting[0];
  if (!first) return '';
  return `${headerOf(first.id)}: ${first.desc ? words.desc : words.asc}`;
}
