import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CARE_COST_BANDS } from '../../../../shared/domain/enums';
import { SelectField } from '../../components/form';

/**
 * Issue #14 item 7: the expected care costs per year, asked at the aanmelding and in Gegevens
 * wijzigen (one field, so both forms offer the same bands in the same words); blank = not estimated.
 */
export function CareCostBandField<T extends FieldValues, C, O extends FieldValues>({ form, name }: { form: UseFormReturn<T, C, O>; name: Path<T> }) {
  const { t } = useTranslation();
  return (
    <SelectField
      form={form}
      name={name}
      label={t('caseDetail.edit.careCostBand')}
      description={t('caseDetail.edit.careCostBandHelp')}
      options={[{ value: '', label: t('caseDetail.edit.careCostBandUnknown') }, ...CARE_COST_BANDS.map((b) => ({ value: b, label: t(`careCostBand.${b}`) }))]}
    />
  );
}
