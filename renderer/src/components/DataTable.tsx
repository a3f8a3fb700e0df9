import { useTable } from '@tanstack/react-table';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaSort, boxRows, sortAnnouncement, sortColumns, sortFeatures, sortOptions, type SortableColumn } from './dataTableSort';
import { VirtualRows, type RowAttributes } from './VirtualRows';
import './dataTable.css';

/** One column: its header, how a row shows in it, and how it aligns and sorts. */
export interface Column<Row> extends SortableColumn<Row> {
  /** Column header text; also what the sort announcement says. */
  header: string;
  /** The header is read by screen readers only (a column of buttons, say). */
  headerHidden?: boolean;
  /** The cell's content. `index` is the row's position in `rows` as given, whatever the sort. */
  cell: (row: Row, index: number) => ReactNode;
  /** A column of figures: right-aligned with tabular numerals, header included. */
  numeric?: boolean;
  /** This column names the row: its cells are `th scope="row"`. */
  rowHeader?: boolean;
  /** Bold cells (a total or the figure that matters), for every row or per row. */
  strong?: boolean | ((row: Row) => boolean);
  /** Extra classes on the cells (e.g. no wrapping), for every row or per row. */
  className?: string | ((row: Row) => string | undefined);
}

/** A footer (total) row: a row header over the first `span` columns, then a cell per column id. */
interface FooterRow {
  key: string;
  label: string;
  span?: number;
  cells?: Partial<Record<string, ReactNode>>;
}

interface Props<Row> {
  /** Every table has a caption: what it shows, read as its name. */
  caption: string;
  /** Keep the caption for screen readers only (when a heading right above already says it). */
  captionHidden?: boolean;
  /** `false`/`null` entries are dropped, so a column can be conditional in place. */
  columns: readonly (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Said instead of the table when there are no rows (default: "Nog niets om te tonen."). */
  empty?: string;
  /** Keep the table (caption, headers, footer) when empty and say `empty` in its one row. */
  emptyInTable?: boolean;
  footer?: readonly (FooterRow | false | null | undefined)[];
  /** The feature's table classes (width, density). */
  className?: string;
  /** Column headers for screen readers only (a two-column list of figures). */
  headHidden?: boolean;
  /** A wide table: scroll sideways inside a focusable region named by the caption. */
  scroll?: boolean;
  /**
   * A long list (the case list, the inbox, the register at city scale): only the rows in view are
   * rendered, inside a focusable region named by the caption whose height is bounded; the header
   * stays on top, and aria-rowcount/aria-rowindex give a screen reader the whole list's size.
   */
  virtual?: boolean;
  /** With `virtual`: the row (by rowKey) that stays rendered when scrolled away. */
  keepRowKey?: string | null;
  rowProps?: (row: Row) => RowAttributes;
  'data-testid'?: string;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * The one table of the renderer (Utrecht's table markup). Columns with a `sortValue` get a header
 * button (Enter or Space toggles; the th carries aria-sort; a status line says the new order); the
 * ordering is @tanstack/react-table's, see ./dataTableSort.ts.
 */
export function DataTable<Row>(props: Props<Row>) {
  const { t } = useTranslation();
  const captionId = useId();
  // State, not a ref: the box is attached after its rows mount, and the virtualizer must hear of it.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const columns = props.columns.filter((c): c is Column<Row> => Boolean(c));
  const sortable = columns.some((c) => c.sortValue !== undefined);
  // Rebuilt on every render on purpose: a sortValue may read the screen's current data, and a
  // memoised column would keep the first render's closure. A virtual table (the long lists) scrolls
  // without rendering this component again: only its VirtualRows body follows the scroll.
  const sortDefs = sortColumns(columns);
  const data = useMemo(() => boxRows(props.rows), [props.rows]);
  const table = useTable(
    { features: sortFeatures, columns: sortDefs, data, getRowId: (boxed, index) => props.rowKey(boxed.row, index), ...sortOptions },
    (state) => ({ sorting: state.sorting }),
  );
  // Unsorted tables skip tanstack's row model: the rows as given, each with its position.
  const rows = sortable
    ? table.getRowModel().rows.map((r) => ({ id: r.id, original: r.original.row, index: r.index }))
    : props.rows.map((original, index) => ({ id: props.rowKey(original, index), original, index }));
  const empty = props.empty ?? t('table.empty');

  if (props.rows.length === 0 && !props.emptyInTable) return <Paragraph className="werkbank-table-empty">{empty}</Paragraph>;

  const cellOf = (c: Column<Row>, row: Row, index: number) => {
    const strong = typeof c.strong === 'function' ? c.strong(row) : c.strong;
    const extra = typeof c.className === 'function' ? c.className(row) : c.className;
    const className = classes(c.numeric && 'werkbank-num', strong && 'werkbank-strong', extra);
    const content = c.cell(row, index);
    return c.rowHeader ? (
      <TableHeaderCell key={c.id} scope="row" className={className}>
        {content}
      </TableHeaderCell>
    ) : (
      <TableCell key={c.id} numericColumn={c.numeric} className={className}>
        {content}
      </TableCell>
    );
  };

  const headerOf = (c: Column<Row>) => {
    const label = c.headerHidden ? <span className="werkbank-visually-hidden">{c.header}</span> : c.header;
    const column = c.sortValue ? table.getColumn(c.id) : undefined;
    const direction = column?.getIsSorted() ?? false;
    return (
      <TableHeaderCell key={c.id} scope="col" numericColumn={c.numeric} className={c.numeric ? 'werkbank-num' : undefined} aria-sort={ariaSort(direction)}>
        {column ? (
          <button type="button" className="werkbank-sort" onClick={column.getToggleSortingHandler()}>
            {label}{' '}
            <span className="werkbank-sort-icon" aria-hidden="true">
              {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
            </span>
          </button>
        ) : (
          label
        )}
      </TableHeaderCell>
    );
  };

  const footer = (props.footer ?? []).filter((f): f is FooterRow => Boolean(f));
  const virtual = props.virtual === true && rows.length > 0;
  // The header row is row 1; body rows follow in their current order; footer rows come last.
  const rowIndex = (bodyPosition: number) => (virtual ? bodyPosition + 2 : undefined);
  const markup = (
    <Table
      className={classes('werkbank-data-table', virtual && 'werkbank-virtual-table', props.className)}
      data-testid={props['data-testid']}
      aria-rowcount={virtual ? rows.length + 1 + footer.length : undefined}
    >
      <TableCaption id={captionId} className={props.captionHidden ? 'werkbank-visually-hidden' : 'werkbank-caption'}>
        {props.caption}
      </TableCaption>
      <TableHeader className={props.headHidden ? 'werkbank-visually-hidden' : undefined}>
        <TableRow aria-rowindex={virtual ? 1 : undefined}>{columns.map(headerOf)}</TableRow>
      </TableHeader>
      {virtual ? (
        <VirtualRows
          rows={rows}
          columnCount={columns.length}
          cells={(row, index) => columns.map((c) => cellOf(c, row, index))}
          rowProps={props.rowProps}
          scrollElement={scrollBox}
          firstRowIndex={2}
          keepRowKey={props.keepRowKey}
        />
      ) : (
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length}>{empty}</TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id} {...props.rowProps?.(row.original)}>
                {columns.map((c) => cellOf(c, row.original, row.index))}
              </TableRow>
            ))
          )}
        </TableBody>
      )}
      {footer.length > 0 ? (
        <TableFooter>
          {footer.map((f, i) => {
            const span = f.span ?? 1;
            return (
              <TableRow key={f.key} aria-rowindex={rowIndex(rows.length + i)}>
                <TableHeaderCell scope="row" colSpan={span > 1 ? span : undefined} className="werkbank-strong">
                  {f.label}
                </TableHeaderCell>
                {columns.slice(span).map((c) => (
                  <TableCell key={c.id} numericColumn={c.numeric} className={classes(c.numeric && 'werkbank-num', 'werkbank-strong')}>
                    {f.cells?.[c.id]}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableFooter>
      ) : null}
    </Table>
  );

  return (
    <>
      {props.scroll || virtual ? (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be keyboard-focusable (WCAG 2.1.1, axe scrollable-region-focusable)
        <div ref={setScrollBox} className={classes('werkbank-scroll', virtual && 'werkbank-virtual')} role="region" aria-labelledby={captionId} tabIndex={0}>
          {markup}
        </div>
      ) : (
        markup
      )}
      {sortable ? (
        // Always present, so the change of sort order is announced.
        <p className="werkbank-visually-hidden" role="status">
          {sortAnnouncement(table.state.sorting, (id) => columns.find((c) => c.id === id)?.header ?? '', {
            asc: t('table.sortAsc'),
            desc: t('table.sortDesc'),
          })}
        </p>
      ) : null}
    </>
  );
}
