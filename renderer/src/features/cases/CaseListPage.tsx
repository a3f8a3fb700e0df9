import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STATUSES, SPOREN } from '../../../../shared/domain/enums';
import { contract } from '../../../../shared/ipc/contract';
import { useCases, useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, choice, flag, Form, optionalText, SelectField, TextField, useFilters } from '../../components/form';
import '../caseDetail/caseDetail.css';
import { CaseTable } from './CaseTable';
import { SetupChecklist } from './SetupChecklist';

const listInput = contract['cases:list'].input;
/** The filters are the list's own query: a blank search, "Alle" and an unticked box are left out of it. */
const filterSchema = listInput.extend({
  search: optionalText(listInput.shape.search),
  status: choice(listInput.shape.status),
  wijk: choice(listInput.shape.wijk),
  spoor: choice(listInput.shape.spoor),
  casusregisseur: choice(listInput.shape.casusregisseur),
  followUpDue: flag(listInput.shape.followUpDue),
});
const NO_FILTERS = { search: '', status: '', wijk: '', spoor: '', casusregisseur: '', followUpDue: false };

/** The working case list: filter by code/alias, status, wijk, spoor, casusregisseur and due follow-up; an explicit empty state. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { form, query, setQuery } = useFilters(filterSchema, NO_FILTERS);
  const cases = useCases(query);
  // The choices come from what there is: the catalogue's wijken, and the regisseurs of all cases.
  const catalogue = useCatalogue();
  const everyCase = useCases({});
  const regisseurs = [...new Set((everyCase.data?.items ?? []).flatMap((c) => (c.casusregisseur ? [c.casusregisseur] : [])))].sort((a, b) => a.localeCompare(b, 'nl'));
  const all = { value: '', label: t('cases.all') };
  const filtered = Object.values(query).some((v) => v !== undefined);
  return (
    <>
      <div className="werkbank-page-head">
        <Heading1>{t('cases.title')}</Heading1>
        <Link to="/casussen/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t('caseDetail.new.title')}
        </Link>
      </div>
      <Paragraph>{t('cases.intro')}</Paragraph>
      <SetupChecklist />
      <search aria-label={t('cases.filters')}>
        {/* The list follows every change; Enter in the search box applies it too. */}
        <Form form={form} className="werkbank-filters" onValid={setQuery}>
          <TextField form={form} name="search" label={t('cases.search')} type="search" maxLength={listInput.shape.search.unwrap().maxLength ?? undefined} />
          <SelectField
            form={form}
            name="status"
            label={t('cases.status')}
            options={[all, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          />
          <SelectField form={form} name="wijk" label={t('cases.wijk')} options={[all, ...(catalogue.data?.wijken ?? []).map((w) => ({ value: w.name, label: w.name }))]} />
          <SelectField form={form} name="spoor" label={t('cases.spoor')} options={[all, ...SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))]} />
          <SelectField form={form} name="casusregisseur" label={t('cases.regisseur')} options={[all, ...regisseurs.map((r) => ({ value: r, label: r }))]} />
          <CheckboxRow form={form} name="followUpDue" label={t('cases.followUpDue')} />
        </Form>
      </search>
      <ErrorAlert message={cases.error?.message} />
      {cases.data && cases.data.items.length === 0 && !filtered ? (
        <section className="werkbank-empty" aria-labelledby="leeg-titel">
          <h2 id="leeg-titel">{t('cases.emptyTitle')}</h2>
          <Paragraph>{t('cases.emptyBody')}</Paragraph>
        </section>
      ) : cases.data && cases.data.items.length === 0 ? (
        <Paragraph role="status">{t('cases.noMatch')}</Paragraph>
      ) : cases.data ? (
        <>
          <Paragraph role="status">{t('cases.count', { count: cases.data.items.length })}</Paragraph>
          <CaseTable items={cases.data.items} />
        </>
      ) : null}
    </>
  );
}
