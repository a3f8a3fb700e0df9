import { constructTable, type SortingState } from '@tanstack/react-table';
// constructTable outside React needs a store for its state (react-table's useTable brings its own).
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { ariaSort, boxRows, sortAnnouncement, sortColumns, sortFeatures, sortOptions, type SortableColumn } from '../../../renderer/src/components/dataTableSort';

interface Row {
  code: string;
  wijk: string;
  netto: number;
  perEuro: number | null;
}

const rows: Row[] = [
  { code: 'BLH-2024-010', wijk: 'Bloemhof', netto: 500, perEuro: 2.5 },
  { code: 'BLH-2024-002', wijk: 'bloemhof', netto: -1200, perEuro: null },
  { code: 'SCH-2024-001', wijk: 'Schiebroek', netto: 582200, perEuro: 4.71 },
  { code: 'BLH-2024-003', wijk: 'Afrikaanderwijk', netto: 0, perEuro: 0.4 },
];

const features = { ...sortFeatures, coreReactivityFeature: storeReactivityBindings() };

const columns: SortableColumn<Row>[] = [
  { id: 'code', sortValue: (r) => r.code, sortAs: 'code' },
  { id: 'wijk', sortValue: (r) => r.wijk, sortAs: 'text' },
  { id: 'netto', sortValue: (r) => r.netto },
  { id: 'perEuro', sortValue: (r) => r.perEuro },
  { id: 'note' },
];

/** A table as DataTable builds it, without React; `clicks` presses on one header. */
function sortedCodes(columnId: string, clicks: number): { codes: string[]; sorting: SortingState } {
  const table = constructTable({ features, columns: sortColumns(columns), data: boxRows(rows), getRowId: (b) => b.row.code, ...sortOptions });
  const column = table.getColumn(columnId);
  if (!column) throw new Error(`no column ${columnId}`);
  for (let i = 0; i < clicks; i++) column.toggleSorting(undefined, false);
  return { codes: table.getRowModel().rows.map((r) => r.original.row.code), sorting: table.store.state.sorting };
}

describe('DataTable sort (the rules behind the header buttons)', () => {
  it('sorts a column of figures highest first on the first press, lowest first on the second', () => {
    expect(sortedCodes('netto', 1).codes).toEqual(['SCH-2024-001', 'BLH-2024-010', 'BLH-2024-003', 'BLH-2024-002']);
    expect(sortedCodes('netto', 2).codes).toEqual(['BLH-2024-002', 'BLH-2024-003', 'BLH-2024-010', 'SCH-2024-001']);
  });

  it('never falls back to unsorted: the third press is descending again', () => {
    expect(sortedCodes('netto', 3).sorting).toEqual([{ id: 'netto', desc: true }]);
  });

  it('keeps a row without a value (n.v.t.) at the bottom in both directions', () => {
    expect(sortedCodes('perEuro', 1).codes.at(-1)).toBe('BLH-2024-002');
    expect(sortedCodes('perEuro', 2).codes.at(-1)).toBe('BLH-2024-002');
    expect(sortedCodes('perEuro', 2).codes.slice(0, 3)).toEqual(['BLH-2024-003', 'BLH-2024-010', 'SCH-2024-001']);
  });

  it('sorts case codes by their number (002 before 010) and text without regard to case, A to Z first', () => {
    expect(sortedCodes('code', 1).codes).toEqual(['BLH-2024-002', 'BLH-2024-003', 'BLH-2024-010', 'SCH-2024-001']);
    expect(sortedCodes('wijk', 1).sorting).toEqual([{ id: 'wijk', desc: false }]);
    expect(sortedCodes('wijk', 1).codes[0]).toBe('BLH-2024-003');
    expect(sortedCodes('wijk', 1).codes.at(-1)).toBe('SCH-2024-001');
  });

  it('does not sort a column without a sortValue', () => {
    const table = constructTable({ features, columns: sortColumns(columns), data: boxRows(rows), ...sortOptions });
    expect(table.getColumn('note')?.getCanSort()).toBe(false);
    expect(table.getColumn('netto')?.getCanSort()).toBe(true);
  });

  it('puts aria-sort on the sorted header only and announces the new order in words', () => {
    expect(ariaSort('asc')).toBe('ascending');
    expect(ariaSort('desc')).toBe('descending');
    expect(ariaSort(false)).toBeUndefined();
    const words = { asc: 'oplopend gesorteerd', desc: 'aflopend gesorteerd' };
    expect(sortAnnouncement([{ id: 'netto', desc: true }], () => 'Netto rendement', words)).toBe('Netto rendement: aflopend gesorteerd');
    expect(sortAnnouncement([], () => 'x', words)).toBe('');
  });
});
