/**
 * The shape every PDF report and verslag shares: A4, a title block naming what was selected, the
 * price-list versions and when it was made, "Pagina n van m" on every page, and plain tables.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatLocalMoment } from '../../../../shared/format/date';
import { CONTEXT_LABELS } from '../exportContext';

export interface ReportMeta {
  title: string;
  /** Label → value lines under the title: the filters, the price-list versions, the version of a verslag. */
  lines: readonly (readonly [string, string])[];
  /** When it was made; absent for a verslag, which must read the same every time it is made. */
  generatedAt?: Date | undefined;
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b0b0b0';
const ZEBRA = '#f2f4f7';

export function heading(text: string): Content {
  return { text: pdfText(text), style: 'h2' };
}

export function subheading(text: string): Content {
  return { text: pdfText(text), style: 'h3' };
}

export function paragraph(text: string, style: 'body' | 'note' = 'body'): Content {
  return { text: pdfText(text), style };
}

export interface TableSpec {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Totals under the rows, in bold. */
  footer?: readonly (readonly string[])[];
  /** Columns whose cells are numbers: right-aligned so the digits line up. */
  numeric?: readonly number[];
  widths?: ContentTable['table']['widths'];
  /** Smaller type for the wide per-casus table. */
  small?: boolean;
  /** Shown instead of an empty table. */
  empty?: string;
}

/** Glyphs the embedded Roboto lacks, written out so no reader meets an empty box. */
function pdfText(text: string): string {
  return text.replace(/ → /g, ' tot ');
}

type CellObject = Extract<TableCell, { text: unknown }>;

/** A table this short moves to the next page whole, with its caption, rather than split. */
const KEEP_TOGETHER_ROWS = 25;

/** A footer row's label runs across the empty cells after it (a total under the last columns). */
function footerRow(row: readonly string[], cell: (text: string, col: number, bold: boolean) => CellObject): TableCell[] {
  let span = 1;
  while (span < row.length - 1 && row[span] === '') span++;
  return row.map((c, i) => {
    if (i === 0) return { ...cell(c, 0, true), colSpan: span };
    return i < span ? {} : cell(c, i, true);
  });
}

/** A captioned table; its header repeats on every page it runs over, and a row never splits. */
export function table(spec: TableSpec): Content {
  const numeric = new Set(spec.numeric ?? []);
  const cell = (text: string, col: number, bold = false): CellObject => ({
    text: pdfText(text),
    alignment: numeric.has(col) ? 'right' : 'left',
    // An amount never breaks over two lines; a header may.
    noWrap: numeric.has(col),
    bold,
  });
  const caption: Content = { text: pdfText(spec.caption), style: 'caption' };
  if (spec.rows.length === 0 && spec.empty !== undefined) return { stack: [caption, paragraph(spec.empty, 'note')], unbreakable: true };
  const body: TableCell[][] = [
    spec.header.map((h, i) => ({ text: pdfText(h), bold: true, fillColor: '#dde3ea', alignment: numeric.has(i) ? 'right' : 'left' })),
    ...spec.rows.map((r) => r.map((c, i) => cell(c, i))),
    ...(spec.footer ?? []).map((r) => footerRow(r, cell)),
  ];
  return {
    stack: [
      caption,
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          keepWithHeaderRows: 1,
          widths: spec.widths ?? spec.header.map((_, i) => (i === 0 ? '*' : 'auto')),
          body,
        },
        layout: {
          hLineWidth: (i: number, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
          vLineWidth: () => 0,
          hLineColor: () => RULE,
          fillColor: (row: number) => (row > 0 && row % 2 === 0 ? ZEBRA : null),
          paddingTop: () => 2.5,
          paddingBottom: () => 2.5,
        },
        fontSize: spec.small ? 7.5 : 9,
      },
    ],
    unbreakable: body.length <= KEEP_TOGETHER_ROWS,
    margin: [0, 4, 0, 10],
  };
}

function titleBlock(meta: ReportMeta): Content {
  const lines: Content[] = meta.lines.map(([label, value]) => ({
    text: [{ text: `${label}: `, bold: true }, value],
    style: 'meta',
  }));
  return {
    stack: [
      { text: meta.title, style: 'h1' },
      ...lines,
      // "01-12-2026 om 23:05" in the machine's local time, as a chair reads a moment.
      ...(meta.generatedAt ? [{ text: [{ text: `${CONTEXT_LABELS.madeAt}: `, bold: true }, formatLocalMoment(meta.generatedAt, ' om ')], style: 'meta' } as Content] : []),
      {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 1, lineColor: RULE }],
        margin: [0, 2, 0, 8],
      },
    ],
  };
}

const LEAD_STYLES = new Set(['h2', 'h3', 'note', 'body']);
/** Headings and intro lines bound to one block at most: more (long notes in a verslag) may split. */
const MAX_LEAD_RUN = 4;

/** The style of a text node (headings, intros), or undefined for anything else. */
function styleOf(node: Content): string | undefined {
  if (typeof node !== 'object' || Array.isArray(node) || !('text' in node) || !('style' in node)) return undefined;
  return typeof node.style === 'string' ? node.style : undefined;
}

/** A heading, or the short text between a heading and its table. */
const isLead = (node: Content) => LEAD_STYLES.has(styleOf(node) ?? '');
const isHeading = (node: Content) => styleOf(node) === 'h2' || styleOf(node) === 'h3';

/**
 * Headings (and the intro under them) go to the page their first table or chart is on: each run
 * that starts with a heading is bound to the block after it, when that block is kept whole anyway.
 */
function keepHeadingsWithNext(content: readonly Content[]): Content[] {
  const out: Content[] = [];
  let run: Content[] = [];
  for (const node of content) {
    // A new heading after text starts a new run: only the last heading and its intro travel.
    if (isHeading(node) && run.some((n) => !isHeading(n))) {
      out.push(...run);
      run = [];
    }
    if (isLead(node) && (run.length > 0 || isHeading(node)) && run.length < MAX_LEAD_RUN) {
      run.push(node);
      continue;
    }
    const keptWhole = typeof node === 'object' && !Array.isArray(node) && 'unbreakable' in node && node.unbreakable === true;
    if (run.length > 0 && keptWhole) out.push({ stack: [...run, node], unbreakable: true });
    else out.push(...run, node);
    run = [];
  }
  out.push(...run);
  return out;
}

/** The whole document: title block, the content, and the footer with the title and page numbers. */
export function reportDocument(meta: ReportMeta, content: readonly Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: meta.title, creator: 'Casuïstiek Werkbank', producer: 'Casuïstiek Werkbank', ...(meta.generatedAt ? { creationDate: meta.generatedAt } : {}) },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: INK, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
      meta: { fontSize: 9.5, margin: [0, 1, 0, 1] },
      caption: { fontSize: 9, bold: true, color: MUTED, margin: [0, 2, 0, 3] },
      body: { margin: [0, 0, 0, 6] },
      note: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 6] },
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: meta.title, fontSize: 8, color: MUTED },
        { text: `Pagina ${String(currentPage)} van ${String(pageCount)}`, fontSize: 8, color: MUTED, alignment: 'right', width: 'auto' },
      ],
      margin: [40, 16, 40, 0],
    }),
    content: [titleBlock(meta), ...keepHeadingsWithNext(content)],
  };
}
