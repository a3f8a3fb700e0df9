import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TafelTypeFile, WijkFile } from '../../../../shared/interchange';
import type { TafelFile } from '../../../../shared/interchange/meetings';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { optionalText, SelectField, TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/** tafels:save's own tafel: no wijk is a city-wide tafel (null), a blank cadence or role is left out. */
const schema = z
  .object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    wijk: z.string().transform((w) => (w === '' ? null : w)),
    cadence: optionalText(z.string().optional()),
    members: z.array(z.object({ name: z.string(), organisation: z.string(), role: optionalText(z.string().optional()) })),
  })
  .pipe(contract['tafels:save'].input.shape.tafel);

interface Props {
  tafels: readonly TafelFile[];
  tafelTypes: readonly TafelTypeFile[];
  wijken: readonly WijkFile[];
}

export function TafelsSection({ tafels, tafelTypes, wijken }: Props) {
  const { t } = useTranslation();
  const typeName = (id: string) => tafelTypes.find((x) => x.id === id)?.name ?? id;
  return (
    <CatalogueSection
      id="tafels"
      title={t('beheer.tafels.title')}
      one={t('beheer.tafels.one')}
      intro={t('beheer.tafels.intro')}
      caption={t('beheer.tafels.caption')}
      empty={t('beheer.tafels.empty')}
      rows={tafels}
      rowKey={(x) => x.id}
      rowName={(x) => x.name}
      columns={[
        { id: 'name', header: t('beheer.tafels.name'), rowHeader: true, cell: (x) => x.name, sortValue: (x) => x.name },
        { id: 'type', header: t('beheer.tafels.type'), cell: (x) => typeName(x.type) },
        { id: 'wijk', header: t('beheer.tafels.wijk'), cell: (x) => x.wijk ?? t('beheer.tafels.citywide') },
        {
          id: 'members',
          header: t('beheer.tafels.members'),
          cell: (x) => (
            <>
              {t('beheer.tafels.memberCount', { count: x.members.length })}
              {x.members.length > 0 ? `: ${x.members.map((m) => `${m.name} (${m.organisation})`).join(', ')}` : ''}
            </>
          ),
        },
        { id: 'cadence', header: t('beheer.tafels.cadence'), cell: (x) => x.cadence ?? t('beheer.none') },
      ]}
      form={(p) => <TafelForm {...p} taken={tafels.map((x) => x.id)} tafelTypes={tafelTypes} wijken={wijken} />}
    />
  );
}

function TafelForm({ editing, onDone, taken, tafelTypes, wijken }: EntryFormProps<TafelFile> & Omit<Props, 'tafels'> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      id: editing?.id ?? 'nieuw',
      type: editing?.type ?? tafelTypes[0]?.id ?? '',
      name: editing?.name ?? '',
      wijk: editing ? (editing.wijk ?? '') : (wijken[0]?.name ?? ''),
      cadence: editing?.cadence ?? '',
      members: (editing?.members ?? []).map((m) => ({ name: m.name, organisation: m.organisation, role: m.role ?? '' })),
    },
  });
  const members = useFieldArray({ control: form.control, name: 'members' });
  const addMemberRef = useRef<HTMLButtonElement>(null);
  const save = useSaveEntry((tafel: TafelFile) => api.tafelsSave({ tafel }));
  // A tafel kept from an older file may name a wijk no longer in the catalogue: keep it choosable.
  const wijkNames = [...new Set([...wijken.map((w) => w.name), ...(editing?.wijk ? [editing.wijk] : [])])];
  return (
    <EntryForm
      form={form}
      first="name"
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.tafels.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        const tafel = { ...v, id: editing?.id ?? newId(v.name, taken) };
        save.mutate(tafel, { onSuccess: () => onDone(tafel.name) });
      }}
    >
      <TextField form={form} name="name" label={t('beheer.tafels.name')} />
      <div className="beheer-form-row">
        <SelectField
          form={form}
          name="type"
          label={t('beheer.tafels.type')}
          options={tafelTypes.length === 0 ? [{ value: '', label: t('beheer.tafels.noTypes') }] : tafelTypes.map((x) => ({ value: x.id, label: x.name }))}
        />
        <SelectField
          form={form}
          name="wijk"
          label={t('beheer.tafels.wijk')}
          options={[...wijkNames.map((w) => ({ value: w, label: w })), { value: '', label: t('beheer.tafels.citywide') }]}
        />
        <TextField form={form} name="cadence" label={t('beheer.tafels.cadence')} description={t('beheer.tafels.cadenceHelp')} />
      </div>
      <Fieldset>
        <FieldsetLegend>{t('beheer.tafels.members')}</FieldsetLegend>
        {members.fields.length === 0 ? <Paragraph>{t('beheer.tafels.noMembers')}</Paragraph> : null}
        {members.fields.map((field, index) => {
          const n = index + 1;
          return (
            <div key={field.id} className="beheer-member" role="group" aria-label={t('beheer.tafels.member', { n })}>
              <div className="beheer-form-row">
                <TextField form={form} name={`members.${index}.name`} label={t('beheer.tafels.memberName')} summaryLabel={`${t('beheer.tafels.member', { n })}: ${t('beheer.tafels.memberName')}`} />
                <TextField
                  form={form}
                  name={`members.${index}.organisation`}
                  label={t('beheer.tafels.memberOrganisation')}
                  summaryLabel={`${t('beheer.tafels.member', { n })}: ${t('beheer.tafels.memberOrganisation')}`}
                />
                <TextField
                  form={form}
                  name={`members.${index}.role`}
                  label={t('beheer.tafels.memberRole')}
                  description={t('beheer.tafels.memberRoleHelp')}
                  summaryLabel={`${t('beheer.tafels.member', { n })}: ${t('beheer.tafels.memberRole')}`}
                />
              </div>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => {
                  members.remove(index);
                  // Focus stays in the list: on the add button, which is always there.
                  setTimeout(() => addMemberRef.current?.focus(), 0);
                }}
              >
                {t('beheer.tafels.removeMember', { n })}
              </Button>
            </div>
          );
        })}
        <Button
          ref={addMemberRef}
          type="button"
          appearance="secondary-action-button"
          onClick={() => members.append({ name: '', organisation: '', role: '' }, { focusName: `members.${members.fields.length}.name` })}
        >
          {t('beheer.tafels.addMember')}
        </Button>
      </Fieldset>
    </EntryForm>
  );
}
