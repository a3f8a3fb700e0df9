import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WijkFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/** The form's schema is wijken:save's own wijk; the id is the entry's, or made from the name on save. */
const schema = z
  .object({ id: z.string(), name: z.string(), codePrefix: z.string() })
  .transform((v) => ({ ...v, codePrefix: v.codePrefix.trim() }))
  .pipe(contract['wijken:save'].input.shape.wijk);

export function WijkenSection({ wijken }: { wijken: readonly WijkFile[] }) {
  const { t } = useTranslation();
  return (
    <CatalogueSection
      id="wijken"
      title={t('beheer.wijken.title')}
      one={t('beheer.wijken.one')}
      intro={t('beheer.wijken.intro')}
      caption={t('beheer.wijken.caption')}
      empty={t('beheer.wijken.empty')}
      rows={wijken}
      rowKey={(w) => w.id}
      rowName={(w) => w.name}
      columns={[
        { id: 'name', header: t('beheer.wijken.name'), rowHeader: true, cell: (w) => w.name, sortValue: (w) => w.name },
        { id: 'codePrefix', header: t('beheer.wijken.codePrefix'), cell: (w) => w.codePrefix },
      ]}
      form={(p) => <WijkForm {...p} taken={wijken.map((w) => w.id)} />}
    />
  );
}

function WijkForm({ editing, onDone, taken }: EntryFormProps<WijkFile> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { id: editing?.id ?? 'nieuw', name: editing?.name ?? '', codePrefix: editing?.codePrefix ?? '' },
  });
  const save = useSaveEntry((wijk: WijkFile) => api.wijkenSave({ wijk }));
  return (
    <EntryForm
      form={form}
      first="name"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.wijken.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const wijk = { ...v, id: editing?.id ?? newId(v.name, taken) };
        save.mutate(wijk, { onSuccess: () => onDone(wijk.name) });
      }}
    >
      <div className="beheer-form-row">
        <TextField form={form} name="name" label={t('beheer.wijken.name')} />
        <TextField form={form} name="codePrefix" label={t('beheer.wijken.codePrefix')} description={t('beheer.wijken.codePrefixHelp')} size={8} maxLength={6} />
      </div>
    </EntryForm>
  );
}
