import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { PartnerFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/** partners:save's own partner; the id is the entry's, or made from the name on save. */
const schema = z.object({ id: z.string(), name: z.string(), kind: z.string() }).pipe(contract['partners:save'].input.shape.partner);

export function PartnersSection({ partners }: { partners: readonly PartnerFile[] }) {
  const { t } = useTranslation();
  return (
    <CatalogueSection
      id="partners"
      title={t('beheer.partners.title')}
      one={t('beheer.partners.one')}
      intro={t('beheer.partners.intro')}
      caption={t('beheer.partners.caption')}
      empty={t('beheer.partners.empty')}
      rows={partners}
      rowKey={(p) => p.id}
      rowName={(p) => p.name}
      columns={[
        { id: 'name', header: t('beheer.partners.name'), rowHeader: true, cell: (p) => p.name, sortValue: (p) => p.name },
        { id: 'kind', header: t('beheer.partners.kind'), cell: (p) => p.kind, sortValue: (p) => p.kind },
      ]}
      form={(p) => <PartnerForm {...p} taken={partners.map((x) => x.id)} />}
    />
  );
}

function PartnerForm({ editing, onDone, taken }: EntryFormProps<PartnerFile> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { id: editing?.id ?? 'nieuw', name: editing?.name ?? '', kind: editing?.kind ?? '' },
  });
  const save = useSaveEntry((partner: PartnerFile) => api.partnersSave({ partner }));
  return (
    <EntryForm
      form={form}
      first="name"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.partners.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const partner = { ...v, id: editing?.id ?? newId(v.name, taken) };
        save.mutate(partner, { onSuccess: () => onDone(partner.name) });
      }}
    >
      <div className="beheer-form-row">
        <TextField form={form} name="name" label={t('beheer.partners.name')} />
        <TextField form={form} name="kind" label={t('beheer.partners.kind')} description={t('beheer.partners.kindHelp')} />
      </div>
    </EntryForm>
  );
}
