import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import i18next from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LESSON_KINDS, SPOREN } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import type { LessonFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, dateText, DateField, Form, isoToDutchDate, SelectField, TextAreaField, TextField } from '../../components/form';
import { useRemoveLesson, useSaveLesson } from './writes';

const l = contract['lessons:save'].input.shape.lesson;
const required = (key: string) => z.string().trim().min(1, { error: () => i18next.t(key) });
/** "algemeen" in the select is spoor null in the channel. */
const schema = z.object({
  spoor: z
    .string()
    .transform((v) => (v === 'algemeen' ? null : v))
    .pipe(l.shape.spoor),
  kind: choice(l.shape.kind, { required: 'wijken.lessons.kindRequired' }),
  text: required('wijken.lessons.textRequired').pipe(l.shape.text),
  author: required('wijken.lessons.authorRequired').pipe(l.shape.author),
  recordedOn: dateText(l.shape.recordedOn),
});
type Values = z.input<typeof schema>;

const blank = (): Values => ({ spoor: 'algemeen', kind: '', text: '', author: '', recordedOn: format(new Date(), 'dd-MM-yyyy') });
const valuesOf = (x: LessonFile): Values => ({ spoor: x.spoor ?? 'algemeen', kind: x.kind, text: x.text, author: x.author, recordedOn: isoToDutchDate(x.recordedOn) });

/** The lessenlog of one wijk: newest first, each changed or deleted in place, and a form to add one. */
export function LessonsSection({ wijk }: { wijk: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: queryKeys.wijkbase.lessons({ wijk }), queryFn: () => unwrap(api.lessonsList({ wijk })) });
  const save = useSaveLesson();
  const remove = useRemoveLesson();
  const [done, setDone] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: blank() });
  const spoorLabel = (x: LessonFile) => (x.spoor === null ? t('wijken.eval.algemeen') : t(`spoor.${x.spoor}`));
  const stop = () => {
    setEditing(null);
    form.reset(blank());
  };

  return (
    <section className="werkbank-section" aria-labelledby="lessen-titel">
      <Heading2 id="lessen-titel">{t('wijken.lessons.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('wijken.lessons.intro')}</Paragraph>
      <ErrorAlert message={list.error?.message ?? remove.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <DataTable
        caption={t('wijken.lessons.caption', { wijk })}
        className="werkbank-table"
        data-testid="lessons"
        rows={list.data?.items ?? []}
        rowKey={(x) => x.id}
        empty={list.isPending ? t('wijken.loading') : t('wijken.lessons.empty')}
        columns={[
          { id: 'recordedOn', header: t('wijken.lessons.col.recordedOn'), cell: (x) => formatDate(x.recordedOn) },
          { id: 'spoor', header: t('wijken.lessons.col.spoor'), cell: spoorLabel },
          { id: 'kind', header: t('wijken.lessons.col.kind'), cell: (x) => t(`wijken.eval.kind.${x.kind}`) },
          { id: 'text', header: t('wijken.lessons.col.text'), rowHeader: true, cell: (x) => x.text },
          { id: 'author', header: t('wijken.lessons.col.author'), cell: (x) => x.author },
          {
            id: 'actions',
            header: t('wijken.lessons.col.actions'),
            cell: (x) => (
              <span className="werkbank-actions">
                <Button
                  appearance="subtle-button"
                  aria-label={t('wijken.editOf', { name: x.text })}
                  onClick={() => {
                    setDone('');
                    setEditing(x.id);
                    form.reset(valuesOf(x));
                    form.setFocus('text');
                  }}
                >
                  {t('wijken.edit')}
                </Button>
                <Button
                  appearance="subtle-button"
                  aria-label={t('wijken.removeOf', { name: x.text })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: x.id }, { onSuccess: () => setDone(t('wijken.lessons.removed')) })}
                >
                  {t('wijken.remove')}
                </Button>
              </span>
            ),
          },
        ]}
      />
      <Form
        form={form}
        className="werkbank-form"
        aria-labelledby="les-form-titel"
        heading={<Heading3 id="les-form-titel">{editing ? t('wijken.lessons.editTitle') : t('wijken.lessons.formTitle')}</Heading3>}
        onValid={(v) => {
          if (save.isPending) return;
          setDone('');
          save.mutate(
            { lesson: { ...v, wijk, ...(editing ? { id: editing } : {}) } },
            {
              onSuccess: () => {
                setDone(t('wijken.lessons.saved'));
                stop();
              },
            },
          );
        }}
      >
        <SelectField
          form={form}
          name="spoor"
          label={t('wijken.lessons.spoor')}
          options={[{ value: 'algemeen', label: t('wijken.eval.algemeen') }, ...SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))]}
        />
        <SelectField
          form={form}
          name="kind"
          label={t('wijken.lessons.kind')}
          required
          options={[{ value: '', label: '' }, ...LESSON_KINDS.map((k) => ({ value: k, label: t(`wijken.eval.kind.${k}`) }))]}
        />
        <TextAreaField form={form} name="text" label={t('wijken.lessons.text')} rows={3} required />
        <TextField form={form} name="author" label={t('wijken.lessons.author')} description={t('wijken.lessons.authorHelp')} required maxLength={200} />
        <DateField form={form} name="recordedOn" label={t('wijken.lessons.recordedOn')} />
        <ErrorAlert message={save.error?.message} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('wijken.lessons.submit')}
          </Button>
          {editing ? (
            <Button type="button" appearance="subtle-button" onClick={stop}>
              {t('wijken.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
