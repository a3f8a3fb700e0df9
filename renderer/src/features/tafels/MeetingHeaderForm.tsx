import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { personMessage, useMeetingWrite } from './meetingData';

/** Date, place and chair of a bijeenkomst; an emptied place or chair is cleared. */
export function MeetingHeaderForm({ meeting }: { meeting: MeetingFile }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(meeting.date);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [chair, setChair] = useState(meeting.chair ?? '');
  const [said, setSaid] = useState('');
  const update = useMeetingWrite(meeting.id, () =>
    unwrap(api.meetingsUpdate({ id: meeting.id, date, place: place.trim() || null, chair: chair.trim() || null })).then((r) => r.meeting),
  );
  const labels = { date: t('tafels.meeting.date'), place: t('tafels.meeting.place'), chair: t('tafels.meeting.chair') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (update.isPending) return;
    setSaid('');
    update.mutate(undefined, { onSuccess: () => setSaid(t('tafels.meeting.saved')) });
  };
  return (
    <details className="tafels-details">
      <summary>{t('tafels.meeting.edit')}</summary>
      <form className="tafels-form" onSubmit={submit} aria-label={t('tafels.meeting.edit')}>
        <FormField>
          <FormLabel htmlFor={`${id}-date`}>{t('tafels.meeting.date')}</FormLabel>
          <Textbox id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-place`}>{t('tafels.meeting.place')}</FormLabel>
          <Textbox id={`${id}-place`} maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-chair`}>{t('tafels.meeting.chair')}</FormLabel>
          <Textbox id={`${id}-chair`} maxLength={200} value={chair} onChange={(e) => setChair(e.target.value)} />
        </FormField>
        <div className="tafels-form-actions">
          <Button type="submit" appearance="secondary-action-button" aria-disabled={update.isPending || undefined}>
            {t('tafels.meeting.save')}
          </Button>
        </div>
        <ErrorAlert message={personMessage(update.error?.message, labels)} />
      </form>
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </details>
  );
}
