import { useQuery } from '@tanstack/react-query';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/ipc/channels/meetings';
import { api, unwrap } from '../../api';
import { useOpenActions, useTafels } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OpenActionsTable } from './OpenActionsTable';
import { TafelSection } from './TafelSection';
import './tafels.css';

/** §2.2 the tafels, their bijeenkomsten, a new bijeenkomst, and the open actions across tafels. */
export function TafelsPage() {
  const { t } = useTranslation();
  const tafels = useTafels();
  const meetings = useQuery({ queryKey: queryKeys.meetings.list({}), queryFn: () => unwrap(api.meetingsList({})) });
  const openActions = useOpenActions({});

  const byTafel = new Map<string, MeetingSummary[]>();
  for (const m of meetings.data?.items ?? []) byTafel.set(m.tafel, [...(byTafel.get(m.tafel) ?? []), m]);
  const tafelNames = new Map((tafels.data?.items ?? []).map((x) => [x.id, x.name]));

  return (
    <div className="tafels">
      <Heading1>{t('tafels.title')}</Heading1>
      <Paragraph>{t('tafels.intro')}</Paragraph>
      <ErrorAlert message={tafels.error?.message ?? meetings.error?.message} />
      {tafels.isPending ? (
        <Paragraph role="status">{t('tafels.loading')}</Paragraph>
      ) : tafels.data && tafels.data.items.length === 0 ? (
        <section className="werkbank-empty" aria-labelledby="tafels-leeg">
          <h2 id="tafels-leeg">{t('tafels.emptyTitle')}</h2>
          <Paragraph>{t('tafels.emptyBody')}</Paragraph>
        </section>
      ) : (
        tafels.data?.items.map((tafel) => (
          <TafelSection key={tafel.id} tafel={tafel} meetings={byTafel.get(tafel.id) ?? []} meetingsLoaded={meetings.isSuccess} />
        ))
      )}

      <section className="tafels-section" aria-labelledby="open-acties">
        <Heading2 id="open-acties">{t('tafels.openActions.title')}</Heading2>
        <Paragraph>{t('tafels.openActions.intro')}</Paragraph>
        <ErrorAlert message={openActions.error?.message} />
        {openActions.isPending ? null : openActions.data && openActions.data.items.length === 0 ? (
          <Paragraph role="status">{t('tafels.openActions.empty')}</Paragraph>
        ) : openActions.data ? (
          <>
            <Paragraph role="status">
              {t('tafels.openActions.count', {
                count: openActions.data.items.length,
                overdue: openActions.data.items.filter((a) => a.overdue).length,
              })}
            </Paragraph>
            <OpenActionsTable items={openActions.data.items} tafelNames={tafelNames} />
          </>
        ) : null}
      </section>
    </div>
  );
}
