import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, Heading3, Paragraph } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { partnerKey } from '../../../../shared/domain/consent';
import type { CaseFile } from '../../../../shared/interchange';
import { CONSENT_BASES } from '../../../../shared/interchange/vocabulary';
import { contract } from '../../../../shared/ipc/contract';
import { CheckboxRow, choice, dateText, DateField, Form, isoToDutchDate, SelectField } from '../../components/form';

type Consent = NonNullable<CaseFile['consent']>;

/** cases:update's own consent (the case schema's ConsentSchema). */
const consentInput = contract['cases:update'].input.shape.changes.shape.consent.unwrap().unwrap();
const k = consentInput.shape;

/**
 * The consent as typed: a basis, a day as dd-mm-jjjj, and a tick per partner. A basis other than
 * toestemming may cover every partner (no scope, shared/domain/consent.ts rule 3); toestemming is
 * always given per partner, so its scope is always written, unticked partners as "no".
 */
const schema = z
  .object({
    basis: choice(k.basis, { required: 'caseDetail.consent.form.basisRequired' }),
    recordedOn: dateText(k.recordedOn, { required: 'caseDetail.consent.form.recordedOnRequired' }),
    wholeTable: z.boolean(),
    scope: z.array(z.object({ partner: z.string(), granted: z.boolean() })),
  })
  .transform(({ wholeTable, scope, basis, recordedOn }): z.input<typeof consentInput> =>
    basis !== 'toestemming' && wholeTable ? { basis, recordedOn } : { basis, recordedOn, scope },
  )
  .pipe(consentInput);
type Values = z.input<typeof schema>;

function initial(consent: Consent | undefined, partners: readonly string[]): Values {
  const granted = new Set((consent?.scope ?? []).filter((s) => s.granted).map((s) => partnerKey(s.partner)));
  return {
    basis: consent?.basis ?? '',
    // A new consent is usually recorded the day it was given.
    recordedOn: consent ? isoToDutchDate(consent.recordedOn) : format(new Date(), 'dd-MM-yyyy'),
    wholeTable: consent !== undefined && consent.basis !== 'toestemming' && consent.scope === undefined,
    scope: partners.map((partner) => ({ partner, granted: granted.has(partnerKey(partner)) })),
  };
}

interface Props {
  consent: Consent | undefined;
  /** Every partner that can be named: the catalogue's, those at the wijk's tafels, those in the stored scope. */
  partners: readonly string[];
  busy: boolean;
  onSave: (consent: Consent) => void;
  onCancel: () => void;
}

export function ConsentForm({ consent, partners, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(consent, partners) });
  const [basis, wholeTable] = useWatch({ control: form.control, name: ['basis', 'wholeTable'] });
  const perPartner = basis === 'toestemming' || basis === '' || !wholeTable;
  const { setFocus } = form;
  useEffect(() => setFocus('basis'), [setFocus]);

  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form"
      onValid={onSave}
      aria-labelledby="toestemming-form-titel"
      heading={<Heading3 id="toestemming-form-titel">{t('caseDetail.consent.form.title')}</Heading3>}
    >
      <div className="werkbank-form-row">
        <SelectField
          form={form}
          name="basis"
          label={t('caseDetail.consent.form.basis')}
          description={t('caseDetail.consent.form.basisHelp')}
          options={[{ value: '', label: t('caseDetail.consent.form.chooseBasis') }, ...CONSENT_BASES.map((b) => ({ value: b, label: t(`caseDetail.consent.basis.${b}`) }))]}
        />
        <DateField form={form} name="recordedOn" label={t('caseDetail.consent.form.recordedOn')} />
      </div>
      {basis !== '' && basis !== 'toestemming' ? (
        <CheckboxRow form={form} name="wholeTable" label={t('caseDetail.consent.form.wholeTable')} description={t('caseDetail.consent.form.wholeTableHelp')} />
      ) : null}
      {perPartner ? (
        <Fieldset className="consent-partners" aria-describedby="toestemming-partners-uitleg">
          <FieldsetLegend>{t('caseDetail.consent.form.partners')}</FieldsetLegend>
          <FormFieldDescription id="toestemming-partners-uitleg">{t('caseDetail.consent.form.partnersHelp')}</FormFieldDescription>
          {partners.length === 0 ? <Paragraph>{t('caseDetail.consent.form.noPartners')}</Paragraph> : null}
          <div className="consent-partner-list">
            {partners.map((partner, index) => (
              <CheckboxRow key={partner} form={form} name={`scope.${index}.granted`} label={partner} />
            ))}
          </div>
        </Fieldset>
      ) : null}
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('caseDetail.consent.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('caseDetail.consent.form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
