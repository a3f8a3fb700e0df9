import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, FormField, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localIsoDate } from '../../../../shared/format/date';
import type { TafelFile } from '../../../../shared/interchange/meetings';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { queryKeys } from '../../api/queryKeys';
import { personMessage } from './meetingData';

/** "Nieuwe bijeenkomst": date, place, chair → create, then straight to the new meeting. */
export function NewMeetingForm({ tafel }: { tafel: TafelFile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const chairDefault = tafel.members.find((m) => m.role === 'voorzitter')?.name ?? '';
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState(chairDefault);
  const [dateMissing, setDateMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.meetingsCreate({ tafelId: tafel.id, date, place: place.trim() || undefined, chair: chair.trim() || undefined })),
    onSuccess: ({ id: meetingId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all });
      void navigate(`/tafels/bijeenkomsten/${encodeURIComponent(meetingId)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    if (!date) {
      setDateMissing(true);
      return;
    }
    setDateMissing(false);
    create.mutate();
  };
  return (
    <details className="tafels-details tafels-new">
      <summary>{t('tafels.newMeeting.toggle', { name: tafel.name })}</summary>
      <form className="tafels-form" onSubmit={submit} noValidate aria-label={t('tafels.newMeeting.toggle', { name: tafel.name })}>
        <FormField invalid={dateMissing}>
          <FormLabel htmlFor={`${id}-date`}>{t('tafels.newMeeting.date')}</FormLabel>
          {dateMissing ? <FormFieldErrorMessage id={`${id}-date-error`}>{t('tafels.newMeeting.dateRequired')}</FormFieldErrorMessage> : null}
          <Textbox
            id={`${id}-date`}
            type="date"
            required
            invalid={dateMissing}
            aria-describedby={dateMissing ? `${id}-date-error` : undefined}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-place`}>
            {t('tafels.newMeeting.place')} <span className="werkbank-muted">{t('tafels.newMeeting.optional')}</span>
          </FormLabel>
          <Textbox id={`${id}-place`} value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-chair`}>
            {t('tafels.newMeeting.chair')} <span className="werkbank-muted">{t('tafels.newMeeting.optional')}</span>
          </FormLabel>
          <Textbox id={`${id}-chair`} value={chair} maxLength={200} onChange={(e) => setChair(e.target.value)} />
        </FormField>
        <div className="tafels-form-actions">
          <Button type="submit" appearance="primary-action-button" aria-disabled={create.isPending || undefined} busy={create.isPending}>
            {create.isPending ? t('tafels.newMeeting.busy') : t('tafels.newMeeting.submit')}
          </Button>
        </div>
        <ErrorAlert message={personMessage(create.error?.message)} />
      </form>
    </details>
  );
}
