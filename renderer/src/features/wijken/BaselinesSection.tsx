import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDate } from '../../../../shared/format/date';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxGroup, dateText, DateField, Form, optionalText, quantityText, TextAreaField, TextField } from '../../components/form';
import { useRemoveBaseline, useSaveBaseline } from './writes';

const b = contract['baselines:save'].input.shape.baseline;
/** One ticked checkbox comes as its value, none as false: always an array of ids. */
const ids = z.preprocess((v): unknown => (Array.isArray(v) ? (v as unknown[]) : typeof v === 'string' ? [v] : []), b.shape.socialeKaartIds);
const schema = b.omit({ wijk: true }).extend({
  measuredOn: dateText(b.shape.measuredOn, { required: 'wijken.baseline.dateRequired' }),
  households: quantityText(b.shape.households, { required: 'wijken.baseline.householdsRequired', invalid: 'wijken.baseline.householdsInvalid' }),
  socialeKaartIds: ids,
  notes: optionalText(b.shape.notes),
});
type Values = z.input<typeof schema>;

/** The baselines of one wijk (the first is de nulmeting) and the form that records a new one. */
export function BaselinesSection({ wijk }: { wijk: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: queryKeys.wijkbase.baselines({ wijk }), queryFn: () => unwrap(api.baselinesList({ wijk })) });
  const kaart = useQuery({ queryKey: queryKeys.socialeKaart.list({ wijk }), queryFn: () => unwrap(api.socialeKaartList({ wijk })) });
  const entries = kaart.data?.items ?? [];
  const save = useSaveBaseline();
  const remove = useRemoveBaseline();
  const [done, setDone] = useState('');
  const initial = (): Values => ({ measuredOn: format(new Date(), 'dd-MM-yyyy'), households: '', socialeKaartIds: entries.map((e) => e.id), notes: '' });
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial() });
  const rows = list.data?.items ?? [];
  const [first] = rows;
  // Every entry of the sociale kaart ticked once it has loaded: a person unticks what was not active.
  const loaded = kaart.data;
  useEffect(() => {
    if (loaded) form.setValue('socialeKaartIds', loaded.items.map((e) => e.id));
  }, [loaded, form]);

  return (
    <section className="werkbank-section" aria-labelledby="nulmeting-titel">
      <Heading2 id="nulmeting-titel">{t('wijken.baseline.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('wijken.baseline.intro')}</Paragraph>
      <ErrorAlert message={list.error?.message ?? remove.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <DataTable
        caption={t('wijken.baseline.caption', { wijk })}
        className="werkbank-table"
        data-testid="baselines"
        rows={rows}
        rowKey={(x) => x.id}
        empty={list.isPending ? t('wijken.loading') : t('wijken.baseline.empty')}
        columns={[
          { id: 'measuredOn', header: t('wijken.baseline.col.measuredOn'), rowHeader: true, cell: (x) => formatDate(x.measuredOn) },
          { id: 'kind', header: t('wijken.baseline.col.kind'), cell: (x) => (x.id === first?.id ? t('wijken.baseline.first') : t('wijken.baseline.later')) },
          { id: 'households', header: t('wijken.baseline.col.households'), numeric: true, cell: (x) => x.households },
          {
            id: 'entries',
            header: t('wijken.baseline.col.entries'),
            cell: (x) => t('wijken.baseline.summary', { count: x.socialeKaart.length, names: x.socialeKaart.map((e) => e.name).join(', ') || '—' }),
          },
          { id: 'notes', header: t('wijken.baseline.col.notes'), cell: (x) => x.notes ?? '—' },
          {
            id: 'actions',
            header: t('wijken.lessons.col.actions'),
            cell: (x) => (
              <Button
                appearance="subtle-button"
                aria-label={t('wijken.removeOf', { name: formatDate(x.measuredOn) })}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: x.id }, { onSuccess: () => setDone(t('wijken.baseline.removed', { date: formatDate(x.measuredOn) })) })}
              >
                {t('wijken.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Form
        form={form}
        className="werkbank-form"
        aria-labelledby="nulmeting-nieuw"
        heading={<Heading3 id="nulmeting-nieuw">{t('wijken.baseline.formTitle')}</Heading3>}
        onValid={(v) => {
          if (save.isPending) return;
          setDone('');
          save.mutate(
            { baseline: { ...v, wijk } },
            {
              onSuccess: (saved) => {
                setDone(t('wijken.baseline.saved', { date: formatDate(saved.measuredOn) }));
                form.reset(initial());
              },
            },
          );
        }}
      >
        <DateField form={form} name="measuredOn" label={t('wijken.baseline.measuredOn')} />
        <TextField form={form} name="households" label={t('wijken.baseline.households')} description={t('wijken.baseline.householdsHelp')} inputMode="numeric" required />
        {entries.length === 0 ? (
          <Paragraph className="werkbank-muted">{t('wijken.baseline.noEntries')}</Paragraph>
        ) : (
          <CheckboxGroup
            form={form}
            name="socialeKaartIds"
            label={t('wijken.baseline.entries')}
            description={t('wijken.baseline.entriesHelp')}
            options={entries.map((e) => ({ value: e.id, label: `${e.name} (${t(`spoor.${e.spoor}`)})` }))}
          />
        )}
        <TextAreaField form={form} name="notes" label={t('wijken.baseline.notes')} description={t('wijken.baseline.notesHelp')} rows={2} />
        <ErrorAlert message={save.error?.message} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('wijken.baseline.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
