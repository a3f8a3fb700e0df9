import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { formatDate } from '../../../../shared/format/date';
import { DataTable } from '../../components/DataTable';
import { ReceivedTag } from '../dossier/Received';

export function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('cases.title')}
      captionHidden
      className="werkbank-table"
      virtual
      data-testid="cases"
      rows={items}
      rowKey={(c) => c.code}
      columns={[
        {
          id: 'code',
          header: t('cases.col.code'),
          rowHeader: true,
          sortValue: (c) => c.code,
          sortAs: 'code',
          cell: (c) => (
            <Link to={`/casussen/${c.code}`} className="utrecht-link">
              {c.code}
            </Link>
          ),
        },
        { id: 'alias', header: t('cases.col.alias'), cell: (c) => (c.received ? <ReceivedTag /> : c.isSignaal ? t('cases.signaal') : (c.alias ?? '—')) },
        { id: 'wijk', header: t('cases.col.wijk'), sortValue: (c) => c.wijk, sortAs: 'text', cell: (c) => c.wijk },
        { id: 'status', header: t('cases.col.status'), sortValue: (c) => t(`status.${c.status}`), sortAs: 'text', cell: (c) => t(`status.${c.status}`) },
        { id: 'sporen', header: t('cases.col.sporen'), cell: (c) => c.sporen.map((s) => t(`spoor.${s}`)).join(', ') || '—' },
        // ISO dates sort as text in date order.
        { id: 'registeredOn', header: t('cases.col.registeredOn'), sortValue: (c) => c.registeredOn, sortAs: 'code', cell: (c) => formatDate(c.registeredOn) },
        { id: 'regisseur', header: t('cases.col.regisseur'), sortValue: (c) => c.casusregisseur, sortAs: 'text', cell: (c) => c.casusregisseur ?? '—' },
        { id: 'followUpOn', header: t('cases.col.followUpOn'), sortValue: (c) => c.followUpOn, sortAs: 'code', cell: (c) => (c.followUpOn ? formatDate(c.followUpOn) : '—') },
      ]}
    />
  );
}
