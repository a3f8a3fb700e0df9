import { FormField, FormLabel, Heading1, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/enums';
import { useCases } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import '../caseDetail/caseDetail.css';
import { CaseTable } from './CaseTable';

/** The working case list: filter by wijk, status or code/alias; an explicit empty state. */
export function CaseListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const searchId = useId();
  const statusId = useId();
  const query = { search: search.trim() || undefined, status: status || undefined };
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
      <search className="werkbank-filters" aria-label={t('cases.filters')}>
        <FormField>
          <FormLabel htmlFor={searchId}>{t('cases.search')}</FormLabel>
          <Textbox id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={statusId}>{t('cases.status')}</FormLabel>
          <Select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
            <SelectOption value="">{t('cases.all')}</SelectOption>
            {CASE_STATUSES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`status.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
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
