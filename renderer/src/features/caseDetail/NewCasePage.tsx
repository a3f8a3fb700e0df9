import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { HOUSEHOLD_TYPES, SPOREN } from '../../../../shared/domain/enums';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCatalogue } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { CheckboxGroup, CheckboxRow, choice, Form, optionalText, SelectField, TextAreaField, TextField, whenValid } from '../../components/form';
import { CareCostBandField } from './CareCostBandField';
import './caseDetail.css';

const newCase = contract['cases:create'].input;
const n = newCase.shape;
const say = (key: string) => () => i18next.t(key);

/** A birth year as typed: four digits, not in the future (the aanmelding is today), then the contract's range. */
const birthYearText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text))
  .pipe(
    z
      .string()
      .regex(/^\d{4}$/, { error: say('caseDetail.new.errors.birthYear') })
      .transform(Number)
      .refine((year) => year <= new Date().getFullYear(), { error: say('caseDetail.new.errors.birthYear') })
      .pipe(n.birthYear.unwrap())
      .optional(),
  );

/** Who registered the case: name and organisation, both optional; left out when both are blank. */
const personText = (person: typeof n.aanmelder) => {
  const p = person.unwrap().shape;
  return z
    .object({ name: optionalText(p.name), organisation: optionalText(p.organisation) })
    .transform((v) => (v.name === undefined && v.organisation === undefined ? undefined : v));
};

/**
 * The channel's own aanmelding, as typed. A signaal stays pseudonymous (no alias, no birth year);
 * anyone else needs at least one spoor.
 */
const schema = newCase
  .pick({ wijk: true, isSignaal: true, alias: true, birthYear: true, sporen: true, aanmelder: true, aanleiding: true, doel: true, household: true, careCostBand: true })
  .extend({
    wijk: choice(n.wijk, { required: 'caseDetail.new.errors.wijk' }),
    isSignaal: z.boolean(),
    alias: optionalText(n.alias),
    birthYear: birthYearText,
    aanmelder: personText(n.aanmelder),
    aanleiding: optionalText(n.aanleiding),
    doel: optionalText(n.doel),
    household: choice(n.household),
    /** Issue #14 item 7: the tafel is for residents with expected high care costs; asked at once. */
    careCostBand: choice(n.careCostBand),
  })
  .refine((v) => v.isSignaal || v.sporen.length > 0, {
    path: ['sporen'],
    error: say('caseDetail.new.errors.sporen'),
    when: whenValid('sporen', 'isSignaal'),
  })
  .transform((v) => (v.isSignaal ? { ...v, isSignaal: true, alias: undefined, birthYear: undefined } : { ...v, isSignaal: undefined }));

const EMPTY: z.input<typeof schema> = {
  wijk: '',
  isSignaal: false,
  alias: '',
  birthYear: '',
  sporen: [],
  aanmelder: { name: '', organisation: '' },
  aanleiding: '',
  doel: '',
  household: '',
  careCostBand: '',
};

/** §2.1 the 3-minute aanmelding: minimal identifying data; a signaal stays pseudonymous. */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const isSignaal = useWatch({ control: form.control, name: 'isSignaal' });

  const create = useMutation({
    mutationFn: (v: z.output<typeof schema>) => unwrap(api.casesCreate(v)),
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.case.detail(detail.case.code), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.cases.all });
      await navigate(`/casussen/${detail.case.code}`);
    },
  });

  const wijken = catalogue.data?.wijken ?? [];

  return (
    <>
      <Link to="/casussen" className="utrecht-link werkbank-back">
        {t('caseDetail.backToList')}
      </Link>
      <Heading1>{t('caseDetail.new.title')}</Heading1>
      <Paragraph>{t('caseDetail.new.intro')}</Paragraph>
      <ErrorAlert message={catalogue.error?.message} />
      {catalogue.isPending ? (
        <Paragraph role="status">{t('caseDetail.loading')}</Paragraph>
      ) : catalogue.data && wijken.length === 0 ? (
        <section className="werkbank-empty" aria-labelledby="geen-wijken">
          <Heading2 id="geen-wijken">{t('caseDetail.new.noWijkenTitle')}</Heading2>
          <Paragraph>{t('caseDetail.new.noWijkenBody')}</Paragraph>
        </section>
      ) : catalogue.data ? (
        <Form form={form} className="werkbank-form" onValid={(v) => create.mutate(v)} aria-labelledby="aanmelding-titel"
          heading={
            <Heading2 id="aanmelding-titel" className="werkbank-visually-hidden">
              {t('caseDetail.new.title')}
            </Heading2>
          }
        >
          <SelectField
            form={form}
            name="wijk"
            label={t('caseDetail.new.wijk')}
            required
            options={[{ value: '', label: t('caseDetail.new.chooseWijk') }, ...wijken.map((w) => ({ value: w.name, label: w.name }))]}
          />
          <CheckboxRow
            form={form}
            name="isSignaal"
            label={t('caseDetail.new.isSignaal')}
            description={t('caseDetail.new.isSignaalHelp')}
            onChange={(e: { target: { checked: boolean } }) => {
              // A signaal stays pseudonymous: what was typed as alias or birth year is let go.
              if (!e.target.checked) return;
              form.setValue('alias', '');
              form.setValue('birthYear', '');
              form.clearErrors(['alias', 'birthYear']);
            }}
          />
          {isSignaal ? null : (
            <div className="werkbank-form-row">
              <TextField form={form} name="alias" label={t('caseDetail.new.alias')} description={t('caseDetail.new.aliasHelp')} />
              <TextField
                form={form}
                name="birthYear"
                label={t('caseDetail.new.birthYear')}
                description={t('caseDetail.new.birthYearHelp')}
                inputMode="numeric"
                size={6}
              />
            </div>
          )}
          <CheckboxGroup
            form={form}
            name="sporen"
            label={t('caseDetail.new.sporen')}
            description={t('caseDetail.new.sporenHelp')}
            options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))}
          />
          <div className="werkbank-form-row">
            <TextField form={form} name="aanmelder.name" label={t('caseDetail.new.aanmelderName')} />
            <TextField form={form} name="aanmelder.organisation" label={t('caseDetail.new.aanmelderOrganisation')} />
          </div>
          <TextAreaField form={form} name="aanleiding" label={t('caseDetail.new.aanleiding')} />
          <TextAreaField form={form} name="doel" label={t('caseDetail.new.doel')} description={t('caseDetail.new.doelHelp')} />
          <SelectField
            form={form}
            name="household"
            label={t('caseDetail.new.household')}
            options={[{ value: '', label: t('caseDetail.new.householdUnknown') }, ...HOUSEHOLD_TYPES.map((h) => ({ value: h, label: t(`household.${h}`) }))]}
          />
          <CareCostBandField form={form} name="careCostBand" />
          <ErrorAlert message={create.error?.message} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
              {create.isPending ? t('caseDetail.new.submitting') : t('caseDetail.new.submit')}
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
