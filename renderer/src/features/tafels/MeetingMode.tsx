import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import type { OpenAction } from '../../../../shared/ipc/channels/actions';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { CheckboxRow } from '../../components/form';
import { ConsentMarker } from '../caseDetail/ConsentMarker';
import { CountdownTimer } from './CountdownTimer';
import { ItemOutcomes } from './ItemOutcomes';
import { createCountdown, pause, type Countdown } from './timer';

interface Props {
  meeting: MeetingFile;
  cases: Map<string, CaseSummary>;
  carried: (code: string) => OpenAction[];
  presentation: boolean;
  onPresentation: (on: boolean) => void;
  index: number;
  onIndex: (index: number) => void;
}

const person = (p: { name?: string; organisation?: string } | undefined): string | null => {
  if (!p || (!p.name && !p.organisation)) return null;
  return p.name && p.organisation ? `${p.name} (${p.organisation})` : (p.name ?? p.organisation ?? null);
};

/**
 * §2.2 meeting mode, for a projector: the current agenda item large, its countdown, previous/next,
 * and quick besluiten and acties. The presentation switch hides personal details: alias only.
 */
export function MeetingMode({ meeting, cases, carried, presentation, onPresentation, index, onIndex }: Props) {
  const { t } = useTranslation();
  const [timers, setTimers] = useState<Record<string, Countdown>>({});
  const total = meeting.agenda.length;
  const at = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
  const item = meeting.agenda[at];
  const code = item?.caseCode ?? '';
  const summary = cases.get(code);
  const detail = useQuery({
    queryKey: queryKeys.cases.inMeeting(code),
    queryFn: () => unwrap(api.casesGet({ code })),
    // Also in presentation: the consent marker needs the case's consent. What is shown of it then
    // is organisations only; names and notes stay hidden below.
    enabled: item !== undefined,
  });
  // The switch keeps its own tick (a registered input); the page only hears of the change.
  const switchForm = useForm({ defaultValues: { presentation } });
  const onTimer = useCallback((c: Countdown) => setTimers((prev) => ({ ...prev, [code]: c })), [code]);

  const present = meeting.attendance.filter((a) => a.present);
  const attendancePresent = present.length;
  const go = (to: number) => {
    if (to < 0 || to >= total || to === at) return;
    // Leaving an item pauses its clock; coming back resumes where it stood.
    const running = timers[code];
    if (running) setTimers((prev) => ({ ...prev, [code]: pause(running, Date.now()) }));
    onIndex(to);
  };

  const stored = item ? timers[code] : undefined;
  const timer = stored && (stored.spentMs > 0 || stored.runningSince !== null) ? stored : createCountdown(item?.minutes ?? 0);
  const alias = summary?.isSignaal ? t('tafels.mode.signaal') : (summary?.alias ?? t('tafels.mode.noAlias'));
  const regisseur = person(detail.data?.case.casusregisseur) ?? summary?.casusregisseur ?? null;
  const aanmelder = person(detail.data?.case.aanmelder);

  return (
    <section className="mode" aria-labelledby="vergadermodus-titel">
      <h2 id="vergadermodus-titel" className="werkbank-visually-hidden">
        {t('tafels.mode.region')}
      </h2>
      <div className="mode-bar">
        <CheckboxRow
          form={switchForm}
          name="presentation"
          className="tafels-checkbox mode-presentation"
          label={t('tafels.meeting.presentation')}
          onChange={(e: { target: { checked: boolean } }) => onPresentation(e.target.checked)}
        />
        <Paragraph className="mode-attendance">{t('tafels.attendance.summary', { present: attendancePresent, total: meeting.attendance.length })}</Paragraph>
      </div>

      {item === undefined ? (
        <Paragraph>{t('tafels.mode.empty')}</Paragraph>
      ) : (
        <>
          <nav className="mode-nav" aria-label={t('tafels.mode.navLabel')}>
            <Button appearance="secondary-action-button" aria-disabled={at === 0 || undefined} onClick={() => go(at - 1)}>
              <span aria-hidden="true">← </span>
              {t('tafels.mode.previous')}
            </Button>
            <p className="mode-position" aria-live="polite">
              {t('tafels.mode.position', { position: at + 1, total })}
            </p>
            <Button appearance="secondary-action-button" aria-disabled={at === total - 1 || undefined} onClick={() => go(at + 1)}>
              {t('tafels.mode.next')}
              <span aria-hidden="true"> →</span>
            </Button>
          </nav>

          <div className="mode-main">
            <section className="mode-case" aria-labelledby="huidig-agendapunt" data-testid="huidige-casus">
              <h3 id="huidig-agendapunt" className="mode-code">
                {code}
              </h3>
              <p className="mode-alias">
                <span className="werkbank-visually-hidden">{t('tafels.mode.alias')}: </span>
                {alias}
              </p>
              {summary ? <p className="mode-status">{t(`status.${summary.status}`)}</p> : null}
              {/* §5 against the organisations present at this meeting. */}
              {detail.data?.case.code === code ? <ConsentMarker consent={detail.data.case.consent} partners={present.map((a) => a.organisation)} /> : null}
              {presentation ? (
                <p className="mode-hidden">{t('tafels.mode.hidden')}</p>
              ) : (
                <dl className="mode-people">
                  <div>
                    <dt>{t('tafels.mode.regisseur')}</dt>
                    <dd>{regisseur ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('tafels.mode.aanmelder')}</dt>
                    <dd>{aanmelder ?? '—'}</dd>
                  </div>
                </dl>
              )}
            </section>
            <CountdownTimer key={code} code={code} minutes={item.minutes} timer={timer} onChange={onTimer} />
          </div>

          <div className="mode-outcomes">
            <ItemOutcomes
              key={code}
              meetingId={meeting.id}
              meetingDate={meeting.date}
              item={item}
              carried={carried(code)}
              level={4}
              hideNotes={presentation}
            />
          </div>
        </>
      )}
    </section>
  );
}
