import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { OpenAction } from '../../../../shared/ipc/channels/actions';
import { DataTable } from '../../components/DataTable';

/** An action's date; past it, said in words (not by colour alone). */
export function DueDate({ on, overdue }: { on: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {formatDate(on)}
      {overdue ? (
        <>
          {' '}
          <span className="tafels-overdue">{t('tafels.openActions.overdue')}</span>
        </>
      ) : null}
    </>
  );
}

/** Open actions across tafels: they carry over until done or dropped; past their date is said in words. */
export function OpenActionsTable({ items, tafelNames }: { items: OpenAction[]; tafelNames: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('tafels.openActions.caption')}
      captionHidden
      className="werkbank-table tafels-table"
      rows={items}
      rowKey={(a) => a.actionId}
      rowProps={(a) => ({ className: a.overdue ? 'tafels-overdue-row' : undefined })}
      columns={[
        { id: 'action', header: t('tafels.col.action'), rowHeader: true, cell: (a) => a.text },
        { id: 'owner', header: t('tafels.col.owner'), cell: (a) => a.owner },
        { id: 'due', header: t('tafels.col.due'), className: 'tafels-nowrap', cell: (a) => <DueDate on={a.due} overdue={a.overdue} /> },
        { id: 'case', header: t('tafels.col.case'), className: 'tafels-nowrap', cell: (a) => a.caseCode },
        { id: 'tafel', header: t('tafels.col.tafel'), cell: (a) => tafelNames.get(a.tafel) ?? a.tafel },
        {
          id: 'meeting',
          header: t('tafels.col.meeting'),
          cell: (a) => (
            <Link className="utrecht-link" to={`/tafels/bijeenkomsten/${encodeURIComponent(a.meetingId)}`}>
              {t('tafels.openMeeting')} <span className="tafels-nowrap-date">{formatDate(a.meetingDate)}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
