import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { TafelFile } from '../../../../shared/interchange/meetings';
import type { MeetingSummary } from '../../../../shared/ipc/channels/meetings';
import { NewMeetingForm } from './NewMeetingForm';

/** One tafel: what it is, its bijeenkomsten (newest first) and the form for the next one. */
export function TafelSection({ tafel, meetings, meetingsLoaded }: { tafel: TafelFile; meetings: MeetingSummary[]; meetingsLoaded: boolean }) {
  const { t } = useTranslation();
  const headingId = `tafel-${tafel.id}`;
  return (
    <section className="tafels-section tafels-tafel" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{tafel.name}</Heading2>
      <dl className="tafels-facts" aria-label={t('tafels.facts', { name: tafel.name })}>
        <div>
          <dt>{t('tafels.type')}</dt>
          <dd>{t(`tafels.tafelType.${tafel.type}`, { defaultValue: tafel.type })}</dd>
        </div>
        <div>
          <dt>{t('tafels.wijk')}</dt>
          <dd>{tafel.wijk ?? t('tafels.stedelijk')}</dd>
        </div>
        <div>
          <dt>{t('tafels.members')}</dt>
          <dd>{t('tafels.membersCount', { count: tafel.members.length })}</dd>
        </div>
        <div>
          <dt>{t('tafels.cadence')}</dt>
          <dd>{tafel.cadence ?? t('tafels.noCadence')}</dd>
        </div>
      </dl>
      {tafel.members.length > 0 ? (
        <details className="tafels-details">
          <summary>{t('tafels.membersShow', { name: tafel.name })}</summary>
          <ul>
            {tafel.members.map((m, i) => (
              <li key={`${m.name}-${String(i)}`}>
                {m.name} — {m.organisation}
                {m.role ? ` (${m.role})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {meetingsLoaded && meetings.length === 0 ? (
        <Paragraph>{t('tafels.noMeetings')}</Paragraph>
      ) : meetings.length > 0 ? (
        <Table className="werkbank-table tafels-table">
          <TableCaption className="tafels-caption">{t('tafels.meetingsCaption', { name: tafel.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('tafels.col.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tafels.col.place')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tafels.col.chair')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="tafels-num">
                {t('tafels.col.agendaItems')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="tafels-num">
                {t('tafels.col.openActions')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {meetings.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row" className="tafels-nowrap">
                  <Link className="utrecht-link" to={`/tafels/bijeenkomsten/${encodeURIComponent(m.id)}`}>
                    {t('tafels.openMeeting')} <span className="tafels-nowrap-date">{formatDate(m.date)}</span>
                  </Link>
                </TableHeaderCell>
                <TableCell>{m.place ?? '—'}</TableCell>
                <TableCell>{m.chair ?? '—'}</TableCell>
                <TableCell className="tafels-num">{m.agendaItems}</TableCell>
                <TableCell className="tafels-num">{m.openActions}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}

      <NewMeetingForm tafel={tafel} />
    </section>
  );
}
