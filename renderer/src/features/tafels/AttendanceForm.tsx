import { useQueryClient } from '@tanstack/react-query';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { queryKeys } from '../../api/queryKeys';
import { CheckboxRow } from '../../components/form';
import { personMessage, useMeetingWrite } from './meetingData';

type Attendance = MeetingFile['attendance'];
interface Values {
  present: boolean[];
}

const fromKey = (key: string): Values => ({ present: [...key].map((c) => c === '1') });

/**
 * Attendance: one checkbox per member; every tick shows at once and is saved at once. The form
 * owns the ticks (the inputs keep their own state), so neither the cache's late notification nor a
 * refetch can put a box back while the person's write is on its way; the server's answer is taken
 * over only once no write is pending.
 */
export function AttendanceForm({ meeting }: { meeting: MeetingFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [said, setSaid] = useState('');
  const pending = useRef(0);
  const serverKey = meeting.attendance.map((a) => (a.present ? '1' : '0')).join('');
  const form = useForm<Values>({ defaultValues: fromKey(serverKey) });
  const present = useWatch({ control: form.control, name: 'present' });
  const update = useMeetingWrite(meeting.id, (attendance: Attendance) => unwrap(api.meetingsUpdate({ id: meeting.id, attendance })).then((r) => r.meeting));

  useEffect(() => {
    if (pending.current === 0) form.reset(fromKey(serverKey));
  }, [form, serverKey]);

  if (meeting.attendance.length === 0) return <Paragraph>{t('tafels.attendance.empty')}</Paragraph>;
  const count = present.filter(Boolean).length;
  const save = (index: number, checked: boolean) => {
    // Built from the form, not the cache: a second tick sent before the first answer keeps both.
    const next = meeting.attendance.map((x, j) => ({ ...x, present: j === index ? checked : form.getValues(`present.${j}`) }));
    setSaid('');
    pending.current += 1;
    update.mutate(next, {
      onSuccess: () => setSaid(t('tafels.attendance.saved')),
      onError: () => {
        // Refused: show what is stored again, and fetch it in case it changed meanwhile.
        form.reset(fromKey(serverKey));
        void queryClient.invalidateQueries({ queryKey: queryKeys.meeting.detail(meeting.id), exact: true });
      },
      onSettled: () => {
        pending.current -= 1;
      },
    });
  };
  return (
    <>
      <Fieldset className="attendance">
        <FieldsetLegend className="werkbank-visually-hidden">{t('tafels.attendance.legend')}</FieldsetLegend>
        <div className="attendance-grid">
          {meeting.attendance.map((a, i) => (
            <CheckboxRow
              key={`${a.name}-${String(i)}`}
              form={form}
              name={`present.${i}`}
              className="tafels-checkbox"
              label={`${a.name} — ${a.organisation}`}
              onChange={(e: { target: { checked: boolean } }) => save(i, e.target.checked)}
            />
          ))}
        </div>
      </Fieldset>
      <Paragraph>{t('tafels.attendance.summary', { present: count, total: meeting.attendance.length })}</Paragraph>
      <ErrorAlert message={personMessage(update.error?.message)} />
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </>
  );
}
