import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ESCALATION_TARGETS } from '../../../../shared/domain/enums';
import { recipientRule } from '../../../../shared/domain/sharingConsent';
import type { EscalationTargetFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { validityText } from '../../../../shared/domain/targetValidity';
import { CheckboxRow, DateField, dateText, isoToDutchDate, optionalText, quantityText, SelectField, TextAreaField, TextField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { useSaveEntry } from './useSaveEntry';

/** escalationTargets:save's own target: the deadline typed as a number of working days. */
const schema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: optionalText(z.string().optional()),
    partner: optionalText(z.string().optional()),
    deadlineWorkingDays: quantityText(z.number().optional(), { invalid: 'beheer.escalationTargets.deadlineInvalid', required: 'beheer.escalationTargets.deadlineInvalid' }),
    active: z.boolean(),
    // Issue #14 item 6: the term, typed as dd-mm-jjjj; blank is open-ended.
    validFrom: dateText(z.string().optional()),
    validTo: dateText(z.string().optional()),
  })
  .pipe(contract['escalationTargets:save'].input.shape.target);

export function EscalationTargetsSection({ targets }: { targets: readonly EscalationTargetFile[] }) {
  const { t } = useTranslation();
  const free = ESCALATION_TARGETS.filter((id) => !targets.some((x) => x.id === id));
  return (
    <CatalogueSection
      id="escalatiedoelen"
      title={t('beheer.escalationTargets.title')}
      one={t('beheer.escalationTargets.one')}
      intro={t('beheer.escalationTargets.intro')}
      caption={t('beheer.escalationTargets.caption')}
      empty={t('beheer.escalationTargets.empty')}
      rows={targets}
      rowKey={(x) => x.id}
      rowName={(x) => x.name}
      canAdd={free.length > 0}
      cannotAdd={t('beheer.escalationTargets.allPresent')}
      columns={[
        { id: 'name', header: t('beheer.escalationTargets.name'), rowHeader: true, cell: (x) => x.name },
        { id: 'target', header: t('beheer.escalationTargets.target'), cell: (x) => t(`target.${x.id}`) },
        { id: 'partner', header: t('beheer.escalationTargets.partner'), cell: (x) => <Recipients target={x} /> },
        {
          id: 'deadline',
          header: t('beheer.escalationTargets.deadline'),
          numeric: true,
          cell: (x) => t('beheer.escalationTargets.deadlineValue', { count: x.deadlineWorkingDays }),
          sortValue: (x) => x.deadlineWorkingDays,
        },
        { id: 'active', header: t('beheer.escalationTargets.active'), cell: (x) => t(x.active ? 'beheer.escalationTargets.yes' : 'beheer.escalationTargets.no') },
        { id: 'validity', header: t('beheer.escalationTargets.validity'), cell: (x) => validityText(x) ?? t('beheer.escalationTargets.openEnded') },
      ]}
      form={(p) => <TargetForm {...p} free={free} />}
    />
  );
}

/** §5 with whom a dossier to this target is shared (shared/domain/sharingConsent.ts), as Beheer can say it without a case. */
function Recipients({ target }: { target: EscalationTargetFile }) {
  const { t } = useTranslation();
  const rule = recipientRule(target);
  return rule === 'partner' ? target.partner : t(`beheer.escalationTargets.recipients.${rule}`, { name: target.name });
}

function TargetForm({ editing, onDone, free }: EntryFormProps<EscalationTargetFile> & { free: readonly string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      id: editing?.id ?? free[0] ?? '',
      name: editing?.name ?? '',
      description: editing?.description ?? '',
      partner: editing?.partner ?? '',
      deadlineWorkingDays: editing ? String(editing.deadlineWorkingDays) : '',
      active: editing?.active ?? true,
      validFrom: isoToDutchDate(editing?.validFrom),
      validTo: isoToDutchDate(editing?.validTo),
    },
  });
  const save = useSaveEntry((target: EscalationTargetFile) => api.escalationTargetsSave({ target }));
  // A target's id is one of the fixed doelen: chosen when adding, fixed when editing.
  const ids = editing ? [editing.id] : free;
  return (
    <EntryForm
      form={form}
      first={editing ? 'name' : 'id'}
      title={editing ? t('beheer.editTitle', { name: editing.name }) : t('beheer.addTitle', { what: t('beheer.escalationTargets.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(target) => save.mutate(target, { onSuccess: () => onDone(target.name) })}
    >
      <div className="beheer-form-row">
        {editing ? null : (
          <SelectField form={form} name="id" label={t('beheer.escalationTargets.target')} options={ids.map((id) => ({ value: id, label: t(`target.${id}`) }))} />
        )}
        <TextField form={form} name="name" label={t('beheer.escalationTargets.name')} />
        <TextField
          form={form}
          name="deadlineWorkingDays"
          label={t('beheer.escalationTargets.deadline')}
          description={t('beheer.escalationTargets.deadlineHelp')}
          inputMode="numeric"
          size={5}
        />
      </div>
      <TextField form={form} name="partner" label={t('beheer.escalationTargets.partner')} description={t('beheer.escalationTargets.partnerHelp')} />
      <TextAreaField form={form} name="description" label={t('beheer.escalationTargets.description')} rows={2} />
      <div className="beheer-form-row">
        <DateField form={form} name="validFrom" label={t('beheer.escalationTargets.validFrom')} />
        <DateField form={form} name="validTo" label={t('beheer.escalationTargets.validTo')} description={t('beheer.escalationTargets.validToHelp')} />
      </div>
      <CheckboxRow form={form} name="active" label={t('beheer.escalationTargets.activeLabel')} />
    </EntryForm>
  );
}
