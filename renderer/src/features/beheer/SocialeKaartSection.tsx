import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import type { SocialeKaartEntryFile, WijkFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { choice, Form, optionalText, SelectField, TextAreaField, TextField, useFilters } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { useSaveEntry } from './useSaveEntry';

const listInput = contract['socialeKaart:list'].input;
/** The filter bar is socialeKaart:list's own query: "Alle wijken" and "Alle sporen" are left out. */
const filterSchema = listInput.extend({ wijk: choice(listInput.shape.wijk), spoor: choice(listInput.shape.spoor) });

/** socialeKaart:save's own entry: blank optional fields are left out; the server numbers a new one. */
const schema = z
  .object({
    id: z.string().optional(),
    wijk: choice(z.string(), { required: 'beheer.socialeKaart.wijkRequired' }),
    name: z.string(),
    spoor: z.string(),
    organisation: optionalText(z.string().optional()),
    contact: optionalText(z.string().optional()),
    note: optionalText(z.string().optional()),
  })
  .pipe(contract['socialeKaart:save'].input.shape.entry);

export function SocialeKaartSection({ wijken }: { wijken: readonly WijkFile[] }) {
  const { t } = useTranslation();
  const { form, query, setQuery } = useFilters(filterSchema, { wijk: '', spoor: '' });
  const list = useQuery({ queryKey: queryKeys.socialeKaart.list(query), queryFn: () => unwrap(api.socialeKaartList(query)) });
  const rows = list.data?.items ?? [];
  return (
    <CatalogueSection
      id="socialekaart"
      title={t('beheer.socialeKaart.title')}
      one={t('beheer.socialeKaart.one')}
      intro={t('beheer.socialeKaart.intro')}
      note={
        <Form form={form} className="werkbank-filters beheer-form-row" onValid={setQuery} aria-label={t('beheer.socialeKaart.filters')}>
          <SelectField
            form={form}
            name="wijk"
            label={t('beheer.socialeKaart.wijk')}
            options={[{ value: '', label: t('beheer.socialeKaart.allWijken') }, ...wijken.map((w) => ({ value: w.name, label: w.name }))]}
          />
          <SelectField
            form={form}
            name="spoor"
            label={t('beheer.socialeKaart.spoor')}
            options={[{ value: '', label: t('beheer.socialeKaart.allSporen') }, ...SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))]}
          />
        </Form>
      }
      caption={t('beheer.socialeKaart.caption')}
      empty={t('beheer.socialeKaart.empty')}
      rows={rows}
      rowKey={(x) => x.id}
      rowName={(x) => x.name}
      canAdd={wijken.length > 0}
      cannotAdd={t('beheer.socialeKaart.noWijken')}
      columns={[
        { id: 'name', header: t('beheer.socialeKaart.name'), rowHeader: true, cell: (x) => x.name, sortValue: (x) => x.name },
        { id: 'wijk', header: t('beheer.socialeKaart.wijk'), cell: (x) => x.wijk, sortValue: (x) => x.wijk },
        { id: 'spoor', header: t('beheer.socialeKaart.spoor'), cell: (x) => t(`spoor.${x.spoor}`), sortValue: (x) => x.spoor },
        { id: 'organisation', header: t('beheer.socialeKaart.organisation'), cell: (x) => x.organisation ?? t('beheer.none') },
        { id: 'contact', header: t('beheer.socialeKaart.contact'), cell: (x) => x.contact ?? t('beheer.none') },
      ]}
      form={(p) => <EntryFormFor {...p} wijken={wijken} />}
    />
  );
}

function EntryFormFor({ editing, onDone, wijken }: EntryFormProps<SocialeKaartEntryFile> & { wijken: readonly WijkFile[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      id: editing?.id,
      wijk: editing?.wijk ?? wijken[0]?.name ?? '',
      name: editing?.name ?? '',
      spoor: editing?.spoor ?? SPOREN[0],
      organisation: editing?.organisation ?? '',
      contact: editing?.contact ?? '',
      note: editing?.note ?? '',
    },
  });
  const save = useSaveEntry((entry: z.output<typeof schema>) => api.socialeKaartSave({ entry }));
  const wijkNames = [...new Set([...wijken.map((w) => w.name), ...(editing ? [editing.wijk] : [])])];
  return (
    <EntryForm
      form={form}
      first="name"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.socialeKaart.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(entry) => save.mutate(entry, { onSuccess: () => onDone(entry.name) })}
    >
      <TextField form={form} name="name" label={t('beheer.socialeKaart.name')} />
      <div className="beheer-form-row">
        <SelectField form={form} name="wijk" label={t('beheer.socialeKaart.wijk')} options={wijkNames.map((w) => ({ value: w, label: w }))} />
        <SelectField form={form} name="spoor" label={t('beheer.socialeKaart.spoor')} options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))} />
      </div>
      <div className="beheer-form-row">
        <TextField form={form} name="organisation" label={t('beheer.socialeKaart.organisation')} description={t('beheer.socialeKaart.organisationHelp')} />
        <TextField form={form} name="contact" label={t('beheer.socialeKaart.contact')} description={t('beheer.socialeKaart.contactHelp')} />
      </div>
      <TextAreaField form={form} name="note" label={t('beheer.socialeKaart.note')} rows={2} />
    </EntryForm>
  );
}
