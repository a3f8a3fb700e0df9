import { useQuery } from '@tanstack/react-query';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { api, unwrap } from '../../api';
import { useCases, useOpenActions, useTafels } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgendaEditor } from './AgendaEditor';
import { AgendaProposals } from './AgendaProposals';
import { AttendanceForm } from './AttendanceForm';
import { ItemOutcomes } from './ItemOutcomes';
import { MeetingHeaderForm } from './MeetingHeaderForm';
import { MeetingMode } from './MeetingMode';
import { VerslagSection } from './VerslagSection';
import './tafels.css';

/** §2.2 one bijeenkomst: header, attendance, the agenda (drag and drop), proposal, outcomes; and meeting mode. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useQuery({ queryKey: queryKeys.meeting.detail(id), queryFn: () => unwrap(api.meetingsGet({ id })) });
  const tafels = useTafels();
  const cases = useCases({});
  const openActions = useOpenActions({});
  const [meetingMode, setMeetingMode] = useState(false);
  const [presentation, setPresentation] = useState(false);
  const [current, setCurrent] = useState(0);

  const m = meeting.data;
  const tafel = tafels.data?.items.find((x) => x.id === m?.tafel);
  const caseMap = new Map<string, CaseSummary>((cases.data?.items ?? []).map((c) => [c.code, c]));
  const carried = (code: string) =>
    (openActions.data?.items ?? []).filter((a) => a.caseCode === code && m !== undefined && a.meetingId !== m.id && a.meetingDate <= m.date);

  // The date is one token on a projector: never broken at its hyphens.
  const title = m ? (
    <>
      {tafel ? `${tafel.name}, ` : `${t('tafels.meeting.titleFallback')} `}
      <span className="tafels-nowrap-date">{formatDate(m.date)}</span>
    </>
  ) : (
    t('tafels.meeting.titleFallback')
  );

  return (
    <div className="tafels meeting">
      <p className="meeting-back">
        <Link className="utrecht-link" to="/tafels">
          <span aria-hidden="true">← </span>
          {t('tafels.meeting.back')}
        </Link>
      </p>
      <Heading1>{title}</Heading1>
      <ErrorAlert message={meeting.error?.message ?? cases.error?.message ?? tafels.error?.message} />
      {meeting.isPending ? <Paragraph role="status">{t('tafels.meeting.loading')}</Paragraph> : null}
      {m ? (
        <>
          {meetingMode ? null : (
          <dl className="tafels-facts meeting-facts" aria-label={t('tafels.meeting.details')}>
            <div>
              <dt>{t('tafels.meeting.tafel')}</dt>
              <dd>{tafel?.name ?? m.tafel}</dd>
            </div>
            <div>
              <dt>{t('tafels.meeting.date')}</dt>
              <dd>{formatDate(m.date)}</dd>
            </div>
            <div>
              <dt>{t('tafels.meeting.place')}</dt>
              <dd>{m.place ?? t('tafels.meeting.none')}</dd>
            </div>
            <div>
              <dt>{t('tafels.meeting.chair')}</dt>
              <dd>{m.chair ?? t('tafels.meeting.none')}</dd>
            </div>
          </dl>
          )}
          {meetingMode ? null : <MeetingHeaderForm meeting={m} />}

          <div className="meeting-toolbar">
            <Button appearance={meetingMode ? 'primary-action-button' : 'secondary-action-button'} pressed={meetingMode} onClick={() => setMeetingMode(!meetingMode)}>
              {t('tafels.meeting.meetingMode')}
            </Button>
            {meetingMode ? null : <Paragraph className="werkbank-muted">{t('tafels.meeting.meetingModeHelp')}</Paragraph>}
          </div>

          {meetingMode ? (
            <MeetingMode
              meeting={m}
              cases={caseMap}
              carried={carried}
              presentation={presentation}
              onPresentation={setPresentation}
              index={current}
              onIndex={setCurrent}
            />
          ) : (
            <>
              <section className="tafels-section" aria-labelledby="aanwezigheid">
                <Heading2 id="aanwezigheid">{t('tafels.attendance.title')}</Heading2>
                <AttendanceForm meeting={m} />
              </section>

              <section className="tafels-section" aria-labelledby="agenda">
                <Heading2 id="agenda">{t('tafels.agenda.title')}</Heading2>
                <AgendaEditor meeting={m} cases={caseMap} />
              </section>

              <section className="tafels-section" aria-labelledby="voorstel">
                <Heading2 id="voorstel">{t('tafels.proposal.title')}</Heading2>
                <AgendaProposals meeting={m} tafel={tafel} cases={cases.data?.items ?? []} />
              </section>

              {m.agenda.length > 0 ? (
                <section className="tafels-section" aria-labelledby="bespreking">
                  <Heading2 id="bespreking">{t('tafels.item.sectionTitle')}</Heading2>
                  {m.agenda.map((item, i) => {
                    const s = caseMap.get(item.caseCode);
                    const alias = s ? (s.isSignaal ? t('cases.signaal') : s.alias) : null;
                    return (
                      <section key={item.caseCode} className="item-card" aria-labelledby={`punt-${item.caseCode}`}>
                        <h3 id={`punt-${item.caseCode}`} className="item-heading">
                          {t('tafels.item.heading', { position: i + 1, code: item.caseCode })}
                          {alias ? <span className="werkbank-muted"> — {alias}</span> : null}
                        </h3>
                        <ItemOutcomes meetingId={m.id} meetingDate={m.date} item={item} carried={carried(item.caseCode)} level={4} />
                      </section>
                    );
                  })}
                </section>
              ) : null}
              <VerslagSection meeting={m} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
