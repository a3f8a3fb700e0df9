import { useQueryClient } from '@tanstack/react-query';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow } from './CheckboxRow';
import { queryKeys } from '../../api/queryKeys';
import { personMessage, useMeetingWrite } from './meetingData';

type Attendance = MeetingFile['attendance'];

/** Attendance: one checkbox per member; every tick shows at once and is saved at once. */
export function AttendanceForm({ meeting }: { meeting: MeetingFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [said, setSaid] = useState('');
  const update = useMeetingWrite(meeting.id, (attendance: Attendance) => unwrap(api.meetingsUpdate({ id: meeting.id, attendance })).then((r) => r.meeting));
  if (meeting.attendance.length === 0) return <Paragraph>{t('tafels.attendance.empty')}</Paragraph>;
  const present = meeting.attendance.filter((a) => a.present).length;
  return (
    <>
      <Fieldset className="attendance">
        <FieldsetLegend className="werkbank-visually-hidden">{t('tafels.attendance.legend')}</FieldsetLegend>
        <div className="attendance-grid">
          {meeting.attendance.map((a, i) => (
            <CheckboxRow
              key={`${a.name}-${String(i)}`}
              label={`${a.name} — ${a.organisation}`}
              checked={a.present}
              onChange={(checked) => {
                const next = meeting.attendance.map((x, j) => (j === i ? { ...x, present: checked } : x));
                setSaid('');
                // Shown at once, so a second tick builds on this one; the answer (or a refetch on failure) settles it.
                queryClient.setQueryData<MeetingFile>(queryKeys.meeting.detail(meeting.id), { ...meeting, attendance: next });
                update.mutate(next, {
                  onSuccess: () => setSaid(t('tafels.attendance.saved')),
                  onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.meeting.detail(meeting.id), exact: true }),
                });
              }}
            />
          ))}
        </div>
      </Fieldset>
      <Paragraph>{t('tafels.attendance.summary', { present, total: meeting.attendance.length })}</Paragraph>
      <ErrorAlert message={personMessage(update.error?.message)} />
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </>
  );
}
