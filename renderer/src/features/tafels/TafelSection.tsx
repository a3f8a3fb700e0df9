import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { TafelFile } from '../../../../shared/interchange/meetings';
import type { MeetingSummary } from '../../../../shared/ipc/channels/meetings';
import { DataTable } from '../../components/DataTable';
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

      {meetingsLoaded || meetings.length > 0 ? (
        <DataTable
          caption={t('tafels.meetingsCaption', { name: tafel.name })}
          className="werkbank-table tafels-table"
          rows={meetings}
          rowKey={(m) => m.id}
          empty={t('tafels.noMeetings')}
          columns={[
            {
              id: 'date',
              header: t('tafels.col.date'),
              rowHeader: true,
              className: 'tafels-nowrap',
              cell: (m) => (
                <Link className="utrecht-link" to={`/tafels/bijeenkomsten/${encodeURIComponent(m.id)}`}>
                  {t('tafels.openMeeting')} <span className="tafels-nowrap-date">{formatDate(m.date)}</span>
                </Link>
              ),
            },
            { id: 'place', header: t('tafels.col.place'), cell: (m) => m.place ?? '—' },
            { id: 'chair', header: t('tafels.col.chair'), cell: (m) => m.chair ?? '—' },
            { id: 'agendaItems', header: t('tafels.col.agendaItems'), numeric: true, cell: (m) => m.agendaItems },
            { id: 'openActions', header: t('tafels.col.openActions'), numeric: true, cell: (m) => m.openActions },
          ]}
        />
      ) : null}

      <NewMeetingForm tafel={tafel} />
    </section>
  );
}
