import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { addDays, format, parseISO } from 'date-fns';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/enums';
import { formatDate, localIsoDate } from '../../../../shared/format/date';
import { contract } from '../../../../shared/ipc/contract';
import type { ActionFile, AgendaItemFile } from '../../../../shared/interchange/meetings';
import type { OpenAction } from '../../../../shared/ipc/channels/actions';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dateText, DateField, Form, InlineSelect, isoToDutchDate, TextField } from '../../components/form';
import { DueDate } from './OpenActionsTable';
import { personMessage, useMeetingWrite } from './meetingData';

type Level = 3 | 4;

function H({ level, children, id }: { level: Level; children: ReactNode; id?: string }) {
  return level === 3 ? (
    <h3 id={id} className="item-subheading">
      {children}
    </h3>
  ) : (
    <h4 id={id} className="item-subheading">
      {children}
    </h4>
  );
}

/** Two weeks after the meeting: a sensible default deadline for an actie. */
const defaultDue = (meetingDate: string): string => isoToDutchDate(format(addDays(parseISO(meetingDate), 14), 'yyyy-MM-dd'));

const notesInput = contract['meetings:saveNotes'].input;
const notesSchema = notesInput.pick({ notes: true });
const decisionInput = contract['meetings:addDecision'].input;
const decisionSchema = decisionInput.pick({ text: true });
const actionInput = contract['meetings:addAction'].input;
const actionSchema = actionInput.pick({ text: true, owner: true, due: true }).extend({ due: dateText(actionInput.shape.due, { required: 'tafels.item.dueRequired' }) });

interface Props {
  meetingId: string;
  meetingDate: string;
  item: AgendaItemFile;
  /** Open actions on this case from earlier bijeenkomsten: they carry over (§2.2). */
  carried: OpenAction[];
  /** Heading level of the parts (notes, besluiten, acties). */
  level: Level;
  /** Presentation switch: free-text notes may hold personal details, so they are not shown. */
  hideNotes?: boolean;
}

/** Per agenda item: notes, besluiten (add/remove) and acties (add, status). Shared by the agenda and meeting mode. */
export function ItemOutcomes({ meetingId, meetingDate, item, carried, level, hideNotes = false }: Props) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const code = item.caseCode;
  return (
    <div className="item-outcomes">
      {carried.length > 0 ? <CarriedActions code={code} items={carried} level={level} onSaved={setSaid} /> : null}
      {hideNotes ? (
        <Paragraph className="werkbank-muted">{t('tafels.mode.notesHidden')}</Paragraph>
      ) : (
        <NotesForm key={code} meetingId={meetingId} code={code} notes={item.notes ?? ''} level={level} onSaved={setSaid} />
      )}
      <Decisions meetingId={meetingId} code={code} decisions={item.decisions} level={level} onSaved={setSaid} />
      <Actions meetingId={meetingId} meetingDate={meetingDate} code={code} actions={item.actions} level={level} onSaved={setSaid} />
      <Paragraph role="status" className="item-status">
        {said}
      </Paragraph>
    </div>
  );
}

function NotesForm({ meetingId, code, notes, level, onSaved }: { meetingId: string; code: string; notes: string; level: Level; onSaved: (s: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm({ resolver: zodResolver(notesSchema), defaultValues: { notes } });
  const save = useMeetingWrite(meetingId, (text: string) => unwrap(api.meetingsSaveNotes({ id: meetingId, caseCode: code, notes: text })).then((r) => r.meeting));
  return (
    <Form
      form={form}
      className="item-form item-part"
      onValid={(v) => {
        if (save.isPending || v.notes === notes) return;
        onSaved('');
        save.mutate(v.notes, { onSuccess: () => onSaved(t('tafels.item.notesSaved')) });
      }}
    >
      <H level={level} id={`${id}-h`}>
        {t('tafels.item.notes')}
        <span className="werkbank-visually-hidden"> {code}</span>
      </H>
      {/* Labelled by the part's heading; the kit's TextAreaField would add a second, visible label. */}
      <Textarea id={id} aria-labelledby={`${id}-h`} rows={3} maxLength={10_000} {...form.register('notes')} />
      <div className="tafels-form-actions">
        <Button type="submit" appearance="secondary-action-button" aria-disabled={save.isPending || undefined}>
          {t('tafels.item.saveNotes')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </div>
      <ErrorAlert message={personMessage(save.error?.message)} />
    </Form>
  );
}

function Decisions({
  meetingId,
  code,
  decisions,
  level,
  onSaved,
}: {
  meetingId: string;
  code: string;
  decisions: { text: string }[];
  level: Level;
  onSaved: (s: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm({ resolver: zodResolver(decisionSchema), defaultValues: { text: '' } });
  const add = useMeetingWrite(meetingId, (value: string) => unwrap(api.meetingsAddDecision({ id: meetingId, caseCode: code, text: value })).then((r) => r.meeting));
  const remove = useMeetingWrite(meetingId, (index: number) => unwrap(api.meetingsRemoveDecision({ id: meetingId, caseCode: code, index })).then((r) => r.meeting));
  const submit = (v: { text: string }) => {
    if (add.isPending) return;
    onSaved('');
    add.mutate(v.text, {
      onSuccess: () => {
        form.reset({ text: '' });
        onSaved(t('tafels.item.decisionAdded'));
      },
    });
  };
  return (
    <section className="item-part" aria-labelledby={`${id}-h`}>
      <H level={level} id={`${id}-h`}>
        {t('tafels.item.decisions')}
        <span className="werkbank-visually-hidden"> {code}</span>
      </H>
      {decisions.length === 0 ? (
        <Paragraph className="werkbank-muted">{t('tafels.item.noDecisions')}</Paragraph>
      ) : (
        <ol className="item-decisions">
          {decisions.map((d, i) => (
            <li key={`${String(i)}-${d.text}`}>
              <span className="item-decision-text">{d.text}</span>
              <Button
                appearance="subtle-button"
                aria-disabled={remove.isPending || undefined}
                onClick={() => {
                  if (remove.isPending) return;
                  onSaved('');
                  remove.mutate(i, { onSuccess: () => onSaved(t('tafels.item.decisionRemoved')) });
                }}
              >
                {t('tafels.item.removeDecision')}
                <span className="werkbank-visually-hidden">
                  {' '}
                  {t('tafels.item.removeDecisionFor', { n: i + 1, text: d.text.length > 40 ? `${d.text.slice(0, 40)}…` : d.text })}
                </span>
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Form form={form} className="item-form item-inline-form" onValid={submit}>
        <TextField
          form={form}
          name="text"
          maxLength={10_000}
          summaryLabel={t('tafels.item.decision')}
          label={
            <>
              {t('tafels.item.decision')}
              <span className="werkbank-visually-hidden"> {code}</span>
            </>
          }
        />
        <Button type="submit" appearance="secondary-action-button" aria-disabled={add.isPending || undefined}>
          {t('tafels.item.addDecision')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </Form>
      <ErrorAlert message={personMessage(add.error?.message ?? remove.error?.message)} />
    </section>
  );
}

function useSetActionStatus(onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { actionId: string; status: ActionStatus }) => unwrap(api.actionsSetStatus(v)),
    onSuccess: async () => {
      // The status lives in a meeting (maybe an earlier one) and in the open-action lists. Awaited,
      // so the write counts as pending until the lists show it and a select never shows the old one.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.meeting.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.openActions.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all }),
      ]);
      onDone();
    },
  });
}

/**
 * An action's status, saved on change. The select keeps what the person chose (a registered input)
 * and takes the stored status over only when no status write is pending.
 */
function StatusSelect({
  action,
  busy,
  onChange,
}: {
  action: { id: string; text: string; status: ActionStatus };
  busy: boolean;
  onChange: (s: ActionStatus) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ defaultValues: { status: action.status } });
  useEffect(() => {
    if (!busy) form.reset({ status: action.status });
  }, [busy, action.status, form]);
  return (
    <InlineSelect
      form={form}
      name="status"
      label={t('tafels.item.statusFor', { text: action.text })}
      hideLabel
      effects={{ onChange: (e: { target: { value: string } }) => onChange(e.target.value as ActionStatus) }}
      options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`tafels.actionStatus.${s}`) }))}
    />
  );
}

function Actions({
  meetingId,
  meetingDate,
  code,
  actions,
  level,
  onSaved,
}: {
  meetingId: string;
  meetingDate: string;
  code: string;
  actions: ActionFile[];
  level: Level;
  onSaved: (s: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const today = localIsoDate(new Date());
  const form = useForm({ resolver: zodResolver(actionSchema), defaultValues: { text: '', owner: '', due: defaultDue(meetingDate) } });
  const add = useMeetingWrite(meetingId, (v: { text: string; owner: string; due: string }) =>
    unwrap(api.meetingsAddAction({ id: meetingId, caseCode: code, ...v })).then((r) => r.meeting),
  );
  const status = useSetActionStatus(() => onSaved(t('tafels.item.statusSaved')));
  const labels = { text: t('tafels.item.actionText'), owner: t('tafels.item.actionOwner'), due: t('tafels.item.actionDue') };
  const submit = (v: { text: string; owner: string; due: string }) => {
    if (add.isPending) return;
    onSaved('');
    add.mutate(v, {
      onSuccess: () => {
        form.reset({ text: '', owner: '', due: form.getValues('due') });
        onSaved(t('tafels.item.actionAdded'));
      },
    });
  };
  const hidden = <span className="werkbank-visually-hidden"> {code}</span>;
  return (
    <section className="item-part" aria-labelledby={`${id}-h`}>
      <H level={level} id={`${id}-h`}>
        {t('tafels.item.actions')}
        <span className="werkbank-visually-hidden"> {code}</span>
      </H>
      {actions.length === 0 ? (
        <Paragraph className="werkbank-muted">{t('tafels.item.noActions')}</Paragraph>
      ) : (
        <DataTable
          caption={t('tafels.item.actionsCaption', { code })}
          captionHidden
          className="werkbank-table tafels-table item-actions"
          rows={actions}
          rowKey={(a) => a.id}
          columns={[
            { id: 'action', header: t('tafels.col.action'), rowHeader: true, cell: (a) => a.text },
            { id: 'owner', header: t('tafels.col.owner'), cell: (a) => a.owner },
            {
              id: 'due',
              header: t('tafels.col.due'),
              className: 'tafels-nowrap',
              cell: (a) => <DueDate on={a.due} overdue={a.status === 'open' && a.due < today} />,
            },
            {
              id: 'status',
              header: t('tafels.col.status'),
              cell: (a) => <StatusSelect action={a} busy={status.isPending} onChange={(s) => status.mutate({ actionId: a.id, status: s })} />,
            },
          ]}
        />
      )}
      <Form form={form} className="item-form item-action-form" onValid={submit} aria-label={`${t('tafels.item.newAction')} ${code}`}>
        <TextField form={form} name="text" maxLength={10_000} summaryLabel={labels.text} label={<>{labels.text}{hidden}</>} />
        <TextField form={form} name="owner" maxLength={200} summaryLabel={labels.owner} label={<>{labels.owner}{hidden}</>} />
        <DateField form={form} name="due" summaryLabel={labels.due} label={<>{labels.due}{hidden}</>} />
        <Button type="submit" appearance="secondary-action-button" aria-disabled={add.isPending || undefined}>
          {t('tafels.item.addAction')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </Form>
      <ErrorAlert message={personMessage(add.error?.message ?? status.error?.message, labels)} />
    </section>
  );
}

function CarriedActions({ code, items, level, onSaved }: { code: string; items: OpenAction[]; level: Level; onSaved: (s: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSetActionStatus(() => onSaved(t('tafels.item.statusSaved')));
  return (
    <section className="item-part" aria-labelledby={`${id}-h`}>
      <H level={level} id={`${id}-h`}>
        {t('tafels.item.carried')}
        <span className="werkbank-visually-hidden"> {code}</span>
      </H>
      <DataTable
        caption={t('tafels.item.carriedCaption', { code })}
        captionHidden
        className="werkbank-table tafels-table item-actions"
        rows={items}
        rowKey={(a) => a.actionId}
        columns={[
          { id: 'action', header: t('tafels.col.action'), rowHeader: true, cell: (a) => a.text },
          { id: 'owner', header: t('tafels.col.owner'), cell: (a) => a.owner },
          { id: 'due', header: t('tafels.col.due'), className: 'tafels-nowrap', cell: (a) => <DueDate on={a.due} overdue={a.overdue} /> },
          { id: 'fromMeeting', header: t('tafels.item.fromMeeting'), className: 'tafels-nowrap', cell: (a) => formatDate(a.meetingDate) },
          {
            id: 'status',
            header: t('tafels.col.status'),
            cell: (a) => (
              <StatusSelect
                action={{ id: a.actionId, text: a.text, status: 'open' }}
                busy={status.isPending}
                onChange={(s) => status.mutate({ actionId: a.actionId, status: s })}
              />
            ),
          },
        ]}
      />
      <ErrorAlert message={personMessage(status.error?.message)} />
    </section>
  );
}
