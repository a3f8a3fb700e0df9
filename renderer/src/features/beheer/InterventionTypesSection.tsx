import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import type { InterventionTypeFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { DataTable } from '../../components/DataTable';
import { quantityText, SelectField, TextAreaField, TextField } from '../../components/form';
import { formatQuantity } from '../../format/numbers';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/**
 * interventionTypes:save's own type: a blank multiplier or source is "none" (null), and the
 * contract's rule that the two come together is said under the source field.
 */
const schema = z
  .object({
    id: z.string(),
    spoor: z.string(),
    name: z.string(),
    multiplier: quantityText(z.number().optional(), { invalid: 'beheer.interventionTypes.multiplierInvalid' }).transform((m) => m ?? null),
    multiplierSource: z.string().transform((s) => (s.trim() === '' ? null : s)),
  })
  .pipe(contract['interventionTypes:save'].input.shape.type);

export function InterventionTypesSection({ types }: { types: readonly InterventionTypeFile[] }) {
  const { t } = useTranslation();
  const columns = [
    { id: 'name', header: t('beheer.interventionTypes.name'), rowHeader: true, cell: (x: InterventionTypeFile) => x.name },
    {
      id: 'multiplier',
      header: t('beheer.interventionTypes.multiplier'),
      numeric: true,
      cell: (x: InterventionTypeFile) => (x.multiplier === null ? t('beheer.none') : formatQuantity(x.multiplier)),
    },
    { id: 'source', header: t('beheer.interventionTypes.multiplierSource'), cell: (x: InterventionTypeFile) => x.multiplierSource ?? t('beheer.none'), className: 'beheer-source' },
  ];
  return (
    <CatalogueSection
      id="interventietypes"
      title={t('beheer.interventionTypes.title')}
      one={t('beheer.interventionTypes.one')}
      intro={t('beheer.interventionTypes.intro')}
      caption={t('beheer.interventionTypes.title')}
      empty={t('beheer.interventionTypes.empty')}
      rows={types}
      rowKey={(x) => x.id}
      rowName={(x) => x.name}
      columns={columns}
      tables={(edit) =>
        SPOREN.map((spoor) => (
          <DataTable
            key={spoor}
            caption={t('beheer.interventionTypes.caption', { spoor: t(`spoor.${spoor}`) })}
            columns={[...columns, edit]}
            rows={types.filter((x) => x.spoor === spoor)}
            rowKey={(x) => x.id}
            empty={t('beheer.interventionTypes.empty')}
            emptyInTable
          />
        ))
      }
      form={(p) => <TypeForm {...p} taken={types.map((x) => x.id)} />}
    />
  );
}

function TypeForm({ editing, onDone, taken }: EntryFormProps<InterventionTypeFile> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      id: editing?.id ?? 'nieuw',
      spoor: editing?.spoor ?? SPOREN[0],
      name: editing?.name ?? '',
      multiplier: editing?.multiplier == null ? '' : formatQuantity(editing.multiplier),
      multiplierSource: editing?.multiplierSource ?? '',
    },
  });
  const save = useSaveEntry((type: InterventionTypeFile) => api.interventionTypesSave({ type }));
  return (
    <EntryForm
      form={form}
      first="spoor"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.interventionTypes.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const type = { ...v, id: editing?.id ?? newId(v.name, taken) };
        save.mutate(type, { onSuccess: () => onDone(type.name) });
      }}
    >
      <div className="beheer-form-row">
        <SelectField form={form} name="spoor" label={t('beheer.interventionTypes.spoor')} options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))} />
        <TextField form={form} name="name" label={t('beheer.interventionTypes.name')} />
        <TextField
          form={form}
          name="multiplier"
          label={t('beheer.interventionTypes.multiplier')}
          description={t('beheer.interventionTypes.multiplierHelp')}
          inputMode="decimal"
          size={6}
        />
      </div>
      <TextAreaField
        form={form}
        name="multiplierSource"
        label={t('beheer.interventionTypes.multiplierSource')}
        description={t('beheer.interventionTypes.multiplierSourceHelp')}
        rows={2}
      />
    </EntryForm>
  );
}
