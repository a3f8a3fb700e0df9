import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/enums';
import { formatDate, localIsoDate } from '../../../../shared/format/date';
import type { ActionFile, AgendaItemFile } from '../../../../shared/interchange/meetings';
import type { OpenAction } from '../../../../shared/ipc/channels/actions';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { personMessage, useMeetingWrite } from './meetingData';
import { DueDate } from './OpenActionsTable';

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

/** The ISO day `days` after `iso` (a meeting date), for a sensible default deadline. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00`);
  d.setDate(d.getDate() + days);
  return localIsoDate(d);
}

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
  const [draft, setDraft] = useState(notes);
  const save = useMeetingWrite(meetingId, (text: string) => unwrap(api.meetingsSaveNotes({ id: meetingId, caseCode: code, notes: text })).then((r) => r.meeting));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending || draft === notes) return;
    onSaved('');
    save.mutate(draft, { onSuccess: () => onSaved(t('tafels.item.notesSaved')) });
  };
  return (
    <form className="item-form item-part" onSubmit={submit}>
      <H level={level} id={`${id}-h`}>
        {t('tafels.item.notes')}
        <span className="werkbank-visually-hidden"> {code}</span>
      </H>
      <Textarea id={id} aria-labelledby={`${id}-h`} rows={3} maxLength={10_000} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <div className="tafels-form-actions">
        <Button type="submit" appearance="secondary-action-button" aria-disabled={save.isPending || draft === notes || undefined}>
          {t('tafels.item.saveNotes')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </div>
      <ErrorAlert message={personMessage(save.error?.message)} />
    </form>
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
  const [text, setText] = useState('');
  const add = useMeetingWrite(meetingId, (value: string) => unwrap(api.meetingsAddDecision({ id: meetingId, caseCode: code, text: value })).then((r) => r.meeting));
  const remove = useMeetingWrite(meetingId, (index: number) => unwrap(api.meetingsRemoveDecision({ id: meetingId, caseCode: code, index })).then((r) => r.meeting));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    onSaved('');
    add.mutate(text, {
      onSuccess: () => {
        setText('');
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
      <form className="item-form item-inline-form" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor={id}>
            {t('tafels.item.decision')}
            <span className="werkbank-visually-hidden"> {code}</span>
          </FormLabel>
          <Textbox id={id} value={text} maxLength={10_000} onChange={(e) => setText(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" aria-disabled={add.isPending || undefined}>
          {t('tafels.item.addDecision')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </form>
      <ErrorAlert message={personMessage(add.error?.message ?? remove.error?.message)} />
    </section>
  );
}

function useSetActionStatus(onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { actionId: string; status: ActionStatus }) => unwrap(api.actionsSetStatus(v)),
    onSuccess: () => {
      // The status lives in a meeting (maybe an earlier one) and in the open-action lists.
      void queryClient.invalidateQueries({ queryKey: queryKeys.meeting.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.openActions.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all });
      onDone();
    },
  });
}

function StatusSelect({ action, onChange }: { action: { id: string; text: string; status: ActionStatus }; onChange: (s: ActionStatus) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="werkbank-visually-hidden">
        {t('tafels.item.statusFor', { text: action.text })}
      </label>
      <Select id={id} value={action.status} onChange={(e) => onChange(e.target.value as ActionStatus)}>
        {ACTION_STATUSES.map((s) => (
          <SelectOption key={s} value={s}>
            {t(`tafels.actionStatus.${s}`)}
          </SelectOption>
        ))}
      </Select>
    </>
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
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(() => addDays(meetingDate, 14));
  const add = useMeetingWrite(meetingId, (v: { text: string; owner: string; due: string }) =>
    unwrap(api.meetingsAddAction({ id: meetingId, caseCode: code, ...v })).then((r) => r.meeting),
  );
  const status = useSetActionStatus(() => onSaved(t('tafels.item.statusSaved')));
  const labels = { text: t('tafels.item.actionText'), owner: t('tafels.item.actionOwner'), due: t('tafels.item.actionDue') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    onSaved('');
    add.mutate(
      { text, owner, due },
      {
        onSuccess: () => {
          setText('');
          setOwner('');
          onSaved(t('tafels.item.actionAdded'));
        },
      },
    );
  };
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
              cell: (a) => <StatusSelect action={a} onChange={(s) => status.mutate({ actionId: a.id, status: s })} />,
            },
          ]}
        />
      )}
      <form className="item-form item-action-form" onSubmit={submit} aria-label={`${t('tafels.item.newAction')} ${code}`}>
        <FormField>
          <FormLabel htmlFor={`${id}-text`}>
            {t('tafels.item.actionText')}
            <span className="werkbank-visually-hidden"> {code}</span>
          </FormLabel>
          <Textbox id={`${id}-text`} value={text} maxLength={10_000} onChange={(e) => setText(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-owner`}>
            {t('tafels.item.actionOwner')}
            <span className="werkbank-visually-hidden"> {code}</span>
          </FormLabel>
          <Textbox id={`${id}-owner`} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-due`}>
            {t('tafels.item.actionDue')}
            <span className="werkbank-visually-hidden"> {code}</span>
          </FormLabel>
          <Textbox id={`${id}-due`} type="date" min={meetingDate} value={due} onChange={(e) => setDue(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" aria-disabled={add.isPending || undefined}>
          {t('tafels.item.addAction')}
          <span className="werkbank-visually-hidden"> {code}</span>
        </Button>
      </form>
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
