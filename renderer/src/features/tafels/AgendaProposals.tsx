import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDate } from '../../../../shared/format/date';
import type { MeetingFile, TafelFile } from '../../../../shared/interchange/meetings';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import type { ProposalReason } from '../../../../shared/ipc/channels/meetings';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, SelectField } from '../../components/form';
import { useSetAgenda } from './AgendaEditor';
import { queryKeys } from '../../api/queryKeys';
import { DEFAULT_MINUTES, personMessage } from './meetingData';

/** The case to put on the agenda: nothing chosen yet is no error, the button just waits for a choice. */
const agendaItem = contract['meetings:setAgenda'].input.shape.items.element;
const byCodeSchema = z.strictObject({ caseCode: choice(agendaItem.shape.caseCode.optional()) });

function useReasonText() {
  const { t } = useTranslation();
  return (r: ProposalReason): string => {
    switch (r.kind) {
      case 'nieuwe_aanmelding':
        return t('tafels.proposal.reason.nieuwe_aanmelding', { date: formatDate(r.registeredOn) });
      case 'opvolging':
        return t('tafels.proposal.reason.opvolging', { date: formatDate(r.followUpOn) });
      case 'open_acties': {
        const date = formatDate(r.oldestDue);
        if (r.overdueActions === 0) return t('tafels.proposal.reason.open_acties', { count: r.openActions, date });
        const overdue = t('tafels.proposal.reason.actie_over_datum', { count: r.overdueActions, date });
        const more = r.openActions - r.overdueActions;
        return more > 0 ? `${overdue}${t('tafels.proposal.reason.nogOpen', { count: more })}` : overdue;
      }
      case 'vastgelopen':
        return t('tafels.proposal.reason.vastgelopen', { count: r.days, date: formatDate(r.since) });
    }
  };
}

/** §2.2 the proposed agenda (with reasons) and putting any case of the wijk on the agenda by code. */
export function AgendaProposals({ meeting, tafel, cases }: { meeting: MeetingFile; tafel: TafelFile | undefined; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const id = useId();
  const proposal = useQuery({ queryKey: queryKeys.meeting.proposal(meeting.id), queryFn: () => unwrap(api.meetingsProposeAgenda({ id: meeting.id })) });
  const setAgenda = useSetAgenda(meeting);
  const [said, setSaid] = useState('');
  const form = useForm({ resolver: zodResolver(byCodeSchema), defaultValues: { caseCode: '' } });
  const chosen = useWatch({ control: form.control, name: 'caseCode' });
  const current = meeting.agenda.map((a) => ({ caseCode: a.caseCode, minutes: a.minutes }));
  const onAgenda = new Set(current.map((a) => a.caseCode));
  const cityWide = tafel?.wijk === null;
  const candidates = cases.filter((c) => !onAgenda.has(c.code) && c.status !== 'ingetrokken' && (cityWide || c.wijk === tafel?.wijk));

  const add = (code: string) => {
    if (setAgenda.isPending) return;
    setSaid('');
    setAgenda.mutate([...current, { caseCode: code, minutes: DEFAULT_MINUTES }], {
      onSuccess: () => {
        form.reset({ caseCode: '' });
        setSaid(t('tafels.agenda.added', { code }));
      },
    });
  };
  const submit = ({ caseCode }: { caseCode?: string }) => {
    if (caseCode !== undefined) add(caseCode);
  };

  return (
    <>
      <Paragraph>{t('tafels.proposal.intro')}</Paragraph>
      <ErrorAlert message={proposal.error?.message} />
      {proposal.isPending ? (
        <Paragraph role="status">{t('tafels.proposal.loading')}</Paragraph>
      ) : proposal.data && proposal.data.items.length === 0 ? (
        <Paragraph>{t('tafels.proposal.empty')}</Paragraph>
      ) : proposal.data ? (
        <ul className="proposal-list">
          {proposal.data.items.map((p) => {
            const summary = cases.find((c) => c.code === p.caseCode);
            return (
              <li key={p.caseCode} className="proposal-item">
                <div>
                  <strong className="agenda-code">{p.caseCode}</strong>
                  {summary ? (
                    <span className="werkbank-muted">
                      {' '}
                      {summary.isSignaal ? t('cases.signaal') : (summary.alias ?? '')} · {t(`status.${summary.status}`)}
                    </span>
                  ) : null}
                  <ul className="proposal-reasons">
                    <li>{p.careCostBand ? t('tafels.proposal.band', { band: t(`careCostBand.${p.careCostBand}`) }) : t('tafels.proposal.bandUnknown')}</li>
                    {p.reasons.map((r) => (
                      <li key={r.kind}>{reasonText(r)}</li>
                    ))}
                  </ul>
                </div>
                <Button appearance="secondary-action-button" aria-disabled={setAgenda.isPending || undefined} onClick={() => add(p.caseCode)}>
                  {t('tafels.proposal.add')}
                  <span className="werkbank-visually-hidden"> {p.caseCode}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}

      <Form form={form} className="item-form proposal-bycode" onValid={submit} aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`} className="item-subheading">
          {t('tafels.proposal.byCode')}
        </h3>
        <Paragraph className="werkbank-muted">{cityWide ? t('tafels.proposal.byCodeIntroCity') : t('tafels.proposal.byCodeIntro')}</Paragraph>
        {candidates.length === 0 ? (
          <Paragraph>{t('tafels.proposal.noCandidates')}</Paragraph>
        ) : (
          <div className="item-inline-form">
            <SelectField
              form={form}
              name="caseCode"
              label={t('tafels.proposal.caseLabel')}
              options={[
                { value: '', label: t('tafels.proposal.choose') },
                ...candidates.map((c) => ({
                  value: c.code,
                  label: `${c.code}${c.isSignaal ? ` — ${t('cases.signaal')}` : c.alias ? ` — ${c.alias}` : ''} (${t(`status.${c.status}`)})`,
                })),
              ]}
            />
            <Button type="submit" appearance="secondary-action-button" aria-disabled={!chosen || setAgenda.isPending || undefined}>
              {t('tafels.proposal.submit')}
            </Button>
          </div>
        )}
      </Form>
      <ErrorAlert message={personMessage(setAgenda.error?.message)} />
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </>
  );
}
