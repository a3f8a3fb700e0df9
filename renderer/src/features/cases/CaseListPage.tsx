import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STATUSES } from '../../../../shared/domain/enums';
import { contract } from '../../../../shared/ipc/contract';
import { useCases } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, optionalText, SelectField, TextField, useFilters } from '../../components/form';
import '../caseDetail/caseDetail.css';
import { CaseTable } from './CaseTable';
import { SetupChecklist } from './SetupChecklist';

const listInput = contract['cases:list'].input;
/** The filters are the list's own query: blank search and "Alle" status are left out of it. */
const filterSchema = listInput
  .pick({ search: true, status: true })
  .extend({ search: optionalText(listInput.shape.search), status: choice(listInput.shape.status) });

/** The working case list: filter by wijk, status or code/alias; an explicit empty state. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { form, query, setQuery } = useFilters(filterSchema, { search: '', status: '' });
  const cases = useCases(query);
  const filtered = Boolean(query.search || query.status);
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
            options={[{ value: '', label: t('cases.all') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          />
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
