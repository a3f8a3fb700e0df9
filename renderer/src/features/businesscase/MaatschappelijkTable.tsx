import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { DataTable } from '../../components/DataTable';
import { formatMultiplier } from './parts';

/** §3.7 indicative societal return, with its source; never added to any saving. */
export function MaatschappelijkTable({ m, year }: { m: BusinesscaseReport['maatschappelijk']; year: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="bc-prose bc-warning">
        <strong>{t('businesscase.maatschappelijk.warning')}</strong>
      </Paragraph>
      <DataTable
        caption={t('businesscase.maatschappelijk.caption', { year })}
        className="bc-table"
        data-testid="maatschappelijk"
        rows={m.rows}
        rowKey={(r) => r.typeId}
        empty={t('businesscase.maatschappelijk.none')}
        columns={[
          { id: 'type', header: t('businesscase.maatschappelijk.colType'), rowHeader: true, cell: (r) => r.name },
          { id: 'spoor', header: t('businesscase.maatschappelijk.colSpoor'), cell: (r) => t(`spoor.${r.spoor}`) },
          { id: 'cost', header: t('businesscase.maatschappelijk.colCost'), numeric: true, cell: (r) => formatEuro(r.costCents) },
          { id: 'multiplier', header: t('businesscase.maatschappelijk.colMultiplier'), numeric: true, cell: (r) => formatMultiplier(r.multiplier) },
          { id: 'return', header: t('businesscase.maatschappelijk.colReturn'), numeric: true, cell: (r) => formatEuro(r.indicativeReturnCents) },
          { id: 'source', header: t('businesscase.maatschappelijk.colSource'), cell: (r) => r.source ?? t('businesscase.maatschappelijk.noSource') },
        ]}
        footer={[
          {
            key: 'total',
            label: t('businesscase.maatschappelijk.total'),
            span: 4,
            cells: { return: formatEuro(m.totalIndicativeReturnCents) },
          },
        ]}
      />
    </>
  );
}
