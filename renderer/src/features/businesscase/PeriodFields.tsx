import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS } from '../../../../shared/calc/period';
import { DateField, SelectField } from '../../components/form';
import { PERIOD_PARTS } from './periodFilter';

interface Props<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  years: readonly { value: string; label: string }[];
}

/**
 * §3.3 the period choice of the businesscase screen: the kind first, then what that kind needs —
 * a year (and a tertiaal or quarter), or two days. Each a labelled field, reachable by Tab.
 */
export function PeriodFields<T extends FieldValues, C, O extends FieldValues>({ form, years }: Props<T, C, O>) {
  const { t } = useTranslation();
  const kind = useWatch({ control: form.control, name: 'periodKind' as Path<T> }) as (typeof PERIOD_KINDS)[number];
  const name = (n: string) => n as Path<T>;
  return (
    <>
      <SelectField form={form} name={name('periodKind')} label={t('businesscase.period.kind')} options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`businesscase.period.kinds.${k}`) }))} />
      {kind !== 'range' && <SelectField form={form} name={name('year')} label={t('businesscase.filters.year')} options={years} />}
      {kind === 'tertiaal' && (
        <SelectField form={form} name={name('tertiaal')} label={t('businesscase.period.tertiaal')} options={PERIOD_PARTS.tertiaal.map((p) => ({ value: p, label: t(`businesscase.period.parts.${p}`) }))} />
      )}
      {kind === 'quarter' && (
        <SelectField form={form} name={name('quarter')} label={t('businesscase.period.quarter')} options={PERIOD_PARTS.quarter.map((p) => ({ value: p, label: t(`businesscase.period.parts.${p}`) }))} />
      )}
      {kind === 'range' && (
        <>
          <DateField form={form} name={name('from')} label={t('businesscase.period.from')} />
          <DateField form={form} name={name('to')} label={t('businesscase.period.to')} />
        </>
      )}
    </>
  );
}
