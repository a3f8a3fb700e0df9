import { Fieldset, FieldsetLegend, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AfwegingCriterionFile } from '../../../../shared/interchange';
import { RadioGroup, TextAreaField } from '../../components/form';
import { ANSWERS, type besluitFormSchema, type BesluitFormValues } from './besluitSchema';

type BesluitForm = UseFormReturn<BesluitFormValues, unknown, z.output<typeof besluitFormSchema>>;

/**
 * Issue #14 item 5: the afwegingskader walked criterion by criterion — the ones in use now
 * (Beheer › Afwegingskader hoog weekbedrag), in their order. Each gets ja, nee or niet besproken
 * (a radio can never be un-ticked, so "not discussed" is a choice of its own) and a reason; an
 * answer without a reason is refused under its field.
 */
export function AfwegingFields({ form, criteria }: { form: BesluitForm; criteria: readonly AfwegingCriterionFile[] }) {
  const { t } = useTranslation();
  const options = ANSWERS.map((a) => ({ value: a, label: t(`escalations.decide.answer.${a === '' ? 'none' : a}`) }));
  return (
    <Fieldset className="werkbank-esc-afweging">
      <FieldsetLegend>{t('escalations.besluit.afweging')}</FieldsetLegend>
      {criteria.length === 0 ? (
        <Paragraph>{t('escalations.decide.afwegingEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph className="werkbank-muted">{t('escalations.decide.afwegingIntro')}</Paragraph>
          <OrderedList className="werkbank-esc-afweging-list">
            {criteria.map((c, i) => (
              <OrderedListItem key={c.id} className="werkbank-esc-afweging-item">
                <RadioGroup form={form} name={`afweging.${i}.answer`} label={c.text} options={options} className="werkbank-esc-afweging-answer" />
                <TextAreaField
                  form={form}
                  name={`afweging.${i}.reason`}
                  label={
                    <>
                      {t('escalations.decide.reason')}
                      <span className="werkbank-visually-hidden"> {t('escalations.decide.reasonOf', { text: c.text })}</span>
                    </>
                  }
                  summaryLabel={t('escalations.decide.reasonSummary', { text: c.text })}
                  rows={2}
                  maxLength={10_000}
                />
              </OrderedListItem>
            ))}
          </OrderedList>
        </>
      )}
    </Fieldset>
  );
}
