import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HOUSEHOLD_TYPES, SPOREN, type HouseholdType, type Spoor } from '../../../../shared/domain/enums';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCatalogue } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import './caseDetail.css';
import { CheckboxField, SelectField, TextAreaField, TextField } from './fields';

interface Values {
  wijk: string;
  isSignaal: boolean;
  alias: string;
  birthYear: string;
  sporen: Spoor[];
  aanmelderName: string;
  aanmelderOrganisation: string;
  aanleiding: string;
  doel: string;
  household: HouseholdType | '';
}

const EMPTY: Values = {
  wijk: '',
  isSignaal: false,
  alias: '',
  birthYear: '',
  sporen: [],
  aanmelderName: '',
  aanmelderOrganisation: '',
  aanleiding: '',
  doel: '',
  household: '',
};

type Errors = Partial<Record<'wijk' | 'birthYear' | 'sporen', string>>;

/** §2.1 the 3-minute aanmelding: minimal identifying data; a signaal stays pseudonymous. */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const wijkRef = useRef<HTMLSelectElement>(null);
  const birthYearRef = useRef<HTMLInputElement>(null);
  const firstSpoorRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const create = useMutation({
    mutationFn: (v: Values) => {
      const text = (s: string) => s.trim() || undefined;
      const name = text(v.aanmelderName);
      const organisation = text(v.aanmelderOrganisation);
      return unwrap(
        api.casesCreate({
          wijk: v.wijk,
          isSignaal: v.isSignaal || undefined,
          alias: v.isSignaal ? undefined : text(v.alias),
          birthYear: v.isSignaal || v.birthYear.trim() === '' ? undefined : Number(v.birthYear.trim()),
          sporen: v.sporen,
          aanmelder: name || organisation ? { name, organisation } : undefined,
          aanleiding: text(v.aanleiding),
          doel: text(v.doel),
          household: v.household || undefined,
        }),
      );
    },
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.case.detail(detail.case.code), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.cases.all });
      await navigate(`/casussen/${detail.case.code}`);
    },
  });

  function validate(v: Values): Errors {
    const found: Errors = {};
    if (v.wijk === '') found.wijk = t('caseDetail.new.errors.wijk');
    const year = v.birthYear.trim();
    if (!v.isSignaal && year !== '') {
      const n = Number(year);
      if (!/^\d{4}$/.test(year) || n < 1900 || n > new Date().getFullYear()) found.birthYear = t('caseDetail.new.errors.birthYear');
    }
    if (!v.isSignaal && v.sporen.length === 0) found.sporen = t('caseDetail.new.errors.sporen');
    return found;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (found.wijk) wijkRef.current?.focus();
    else if (found.birthYear) birthYearRef.current?.focus();
    else if (found.sporen) firstSpoorRef.current?.focus();
    else create.mutate(values);
  }

  const toggleSpoor = (s: Spoor, on: boolean) =>
    set('sporen', on ? SPOREN.filter((x) => x === s || values.sporen.includes(x)) : values.sporen.filter((x) => x !== s));
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
        <form className="werkbank-form" noValidate onSubmit={submit} aria-labelledby="aanmelding-titel">
          <Heading2 id="aanmelding-titel" className="werkbank-visually-hidden">
            {t('caseDetail.new.title')}
          </Heading2>
          <SelectField
            label={t('caseDetail.new.wijk')}
            required
            value={values.wijk}
            onChange={(v) => set('wijk', v)}
            error={errors.wijk}
            inputRef={wijkRef}
            options={[{ value: '', label: t('caseDetail.new.chooseWijk') }, ...wijken.map((w) => ({ value: w.name, label: w.name }))]}
          />
          <CheckboxField
            label={t('caseDetail.new.isSignaal')}
            description={t('caseDetail.new.isSignaalHelp')}
            checked={values.isSignaal}
            onChange={(on) => set('isSignaal', on)}
          />
          {values.isSignaal ? null : (
            <div className="werkbank-form-row">
              <TextField label={t('caseDetail.new.alias')} description={t('caseDetail.new.aliasHelp')} value={values.alias} onChange={(v) => set('alias', v)} />
              <TextField
                label={t('caseDetail.new.birthYear')}
                description={t('caseDetail.new.birthYearHelp')}
                inputMode="numeric"
                size={6}
                value={values.birthYear}
                onChange={(v) => set('birthYear', v)}
                error={errors.birthYear}
                inputRef={birthYearRef}
              />
            </div>
          )}
          <Fieldset invalid={Boolean(errors.sporen)} aria-describedby={errors.sporen ? 'sporen-fout sporen-uitleg' : 'sporen-uitleg'}>
            <FieldsetLegend>{t('caseDetail.new.sporen')}</FieldsetLegend>
            <FormFieldDescription id="sporen-uitleg">{t('caseDetail.new.sporenHelp')}</FormFieldDescription>
            {errors.sporen ? <FormFieldErrorMessage id="sporen-fout">{errors.sporen}</FormFieldErrorMessage> : null}
            <div className="werkbank-checkbox-list">
              {SPOREN.map((s, i) => (
                <CheckboxField
                  key={s}
                  label={t(`spoor.${s}`)}
                  checked={values.sporen.includes(s)}
                  onChange={(on) => toggleSpoor(s, on)}
                  inputRef={i === 0 ? firstSpoorRef : undefined}
                />
              ))}
            </div>
          </Fieldset>
          <div className="werkbank-form-row">
            <TextField label={t('caseDetail.new.aanmelderName')} value={values.aanmelderName} onChange={(v) => set('aanmelderName', v)} />
            <TextField
              label={t('caseDetail.new.aanmelderOrganisation')}
              value={values.aanmelderOrganisation}
              onChange={(v) => set('aanmelderOrganisation', v)}
            />
          </div>
          <TextAreaField label={t('caseDetail.new.aanleiding')} value={values.aanleiding} onChange={(v) => set('aanleiding', v)} />
          <TextAreaField
            label={t('caseDetail.new.doel')}
            description={t('caseDetail.new.doelHelp')}
            value={values.doel}
            onChange={(v) => set('doel', v)}
          />
          <SelectField
            label={t('caseDetail.new.household')}
            value={values.household}
            onChange={(v) => set('household', v as HouseholdType | '')}
            options={[{ value: '', label: t('caseDetail.new.householdUnknown') }, ...HOUSEHOLD_TYPES.map((h) => ({ value: h, label: t(`household.${h}`) }))]}
          />
          <ErrorAlert message={create.error?.message} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
              {create.isPending ? t('caseDetail.new.submitting') : t('caseDetail.new.submit')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
