import { zodResolver } from '@hookform/resolvers/zod';
import { Paragraph } from '@utrecht/component-library-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RULE_KINDS, type Rule } from '../../../../shared/calc/beleidsregels';
import { formatDate } from '../../../../shared/format/date';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import { formatEuro } from '../../../../shared/format/money';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { DateField, dateText, euroText, EuroField, isoToDutchDate, SelectField, TextAreaField } from '../../components/form';
import { CatalogueSection, type EntryFormProps } from './CatalogueSection';
import { EntryForm } from './EntryForm';
import { newId } from './entryId';
import { useSaveEntry } from './useSaveEntry';

/**
 * rules:save's own rule: the cap typed in euro (blank: no amount, as for the surcharge ban), the
 * dates as dd-mm-jjjj, a blank end date open-ended; the contract's cross-field rules (end not
 * before start, an amount only for a cap) are said under their fields.
 */
const schema = z
  .object({
    id: z.string(),
    kind: z.string(),
    valueCents: euroText(z.number().optional()).transform((v) => v ?? null),
    effectiveFrom: dateText(z.string(), { required: 'beheer.rules.fromRequired' }),
    effectiveTo: dateText(z.string().optional()).transform((v) => v ?? null),
    source: z.string(),
  })
  .pipe(contract['rules:save'].input.shape.rule);

export function RulesSection({ rules }: { rules: readonly Rule[] }) {
  const { t } = useTranslation();
  return (
    <CatalogueSection
      id="beleidsregels"
      title={t('beheer.rules.title')}
      one={t('beheer.rules.one')}
      intro={t('beheer.rules.intro')}
      caption={t('beheer.rules.caption')}
      empty={t('beheer.rules.empty')}
      rows={[...rules].sort((a, b) => a.kind.localeCompare(b.kind) || a.effectiveFrom.localeCompare(b.effectiveFrom))}
      rowKey={(r) => r.id}
      rowName={(r) => `${t(`beheer.rules.kinds.${r.kind}`)} ${t('beheer.rules.effectiveFrom').toLowerCase()} ${formatDate(r.effectiveFrom)}`}
      columns={[
        { id: 'kind', header: t('beheer.rules.kind'), rowHeader: true, cell: (r) => t(`beheer.rules.kinds.${r.kind}`) },
        { id: 'value', header: t('beheer.rules.value'), numeric: true, cell: (r) => (r.valueCents === null ? t('beheer.none') : formatEuro(r.valueCents)), className: 'beheer-nowrap' },
        { id: 'from', header: t('beheer.rules.effectiveFrom'), cell: (r) => formatDate(r.effectiveFrom), sortValue: (r) => r.effectiveFrom, className: 'beheer-nowrap' },
        { id: 'to', header: t('beheer.rules.effectiveTo'), cell: (r) => (r.effectiveTo === null ? t('beheer.rules.openEnded') : formatDate(r.effectiveTo)), className: 'beheer-nowrap' },
        { id: 'source', header: t('beheer.rules.source'), cell: (r) => r.source, className: 'beheer-source' },
      ]}
      form={(p) => <RuleForm {...p} taken={rules.map((r) => r.id)} />}
      note={<Paragraph className="beheer-note">{t('beheer.rules.pastNote')}</Paragraph>}
    />
  );
}

function RuleForm({ editing, onDone, taken }: EntryFormProps<Rule> & { taken: string[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      id: editing?.id ?? 'nieuw',
      kind: editing?.kind ?? RULE_KINDS[0],
      valueCents: editing?.valueCents == null ? '' : centsToEuroInput(editing.valueCents),
      effectiveFrom: isoToDutchDate(editing?.effectiveFrom),
      effectiveTo: isoToDutchDate(editing?.effectiveTo),
      source: editing?.source ?? '',
    },
  });
  const save = useSaveEntry((rule: Rule) => api.rulesSave({ rule }));
  const kindName = (kind: string) => t(`beheer.rules.kinds.${kind}`);
  return (
    <EntryForm
      form={form}
      first="kind"
      title={editing ? t('beheer.editTitle', { name: kindName(editing.kind) }) : t('beheer.addTitle', { what: t('beheer.rules.one') })}
      error={save.error?.message}
      busy={save.isPending}
      onCancel={() => onDone()}
      onValid={(v) => {
        // A new rule is its own row, named by kind and start date, so an older rule keeps its dates.
        const rule = { ...v, id: editing?.id ?? newId(`${v.kind}-${v.effectiveFrom}`, taken) };
        save.mutate(rule, { onSuccess: () => onDone(`${kindName(rule.kind)} (${formatDate(rule.effectiveFrom)})`) });
      }}
    >
      <Paragraph className="beheer-note">{t('beheer.rules.pastNote')}</Paragraph>
      <SelectField form={form} name="kind" label={t('beheer.rules.kind')} options={RULE_KINDS.map((k) => ({ value: k, label: kindName(k) }))} />
      <div className="beheer-form-row">
        <EuroField form={form} name="valueCents" label={t('beheer.rules.value')} description={t('beheer.rules.valueHelp')} />
        <DateField form={form} name="effectiveFrom" label={t('beheer.rules.effectiveFrom')} />
        <DateField form={form} name="effectiveTo" label={t('beheer.rules.effectiveTo')} description={t('beheer.rules.effectiveToHelp')} />
      </div>
      <TextAreaField form={form} name="source" label={t('beheer.rules.source')} rows={2} />
    </EntryForm>
  );
}
