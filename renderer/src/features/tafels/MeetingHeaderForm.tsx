import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearableText, dateText, DateField, Form, isoToDutchDate, TextField } from '../../components/form';
import { personMessage, useMeetingWrite } from './meetingData';

// meetings:update carries a refinement (something must change), so its fields are taken by shape.
const update = contract['meetings:update'].input.shape;
/** Date, and place and chair that an emptied field clears (null), as the channel takes them. */
const schema = z.object({
  date: dateText(update.date.unwrap(), { required: 'tafels.newMeeting.dateRequired' }),
  place: clearableText(update.place.unwrap()),
  chair: clearableText(update.chair.unwrap()),
});

/** Date, place and chair of a bijeenkomst; an emptied place or chair is cleared. */
export function MeetingHeaderForm({ meeting }: { meeting: MeetingFile }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { date: isoToDutchDate(meeting.date), place: meeting.place ?? '', chair: meeting.chair ?? '' },
  });
  const save = useMeetingWrite(meeting.id, (v: z.output<typeof schema>) =>
    unwrap(api.meetingsUpdate({ id: meeting.id, ...v })).then((r) => r.meeting),
  );
  const labels = { date: t('tafels.meeting.date'), place: t('tafels.meeting.place'), chair: t('tafels.meeting.chair') };
  return (
    <details className="tafels-details">
      <summary>{t('tafels.meeting.edit')}</summary>
      <Form
        form={form}
        className="tafels-form"
        aria-label={t('tafels.meeting.edit')}
        onValid={(v) => {
          if (save.isPending) return;
          setSaid('');
          save.mutate(v, { onSuccess: () => setSaid(t('tafels.meeting.saved')) });
        }}
      >
        <DateField form={form} name="date" label={labels.date} required />
        <TextField form={form} name="place" label={labels.place} maxLength={200} />
        <TextField form={form} name="chair" label={labels.chair} maxLength={200} />
        <div className="tafels-form-actions">
          <Button type="submit" appearance="secondary-action-button" aria-disabled={save.isPending || undefined}>
            {t('tafels.meeting.save')}
          </Button>
        </div>
        <ErrorAlert message={personMessage(save.error?.message, labels)} />
      </Form>
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </details>
  );
}
