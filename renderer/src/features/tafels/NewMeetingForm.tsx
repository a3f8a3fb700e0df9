import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TafelFile } from '../../../../shared/interchange/meetings';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { queryKeys } from '../../api/queryKeys';
import { dateText, DateField, Form, optionalText, TextField } from '../../components/form';
import { personMessage } from './meetingData';

const create = contract['meetings:create'].input;
/** The channel's own fields, as typed: date dd-mm-jjjj, place and chair optional. */
const schema = create.pick({ date: true, place: true, chair: true }).extend({
  date: dateText(create.shape.date, { required: 'tafels.newMeeting.dateRequired' }),
  place: optionalText(create.shape.place),
  chair: optionalText(create.shape.chair),
});

/** "Nieuwe bijeenkomst": date, place, chair → create, then straight to the new meeting. */
export function NewMeetingForm({ tafel }: { tafel: TafelFile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const chairDefault = tafel.members.find((m) => m.role === 'voorzitter')?.name ?? '';
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { date: format(new Date(), 'dd-MM-yyyy'), place: '', chair: chairDefault },
  });
  const created = useMutation({
    mutationFn: (v: { date: string; place?: string; chair?: string }) => unwrap(api.meetingsCreate({ tafelId: tafel.id, ...v })),
    onSuccess: ({ id: meetingId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all });
      void navigate(`/tafels/bijeenkomsten/${encodeURIComponent(meetingId)}`);
    },
  });
  const optional = <span className="werkbank-muted">{t('tafels.newMeeting.optional')}</span>;
  return (
    <details className="tafels-details tafels-new">
      <summary>{t('tafels.newMeeting.toggle', { name: tafel.name })}</summary>
      <Form
        form={form}
        className="tafels-form"
        aria-label={t('tafels.newMeeting.toggle', { name: tafel.name })}
        onValid={(v) => {
          if (!created.isPending) created.mutate(v);
        }}
      >
        <DateField form={form} name="date" label={t('tafels.newMeeting.date')} required />
        <TextField
          form={form}
          name="place"
          maxLength={200}
          summaryLabel={t('tafels.newMeeting.place')}
          label={
            <>
              {t('tafels.newMeeting.place')} {optional}
            </>
          }
        />
        <TextField
          form={form}
          name="chair"
          maxLength={200}
          summaryLabel={t('tafels.newMeeting.chair')}
          label={
            <>
              {t('tafels.newMeeting.chair')} {optional}
            </>
          }
        />
        <div className="tafels-form-actions">
          <Button type="submit" appearance="primary-action-button" aria-disabled={created.isPending || undefined} busy={created.isPending}>
            {created.isPending ? t('tafels.newMeeting.busy') : t('tafels.newMeeting.submit')}
          </Button>
        </div>
        <ErrorAlert message={personMessage(created.error?.message)} />
      </Form>
    </details>
  );
}
