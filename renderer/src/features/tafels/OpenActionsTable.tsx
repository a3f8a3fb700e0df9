import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { OpenAction } from '../../../../shared/ipc/channels/actions';

/** Open actions across tafels: they carry over until done or dropped; past their date is said in words. */
export function OpenActionsTable({ items, tafelNames }: { items: OpenAction[]; tafelNames: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Table className="werkbank-table tafels-table">
      <TableCaption className="werkbank-visually-hidden">{t('tafels.openActions.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('tafels.col.action')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('tafels.col.owner')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('tafels.col.due')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('tafels.col.case')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('tafels.col.tafel')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('tafels.col.meeting')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((a) => (
          <TableRow key={a.actionId} className={a.overdue ? 'tafels-overdue-row' : undefined}>
            <TableHeaderCell scope="row">{a.text}</TableHeaderCell>
            <TableCell>{a.owner}</TableCell>
            <TableCell className="tafels-nowrap">
              {formatDate(a.due)}
              {a.overdue ? <>
                  {' '}
                  <span className="tafels-overdue">{t('tafels.openActions.overdue')}</span>
                </> : null}
            </TableCell>
            <TableCell className="tafels-nowrap">{a.caseCode}</TableCell>
            <TableCell>{tafelNames.get(a.tafel) ?? a.tafel}</TableCell>
            <TableCell>
              <Link className="utrecht-link" to={`/tafels/bijeenkomsten/${encodeURIComponent(a.meetingId)}`}>
                {t('tafels.openMeeting')} <span className="tafels-nowrap-date">{formatDate(a.meetingDate)}</span>
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
