import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { DataTable, type Column } from '../../components/DataTable';

type CaseRow = BusinesscaseReport['cases'][number];

const AMOUNTS = [
  'referenceCents',
  'actualCents',
  'vermedenKosten',
  'vermedenGecorrigeerd',
  'vermedenZeker',
  'investering',
  'nettoRendement',
] as const;

/**
 * §3.2 figures per case (the engine's `cases[]`), sortable on every column by keyboard; `cases`
 * narrows it to the cases behind a chart's bar (a drill-down).
 */
export function CaseFiguresTable({ bc, cases = bc.cases }: { bc: BusinesscaseReport; cases?: readonly CaseRow[] }) {
  const { t } = useTranslation();
  const columns: Column<CaseRow>[] = [
    {
      id: 'code',
      header: t('businesscase.cases.colCode'),
      rowHeader: true,
      sortValue: (r) => r.code,
      sortAs: 'code',
      cell: (r) => (
        <Link className="utrecht-link bc-code" to={`/casussen/${r.code}`}>
          {r.code}
        </Link>
      ),
    },
    { id: 'wijk', header: t('businesscase.cases.colWijk'), sortValue: (r) => r.wijk, sortAs: 'text', cell: (r) => r.wijk },
    {
      id: 'calculationStatus',
      header: t('businesscase.cases.colStatus'),
      sortValue: (r) => t(`calculationStatus.${r.calculationStatus}`),
      sortAs: 'text',
      cell: (r) => t(`calculationStatus.${r.calculationStatus}`),
    },
    ...AMOUNTS.map(
      (f): Column<CaseRow> => ({
        id: f,
        header: t(`businesscase.figureShort.${f}`),
        numeric: true,
        sortValue: (r) => r[f],
        cell: (r) => formatEuroPlain(r[f]),
      }),
    ),
    {
      id: 'rendementPerEuro',
      header: t('businesscase.figureShort.rendementPerEuro'),
      numeric: true,
      sortValue: (r) => r.rendementPerEuro,
      cell: (r) => formatRatio(r.rendementPerEuro),
    },
  ];

  return (
    <>
      <Paragraph className="bc-prose">{t('businesscase.cases.explain')}</Paragraph>
      <DataTable
        caption={t('businesscase.cases.caption', { year: bc.period.label })}
        className="bc-table bc-cases-table"
        data-testid="per-casus"
        scroll
        columns={columns}
        rows={cases}
        rowKey={(r) => r.code}
        empty={t('businesscase.cases.none')}
      />
    </>
  );
}
