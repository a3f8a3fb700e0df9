import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TafelTypeFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { TextAreaField, TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/** tafelTypes:save's own tafeltype; the id is the entry's, or made from the name on save. */
const schema = z
  .object({ id: z.string(), name: z.string(), description: z.string() })
  .pipe(contract['tafelTypes:save'].input.shape.tafelType);

export function TafelTypesSection({ tafelTypes }: { tafelTypes: readonly TafelTypeFile[] }) {
  const { t } = useTranslation();
  return (
    <CatalogueSection
      id="tafeltypes"
      title={t('beheer.tafelTypes.title')}
      one={t('beheer.tafelTypes.one')}
      intro={t('beheer.tafelTypes.intro')}
      caption={t('beheer.tafelTypes.caption')}
      empty={t('beheer.tafelTypes.empty')}
      rows={tafelTypes}
      rowKey={(x) => x.id}
      rowName={(x) => x.name}
      columns={[
        { id: 'name', header: t('beheer.tafelTypes.name'), rowHeader: true, cell: (x) => x.name },
        { id: 'description', header: t('beheer.tafelTypes.description'), cell: (x) => x.description },
      ]}
      form={(p) => <TafelTypeForm {...p} taken={tafelTypes.map((x) => x.id)} />}
    />
  );
}

function TafelTypeForm({ editing, onDone, taken }: EntryFormProps<TafelTypeFile> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { id: editing?.id ?? 'nieuw', name: editing?.name ?? '', description: editing?.description ?? '' },
  });
  const save = useSaveEntry((tafelType: TafelTypeFile) => api.tafelTypesSave({ tafelType }));
  return (
    <EntryForm
      form={form}
      first="name"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.tafelTypes.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const tafelType = { ...v, id: editing?.id ?? newId(v.name, taken) };
        save.mutate(tafelType, { onSuccess: () => onDone(tafelType.name) });
      }}
    >
      <TextField form={form} name="name" label={t('beheer.tafelTypes.name')} />
      <TextAreaField form={form} name="description" label={t('beheer.tafelTypes.description')} rows={2} />
    </EntryForm>
  );
}
