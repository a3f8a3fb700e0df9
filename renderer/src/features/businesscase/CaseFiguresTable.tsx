import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_text, tableFeatures, useTable } from '@tanstack/react-table';
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { ScrollRegion } from './parts';

type CaseRow = BusinesscaseReport['cases'][number];

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, CaseRow>();

const AMOUNTS = [
  'referenceCents',
  'actualCents',
  'vermedenKosten',
  'vermedenGecorrigeerd',
  'vermedenZeker',
  'investering',
  'nettoRendement',
] as const;

const TEXT_COLUMNS = new Set(['code', 'wijk', 'calculationStatus']);

/**
 * §3.2 figures per case (the engine's `cases[]`), sortable: every column header is a button
 * (Enter/Space), the header cell carries aria-sort, and an arrow shows the direction in text.
 */
export function CaseFiguresTable({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('code', {
          header: t('businesscase.cases.colCode'),
          sortFn: 'alphanumeric',
          cell: (info) => (
            <Link className="utrecht-link bc-code" to={`/casussen/${info.getValue()}`}>
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor('wijk', { header: t('businesscase.cases.colWijk'), sortFn: 'text' }),
        helper.accessor((r) => t(`calculationStatus.${r.calculationStatus}`), {
          id: 'calculationStatus',
          header: t('businesscase.cases.colStatus'),
          sortFn: 'text',
        }),
        ...AMOUNTS.map((f) =>
          helper.accessor(f, {
            header: t(`businesscase.figureShort.${f}`),
            sortDescFirst: true,
            cell: (info) => formatEuroPlain(info.getValue()),
          }),
        ),
        helper.accessor((r) => r.rendementPerEuro ?? undefined, {
          id: 'rendementPerEuro',
          header: t('businesscase.figureShort.rendementPerEuro'),
          sortDescFirst: true,
          sortUndefined: 'last',
          cell: (info) => formatRatio(info.row.original.rendementPerEuro),
        }),
      ]),
    [t],
  );
  const table = useTable({ features, columns, data: bc.cases, enableSortingRemoval: false }, (state) => ({ sorting: state.sorting }));
  const sorting = table.state.sorting[0];

  return (
    <>
      <Paragraph className="bc-prose">{t('businesscase.cases.explain')}</Paragraph>
      <ScrollRegion labelledBy="bc-cases-caption">
        <Table className="bc-table bc-cases-table" data-testid="per-casus">
          <TableCaption id="bc-cases-caption" className="bc-caption">
            {t('businesscase.cases.caption', { year: bc.year })}
          </TableCaption>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const dir = header.column.getIsSorted();
                  const numeric = !TEXT_COLUMNS.has(header.column.id);
                  return (
                    <TableHeaderCell
                      key={header.id}
                      scope="col"
                      numericColumn={numeric}
                      className={numeric ? 'bc-num-head' : undefined}
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                    >
                      <button type="button" className="bc-sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />{' '}
                        <span className="bc-sort-icon" aria-hidden="true">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </TableHeaderCell>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.map((row) => (
              <TableRow key={row.id}>
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'code' ? (
                    <TableHeaderCell key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </TableHeaderCell>
                  ) : (
                    <TableCell
                      key={cell.id}
                      numericColumn={!TEXT_COLUMNS.has(cell.column.id)}
                      className={TEXT_COLUMNS.has(cell.column.id) ? undefined : 'bc-num'}
                    >
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {/* Always present, so the change of sort order is announced. */}
      <p className="werkbank-visually-hidden" role="status">
        {sorting
          ? `${String(table.getColumn(sorting.id)?.columnDef.header ?? '')}: ${sorting.desc ? t('businesscase.cases.sortDesc') : t('businesscase.cases.sortAsc')}`
          : ''}
      </p>
    </>
  );
}
