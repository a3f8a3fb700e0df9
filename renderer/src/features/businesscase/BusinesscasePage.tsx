import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { useCatalogue, useTafels } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPanel } from '../exports/ExportPanel';
import { CheckboxRow, choice, flag, Form, SelectField, useFilters } from '../../components/form';
import { Breakdowns, Counts } from './Breakdowns';
import { CaseFiguresTable } from './CaseFiguresTable';
import { HeadlineFigures } from './HeadlineFigures';
import { MaatschappelijkTable } from './MaatschappelijkTable';
import { MonitoringTables } from './MonitoringTables';
import { goToSection, Section } from './parts';
import { RegisterTables } from './RegisterTables';
import './businesscase.css';

/** The pilots started in 2024; the list runs to the current year (a future year has no cases). */
const FIRST_YEAR = 2024;

function yearOptions(current: number): number[] {
  const last = Math.max(current, FIRST_YEAR);
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

const bcInput = contract['businesscase:get'].input;
/** The filters are the businesscase's own query: "Alle" and an unticked switch are left out of it. */
const filterSchema = bcInput.extend({
  year: z.string().transform(Number).pipe(bcInput.shape.year),
  wijk: choice(bcInput.shape.wijk),
  spoor: choice(bcInput.shape.spoor),
  tafel: choice(bcInput.shape.tafel),
  onlyVastgesteld: flag(bcInput.shape.onlyVastgesteld),
});
/** Which years the weekbedrag register shows; not a filter of the figures above it. */
const scopeSchema = z.strictObject({ scope: z.enum(['all', 'year']) });

const SECTIONS = ['kerncijfers', 'uitsplitsing', 'aantallen', 'casussen', 'maatschappelijk', 'register', 'monitoring'] as const;

/**
 * §3.2–§3.7 for the chair and the evaluator: the businesscase of a year with its filters, the
 * maatschappelijk rendement apart from it, the weekbedrag register and the monitoring indicators.
 * Every figure is the engine's, formatted by the shared formatters, so it equals the export.
 */
export function BusinesscasePage() {
  const { t } = useTranslation();
  const [currentYear] = useState(() => new Date().getFullYear());
  const filters = useFilters(filterSchema, { year: String(currentYear), wijk: '', spoor: '', tafel: '', onlyVastgesteld: false });
  const scopeFilter = useFilters(scopeSchema, { scope: 'all' });
  const bcQuery = filters.query;
  const { year, wijk, spoor, tafel, onlyVastgesteld } = bcQuery;
  const registerScope = scopeFilter.query.scope;
  const orAll = (options: { value: string; label: string }[]) => [{ value: '', label: t('businesscase.filters.all') }, ...options];

  const catalogue = useCatalogue();
  const tafels = useTafels();

  const bc = useQuery({
    queryKey: queryKeys.businesscase(bcQuery),
    queryFn: () => unwrap(api.businesscaseGet(bcQuery)),
    placeholderData: keepPreviousData,
  });
  const indQuery = { year, wijk };
  const indicators = useQuery({
    queryKey: queryKeys.indicators(indQuery),
    queryFn: () => unwrap(api.indicatorsGet(indQuery)),
    placeholderData: keepPreviousData,
  });
  const regQuery = { year: registerScope === 'year' ? year : undefined, wijk };
  const register = useQuery({
    queryKey: queryKeys.register(regQuery),
    queryFn: () => unwrap(api.registerGet(regQuery)),
    placeholderData: keepPreviousData,
  });

  const data = bc.data;
  const empty = data !== undefined && data.cases.length === 0;
  const scope = onlyVastgesteld === true ? t('businesscase.scopeVastgesteld') : '';
  const where = [wijk ?? '', spoor ? t(`spoor.${spoor}`) : '', tafels.data?.items.find((x) => x.id === tafel)?.name ?? ''].filter(Boolean);

  return (
    <div className="bc-page">
      <Heading1>{t('businesscase.title')}</Heading1>
      <Paragraph className="bc-prose">{t('businesscase.intro')}</Paragraph>

      <search aria-label={t('businesscase.filters.label')}>
        {/* The figures follow every change; Enter applies them too. */}
        <Form form={filters.form} className="werkbank-filters bc-filters" onValid={filters.setQuery}>
          <SelectField
            form={filters.form}
            name="year"
            label={t('businesscase.filters.year')}
            options={yearOptions(currentYear).map((y) => ({ value: String(y), label: String(y) }))}
          />
          <SelectField
            form={filters.form}
            name="wijk"
            label={t('businesscase.filters.wijk')}
            options={orAll((catalogue.data?.wijken ?? []).map((w) => ({ value: w.name, label: w.name })))}
          />
          <SelectField
            form={filters.form}
            name="spoor"
            label={t('businesscase.filters.spoor')}
            options={orAll(SPOREN.map((x) => ({ value: x, label: t(`spoor.${x}`) })))}
          />
          <SelectField
            form={filters.form}
            name="tafel"
            label={t('businesscase.filters.tafel')}
            options={orAll((tafels.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })))}
          />
          <CheckboxRow
            form={filters.form}
            name="onlyVastgesteld"
            className="werkbank-checkbox bc-switch"
            label={t('businesscase.filters.onlyVastgesteld')}
            description={t('businesscase.filters.onlyVastgesteldHint')}
          />
        </Form>
      </search>
      <ErrorAlert message={catalogue.error?.message ?? tafels.error?.message} />
      <ExportPanel queries={{ businesscase: bcQuery, indicators: indQuery, register: regQuery }} tafelName={tafels.data?.items.find((x) => x.id === tafel)?.name} />

      <nav className="bc-toc" aria-label={t('businesscase.toc.label')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#${s}`}
                onClick={(e) => {
                  e.preventDefault();
                  goToSection(s);
                }}
              >
                {t(`businesscase.toc.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <ErrorAlert message={bc.error?.message} />
      {bc.isPending && <Paragraph role="status">{t('businesscase.loading')}</Paragraph>}
      {data && (
        <div aria-busy={bc.isPlaceholderData} className={bc.isPlaceholderData ? 'bc-stale' : undefined}>
          <Paragraph role="status" className="bc-summary">
            {bc.isPlaceholderData
              ? t('businesscase.updating')
              : `${t('businesscase.summary', { count: data.cases.length, year: data.year, scope })}${where.length > 0 ? ` ${where.join(', ')}.` : ''}`}
          </Paragraph>
          {empty && (
            <section className="werkbank-empty bc-empty" aria-labelledby="bc-leeg-titel">
              <h2 id="bc-leeg-titel">{t('businesscase.empty.title', { year: data.year })}</h2>
              <Paragraph>{t('businesscase.empty.body', { year: data.year })}</Paragraph>
            </section>
          )}
          <Section id="kerncijfers" title={t('businesscase.headline.title')}>
            <HeadlineFigures bc={data} />
          </Section>
          <Section id="uitsplitsing" title={t('businesscase.breakdown.title')}>
            <Breakdowns bc={data} />
          </Section>
          <Section id="aantallen" title={t('businesscase.counts.title')}>
            <Counts bc={data} />
          </Section>
          <Section id="casussen" title={t('businesscase.cases.title')}>
            {empty ? <Paragraph>{t('businesscase.cases.none')}</Paragraph> : <CaseFiguresTable bc={data} />}
          </Section>
          <Section id="maatschappelijk" title={t('businesscase.maatschappelijk.title')} className="bc-maatschappelijk">
            <MaatschappelijkTable m={data.maatschappelijk} year={data.year} />
          </Section>
        </div>
      )}

      <Section id="register" title={t('businesscase.register.title')}>
        <Paragraph className="bc-prose">{t('businesscase.register.intro')}</Paragraph>
        <Form form={scopeFilter.form} className="werkbank-filters" onValid={scopeFilter.setQuery}>
          <SelectField
            form={scopeFilter.form}
            name="scope"
            label={t('businesscase.register.scope')}
            options={[
              { value: 'all', label: t('businesscase.register.scopeAll') },
              { value: 'year', label: t('businesscase.register.scopeYear', { year }) },
            ]}
          />
        </Form>
        <ErrorAlert message={register.error?.message} />
        {register.isPending && <Paragraph role="status">{t('businesscase.loading')}</Paragraph>}
        {register.data && (
          <div aria-busy={register.isPlaceholderData} className={register.isPlaceholderData ? 'bc-stale' : undefined}>
            <RegisterTables reg={register.data} />
          </div>
        )}
      </Section>

      <Section id="monitoring" title={t('businesscase.monitoring.title')}>
        <ErrorAlert message={indicators.error?.message} />
        {indicators.isPending && <Paragraph role="status">{t('businesscase.loading')}</Paragraph>}
        {indicators.data && (
          <div aria-busy={indicators.isPlaceholderData} className={indicators.isPlaceholderData ? 'bc-stale' : undefined}>
            <Paragraph className="bc-prose">
              {t('businesscase.monitoring.intro', { from: formatDate(indicators.data.from), to: formatDate(indicators.data.to) })}
            </Paragraph>
            <MonitoringTables ind={indicators.data} />
          </div>
        )}
      </Section>
    </div>
  );
}
