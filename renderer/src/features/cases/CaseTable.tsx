import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { formatDate } from '../../../../shared/format/date';
import { DataTable } from '../../components/DataTable';

export function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('cases.title')}
      captionHidden
      className="werkbank-table"
      rows={items}
      rowKey={(c) => c.code}
      columns={[
        {
          id: 'code',
          header: t('cases.col.code'),
          rowHeader: true,
          cell: (c) => (
            <Link to={`/casussen/${c.code}`} className="utrecht-link">
              {c.code}
            </Link>
          ),
        },
        { id: 'alias', header: t('cases.col.alias'), cell: (c) => (c.isSignaal ? t('cases.signaal') : (c.alias ?? '—')) },
        { id: 'wijk', header: t('cases.col.wijk'), cell: (c) => c.wijk },
        { id: 'status', header: t('cases.col.status'), cell: (c) => t(`status.${c.status}`) },
        { id: 'sporen', header: t('cases.col.sporen'), cell: (c) => c.sporen.map((s) => t(`spoor.${s}`)).join(', ') || '—' },
        { id: 'registeredOn', header: t('cases.col.registeredOn'), cell: (c) => formatDate(c.registeredOn) },
        { id: 'regisseur', header: t('cases.col.regisseur'), cell: (c) => c.casusregisseur ?? '—' },
      ]}
    />
  );
}
