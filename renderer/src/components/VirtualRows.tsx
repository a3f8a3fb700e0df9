import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { TableBody, TableRow } from '@utrecht/component-library-react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type HTMLAttributes, type ReactNode, type Ref, type RefObject } from 'react';

export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

/** A body row as DataTable hands it over: its key, the row, and its position in the list as given. */
interface BodyRow<Row> {
  id: string;
  original: Row;
  index: number;
}

interface Props<Row> {
  rows: readonly BodyRow<Row>[];
  columnCount: number;
  cells: (row: Row, index: number) => ReactNode;
  rowProps?: (row: Row) => RowAttributes;
  /** The scrolling box around the table (DataTable's virtual region); null until it is mounted. */
  scrollElement: HTMLDivElement | null;
  /** aria-rowindex of the first body row: 1 + the header rows. */
  firstRowIndex: number;
  /** A row that stays in the DOM wherever the list is scrolled (the inbox's open dossier, so focus can return to it). */
  keepRowKey?: string | null;
}

/**
 * A first guess of a row's height in px (one to three lines of text); every rendered row is
 * measured, so only the scrollbar's first size depends on it.
 */
const ESTIMATED_ROW_PX = 64;
/**
 * Rows rendered beyond the visible ones on each side. Large enough that Tab from the last visible
 * row lands on a rendered one (the browser then scrolls it into view and the range moves on), small
 * enough that 10.000 cases stay a few dozen rows in the DOM.
 */
const OVERSCAN = 10;

/**
 * The body of a long table, virtualised with @tanstack/react-virtual (issue #13 item 4): only the
 * rows in view plus OVERSCAN are in the DOM; aria-hidden spacer rows above and below keep the
 * scrollbar and the native table layout (so the table stays a table for a screen reader, and
 * aria-rowindex tells it where each rendered row sits). The row that has focus, and `keepRowKey`,
 * stay rendered when scrolled away, so focus is never dropped to the page.
 */
export function VirtualRows<Row>({ rows, columnCount, cells, rowProps, scrollElement, firstRowIndex, keepRowKey }: Props<Row>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const { scrollMargin, headerPx } = useBodyOffset(scrollElement, bodyRef);

  const pinned = useMemo(() => {
    const keys = new Set([focused, keepRowKey].filter((k): k is string => typeof k === 'string'));
    if (keys.size === 0) return [];
    const found: number[] = [];
    rows.forEach((r, i) => {
      if (keys.has(r.id)) found.push(i);
    });
    return found;
  }, [rows, focused, keepRowKey]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = pinned.filter((i) => !indexes.includes(i));
      return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
    },
    [pinned],
  );

  // The virtualizer's methods change their answers as it scrolls, so nothing memoises them: this
  // component re-renders on every range change, and passes no virtualizer function down.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above; the project runs no React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: OVERSCAN,
    scrollMargin,
    // scrollToIndex keeps a row clear of the sticky header.
    scrollPaddingStart: headerPx,
    rangeExtractor,
  });

  useHomeEnd(virtualizer, rows.length, bodyRef, scrollElement);

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest('tr[data-key]');
    setFocused(tr?.getAttribute('data-key') ?? null);
  };
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocused(null);
  };

  const items = virtualizer.getVirtualItems();
  const out: ReactNode[] = [];
  let end = scrollMargin;
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    if (item.start > end) out.push(<Spacer key={`gap-${row.id}`} px={item.start - end} columnCount={columnCount} />);
    out.push(<RowView key={row.id} row={row} position={item.index} rowIndex={firstRowIndex + item.index} cells={cells} rowProps={rowProps} measure={virtualizer.measureElement} />);
    end = item.end;
  }
  const rest = virtualizer.getTotalSize() + scrollMargin - end;
  if (rest > 0) out.push(<Spacer key="gap-end" px={rest} columnCount={columnCount} />);

  return (
    <TableBody ref={bodyRef} onFocus={onFocus} onBlur={onBlur}>
      {out}
    </TableBody>
  );
}

/**
 * Home and End in the list (on the region or on a row's link) go to the first and the last row.
 * The browser alone would stop short of the end: rows are measured only once they are rendered,
 * so the list grows as its last rows come into view; the virtualizer scrolls until it is stable.
 */
function useHomeEnd(
  virtualizer: { scrollToIndex: (index: number, options: { align: 'start' | 'end' }) => void },
  count: number,
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  box: HTMLDivElement | null,
) {
  useEffect(() => {
    const scroller = bodyRef.current?.closest<HTMLElement>('.werkbank-virtual');
    if (!box || !scroller || count === 0) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.shiftKey || e.metaKey || (e.key !== 'Home' && e.key !== 'End')) return;
      e.preventDefault();
      if (e.key === 'Home') virtualizer.scrollToIndex(0, { align: 'start' });
      else virtualizer.scrollToIndex(count - 1, { align: 'end' });
    };
    scroller.addEventListener('keydown', onKeyDown);
    return () => scroller.removeEventListener('keydown', onKeyDown);
  }, [virtualizer, count, bodyRef, box]);
}

interface RowViewProps<Row> {
  row: BodyRow<Row>;
  position: number;
  rowIndex: number;
  cells: (row: Row, index: number) => ReactNode;
  rowProps?: (row: Row) => RowAttributes;
  measure: Ref<HTMLTableRowElement>;
}

/**
 * One rendered row, memoised: while the list scrolls only the rows that come into view render;
 * the others keep their props (DataTable does not render again during a scroll).
 */
const RowView = memo(function RowView<Row>({ row, position, rowIndex, cells, rowProps, measure }: RowViewProps<Row>) {
  return (
    <TableRow {...rowProps?.(row.original)} ref={measure} data-index={position} data-key={row.id} aria-rowindex={rowIndex}>
      {cells(row.original, row.index)}
    </TableRow>
  );
}) as <Row>(props: RowViewProps<Row>) => ReactNode;

/** Keeps the place of the rows that are not rendered: hidden from assistive technology, never focusable. */
function Spacer({ px, columnCount }: { px: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="werkbank-virtual-spacer" style={{ height: `${String(px)}px` }}>
      <td colSpan={columnCount} />
    </tr>
  );
}

/**
 * Where the body starts inside the scrolling box (caption and header above it), and the header's
 * height for the sticky header; measured again whenever either changes size (a narrower window
 * wraps the header text).
 */
function useBodyOffset(box: HTMLDivElement | null, bodyRef: RefObject<HTMLTableSectionElement | null>) {
  const [offset, setOffset] = useState({ scrollMargin: 0, headerPx: 0 });
  useLayoutEffect(() => {
    // The box as found from the body (the same element as `box`, which only says when it is there).
    const body = bodyRef.current;
    const scroller = body?.closest<HTMLElement>('.werkbank-virtual');
    const table = body?.closest('table');
    if (!box || !body || !scroller || !table) return;
    const head = table.querySelector('thead');
    const measure = () => {
      const scrollMargin = Math.round(body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
      const headerPx = Math.round(head?.getBoundingClientRect().height ?? 0);
      // Focus moved by Tab scrolls the row into view below the sticky header, not under it.
      scroller.style.scrollPaddingBlockStart = `${String(headerPx)}px`;
      setOffset((o) => (o.scrollMargin === scrollMargin && o.headerPx === headerPx ? o : { scrollMargin, headerPx }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (head) observer.observe(head);
    const caption = table.querySelector('caption');
    if (caption) observer.observe(caption);
    return () => observer.disconnect();
  }, [box, bodyRef]);
  return offset;
}
