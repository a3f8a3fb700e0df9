import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AfwegingCriterionFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { CheckboxRow, optionalText, TextAreaField, TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/** afwegingskader:save's own criterion; the id is the entry's, or made from the text on save. */
const schema = z
  .object({ id: z.string(), text: z.string(), source: optionalText(z.string().optional()), active: z.boolean() })
  .pipe(contract['afwegingskader:save'].input.shape.criterion);

/**
 * Issue #14 item 5: the criteria the hoog-weekbedragtafel walks for every besluit. Added, reworded
 * and retired here — never deleted, because stored besluiten name them: a retired criterion leaves
 * the besluit form, and a besluit that walked it still shows it.
 */
export function AfwegingskaderSection({ criteria }: { criteria: readonly AfwegingCriterionFile[] }) {
  const { t } = useTranslation();
  return (
    <CatalogueSection
      id="afwegingskader"
      title={t('beheer.afwegingskader.title')}
      one={t('beheer.afwegingskader.one')}
      intro={t('beheer.afwegingskader.intro')}
      caption={t('beheer.afwegingskader.caption')}
      empty={t('beheer.afwegingskader.empty')}
      rows={criteria}
      rowKey={(c) => c.id}
      rowName={(c) => c.text}
      columns={[
        { id: 'text', header: t('beheer.afwegingskader.text'), rowHeader: true, cell: (c) => c.text },
        { id: 'source', header: t('beheer.afwegingskader.source'), cell: (c) => c.source ?? t('beheer.none') },
        { id: 'active', header: t('beheer.afwegingskader.active'), cell: (c) => t(c.active ? 'beheer.afwegingskader.inUse' : 'beheer.afwegingskader.retired') },
      ]}
      form={(p) => <CriterionForm {...p} taken={criteria.map((c) => c.id)} />}
    />
  );
}

function CriterionForm({ editing, onDone, taken }: EntryFormProps<AfwegingCriterionFile> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { id: editing?.id ?? 'nieuw', text: editing?.text ?? '', source: editing?.source ?? '', active: editing?.active ?? true },
  });
  const save = useSaveEntry((criterion: AfwegingCriterionFile) => api.afwegingskaderSave({ criterion }));
  return (
    <EntryForm
      form={form}
      first="text"
      title={editing ? t('beheer.afwegingskader.editTitle') : t('beheer.addTitle', { what: t('beheer.afwegingskader.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const criterion = { ...v, id: editing?.id ?? newId(v.text, taken) };
        save.mutate(criterion, { onSuccess: () => onDone(criterion.text) });
      }}
    >
      <TextField form={form} name="text" label={t('beheer.afwegingskader.text')} description={t('beheer.afwegingskader.textHelp')} maxLength={200} />
      <TextAreaField form={form} name="source" label={t('beheer.afwegingskader.source')} rows={2} />
      <CheckboxRow form={form} name="active" label={t('beheer.afwegingskader.activeLabel')} description={t('beheer.afwegingskader.activeHelp')} />
    </EntryForm>
  );
}
