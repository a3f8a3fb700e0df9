import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AgendaItemSchema, type MeetingFile } from '../../../../shared/interchange/meetings';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InlineTextField } from '../../components/form';
import { queryKeys } from '../../api/queryKeys';
import { personMessage, refreshAround } from './meetingData';

export interface AgendaEntry {
  caseCode: string;
  minutes: number;
}

/** The agenda write, with the new order shown at once and put back if the werkbank refuses it. */
export function useSetAgenda(meeting: MeetingFile) {
  const queryClient = useQueryClient();
  const key = queryKeys.meeting.detail(meeting.id);
  return useMutation({
    mutationFn: (items: AgendaEntry[]) => unwrap(api.meetingsSetAgenda({ id: meeting.id, items })).then((r) => r.meeting),
    onMutate: async (items) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<MeetingFile>(key);
      if (previous) {
        const byCode = new Map(previous.agenda.map((a) => [a.caseCode, a]));
        const agenda = items.map((item, i) => ({
          ...(byCode.get(item.caseCode) ?? { caseCode: item.caseCode, decisions: [], actions: [] }),
          order: i + 1,
          minutes: item.minutes,
        }));
        queryClient.setQueryData<MeetingFile>(key, { ...previous, agenda });
      }
      return { previous };
    },
    onError: (_e, _items, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      refreshAround(queryClient, meeting.id, true);
    },
  });
}

const entries = (meeting: MeetingFile): AgendaEntry[] => meeting.agenda.map((a) => ({ caseCode: a.caseCode, minutes: a.minutes }));

/** §2.2 the agenda: drag and drop (pointer and keyboard), Omhoog/Omlaag buttons, minutes, remove. */
export function AgendaEditor({ meeting, cases }: { meeting: MeetingFile; cases: Map<string, CaseSummary> }) {
  const { t } = useTranslation();
  const setAgenda = useSetAgenda(meeting);
  const [done, setDone] = useState('');
  const items = entries(meeting);
  const ids = items.map((i) => i.caseCode);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const save = (next: AgendaEntry[], message: string) => {
    setDone('');
    setAgenda.mutate(next, { onSuccess: () => setDone(message) });
  };

  const moveTo = (from: number, to: number) => {
    const code = items[from]?.caseCode;
    if (code === undefined || to < 0 || to >= items.length || from === to) return;
    save(arrayMove(items, from, to), t('tafels.agenda.moved', { code, position: to + 1, total: items.length }));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveTo(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const total = () => ids.length;
  const accessibility = (() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('tafels.agenda.sr.start', { code: active.id, position: position(active.id), total: total() }),
      onDragOver: ({ active, over }) =>
        over
          ? t('tafels.agenda.sr.over', { code: active.id, position: position(over.id), total: total() })
          : t('tafels.agenda.sr.outside', { code: active.id }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('tafels.agenda.sr.end', { code: active.id, position: position(over.id), total: total() })
          : t('tafels.agenda.sr.cancel', { code: active.id, position: position(active.id) }),
      onDragCancel: ({ active }) => t('tafels.agenda.sr.cancel', { code: active.id, position: position(active.id) }),
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('tafels.agenda.sr.instructions') };
    return { announcements, screenReaderInstructions };
  })();

  const totalMinutes = items.reduce((sum, i) => sum + i.minutes, 0);

  return (
    <>
      {items.length === 0 ? (
        <Paragraph>{t('tafels.agenda.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('tafels.agenda.help')}</Paragraph>
          <Paragraph>
            <strong>{t('tafels.agenda.total', { minutes: totalMinutes, count: items.length })}</strong>
          </Paragraph>
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol className="agenda-list" aria-label={t('tafels.agenda.listLabel')}>
                {items.map((item, index) => (
                  <AgendaRow
                    key={item.caseCode}
                    item={item}
                    index={index}
                    total={items.length}
                    summary={cases.get(item.caseCode)}
                    busy={setAgenda.isPending}
                    onMove={(to) => moveTo(index, to)}
                    onMinutes={(minutes) =>
                      save(
                        items.map((x) => (x.caseCode === item.caseCode ? { ...x, minutes } : x)),
                        t('tafels.agenda.saved'),
                      )
                    }
                    onRemove={() =>
                      save(
                        items.filter((x) => x.caseCode !== item.caseCode),
                        t('tafels.agenda.removed', { code: item.caseCode }),
                      )
                    }
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </>
      )}
      <ErrorAlert message={personMessage(setAgenda.error?.message)} />
      <Paragraph role="status" className="agenda-status">
        {done}
      </Paragraph>
    </>
  );
}

interface RowProps {
  item: AgendaEntry;
  index: number;
  total: number;
  summary: CaseSummary | undefined;
  busy: boolean;
  onMove: (to: number) => void;
  onMinutes: (minutes: number) => void;
  onRemove: () => void;
}

function AgendaRow({ item, index, total, summary, busy, onMove, onMinutes, onRemove }: RowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.caseCode,
    attributes: { roleDescription: t('tafels.agenda.roleDescription') },
  });
  const style: CSSProperties = {
    transform: transform ? `translate3d(${String(Math.round(transform.x))}px, ${String(Math.round(transform.y))}px, 0)` : undefined,
    transition,
  };
  const first = index === 0;
  const last = index === total - 1;
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'agenda-row agenda-row--dragging' : 'agenda-row'}>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="agenda-handle"
        aria-label={t('tafels.agenda.handle', { code: item.caseCode })}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="agenda-pos" aria-hidden="true">
        {index + 1}.
      </span>
      <span className="agenda-case">
        <strong className="agenda-code">{item.caseCode}</strong>
        {summary ? (
          <span className="werkbank-muted">
            {' '}
            {summary.isSignaal ? t('cases.signaal') : (summary.alias ?? '')} · {t(`status.${summary.status}`)}
          </span>
        ) : null}
      </span>
      <MinutesInput code={item.caseCode} value={item.minutes} busy={busy} onCommit={onMinutes} />
      <span className="agenda-buttons">
        <Button
          appearance="secondary-action-button"
          aria-disabled={first || busy ? true : undefined}
          onClick={() => {
            if (!first && !busy) onMove(index - 1);
          }}
        >
          <span aria-hidden="true">↑ </span>
          {t('tafels.agenda.up')}
          <span className="werkbank-visually-hidden"> {item.caseCode}</span>
        </Button>
        <Button
          appearance="secondary-action-button"
          aria-disabled={last || busy ? true : undefined}
          onClick={() => {
            if (!last && !busy) onMove(index + 1);
          }}
        >
          <span aria-hidden="true">↓ </span>
          {t('tafels.agenda.down')}
          <span className="werkbank-visually-hidden"> {item.caseCode}</span>
        </Button>
        <Button
          appearance="subtle-button"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onRemove();
          }}
        >
          {t('tafels.agenda.remove')}
          <span className="werkbank-visually-hidden"> {item.caseCode}</span>
        </Button>
      </span>
    </li>
  );
}

/**
 * The row's minutes as typed: whole minutes within the contract's own bounds (0–480). One sentence
 * for every way it can be wrong, since it says both what to type and the bounds.
 */
const minutesSchema = z.object({
  minutes: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const checked = AgendaItemSchema.shape.minutes.safeParse(/^\d{1,3}$/.test(text) ? Number(text) : Number.NaN);
      if (checked.success) return checked.data;
      ctx.addIssue({ code: 'custom', message: i18next.t('tafels.agenda.minutesInvalid') });
      return z.NEVER;
    }),
});

/**
 * Minutes are saved when the field is left or Enter is pressed, not on every keystroke. The input
 * keeps what was typed until the werkbank has answered (then it shows what is stored), so a saved
 * number never flickers back to the old one.
 */
function MinutesInput({ code, value, busy, onCommit }: { code: string; value: number; busy: boolean; onCommit: (minutes: number) => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(minutesSchema), mode: 'onChange', defaultValues: { minutes: String(value) } });
  // What the field last took over or committed: while its text differs, the person is typing.
  const shown = useRef(String(value));
  useEffect(() => {
    // The stored value is taken over once no write is on its way, unless the person is typing.
    if (busy || form.getValues('minutes') !== shown.current) return;
    shown.current = String(value);
    form.reset({ minutes: String(value) });
  }, [busy, value, form]);
  const commit = () =>
    void form.handleSubmit(({ minutes }) => {
      shown.current = form.getValues('minutes');
      if (minutes !== value) onCommit(minutes);
    })();
  return (
    <span className="agenda-minutes">
      <InlineTextField
        form={form}
        name="minutes"
        label={
          <>
            {t('tafels.agenda.minutes')}
            <span className="werkbank-visually-hidden"> {code}</span>
          </>
        }
        type="number"
        inputMode="numeric"
        min={0}
        max={480}
        step={1}
        className="agenda-minutes-input"
        effects={{ onBlur: commit }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </span>
  );
}
