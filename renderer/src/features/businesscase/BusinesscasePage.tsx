import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { contract } from '../../../../shared/ipc/contract';
import type { ScreenExport } from '../../../../shared/ipc/exportFormats';
import { api, unwrap } from '../../api';
import { useCatalogue, useTafels } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPanel } from '../exports/ExportPanel';
import { CheckboxRow, choice, flag, Form, RadioGroup, SelectField, useFilters } from '../../components/form';
import { BUSINESSCASE_VIEWS } from '../../../../shared/domain/enums';
import { PeriodFields } from './PeriodFields';
import { periodDefaults, periodFields, periodFromFields } from './periodFilter';
import { KalenderjaarFigures } from './KalenderjaarFigures';
import { Breakdowns, Counts } from './Breakdowns';
import { Charts, DrillNotice, type ChartActions } from './Charts';
import { CaseFiguresTable } from './CaseFiguresTable';
import { casesBehind, type Drill } from './drillDown';
import { HeadlineCards, HeadlineFigures } from './HeadlineFigures';
import { MaatschappelijkTable } from './MaatschappelijkTable';
import { MonitoringTables } from './MonitoringTables';
import { goToSection, Section } from './parts';
import { RegisterTables } from './RegisterTables';
import { Tabs } from './Tabs';
import './businesscase.css';

/** The pilots started in 2024; the list runs to the current year (or a later year that has cases). */
const FIRST_YEAR = 2024;

function yearOptions(current: number, latest: number | null): number[] {
  const last = Math.max(current, FIRST_YEAR, latest ?? FIRST_YEAR);
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

const bcInput = contract['businesscase:get'].input;
/**
 * The filters are the businesscase's own query: "Alle" and an unticked switch are left out of it.
 * §3.3 the period fields become `period` (its text form) and `year` (the year it starts in, for the
 * views that follow a year); §3.8 the view is sent as chosen.
 */
const filterSchema = z
  .strictObject({
    ...periodFields,
    view: z.enum(BUSINESSCASE_VIEWS),
    wijk: choice(bcInput.shape.wijk),
    spoor: choice(bcInput.shape.spoor),
    tafel: choice(bcInput.shape.tafel),
    onlyVastgesteld: flag(bcInput.shape.onlyVastgesteld),
  })
  .transform(({ periodKind: _k, year: _y, tertiaal: _t, quarter: _q, from: _f, to: _to, ...rest }, ctx) => {
    const p = periodFromFields({ periodKind: _k, year: _y, tertiaal: _t, quarter: _q, from: _f, to: _to }, ctx);
    return p === null ? z.NEVER : { ...p, ...rest };
  });
/** Which years the weekbedrag register shows; not a filter of the figures above it. */
const scopeSchema = z.strictObject({ scope: z.enum(['all', 'year']) });

const SECTIONS = ['grafieken', 'kerncijfers', 'uitsplitsing', 'aantallen', 'casussen', 'maatschappelijk', 'register', 'monitoring'] as const;
type SectionId = (typeof SECTIONS)[number];

/** The export each tab shows: the register and the monitoring are views of their own; the rest is the businesscase. */
function viewOf(tab: SectionId): ScreenExport {
  if (tab === 'register') return 'register';
  if (tab === 'monitoring') return 'indicators';
  return 'businesscase';
}

/**
 * The screen opens on the most recent year that has cases (an empty current year tells a chair
 * nothing); the server says which years have cases (businesscase:years), the client never guesses.
 * Until it has answered there is no year to show.
 */
export function BusinesscasePage() {
  const { t } = useTranslation();
  const years = useQuery({ queryKey: queryKeys.businesscaseYears({}), queryFn: () => unwrap(api.businesscaseYears({})) });
  if (years.isPending) {
    return (
      <div className="bc-page">
        <Heading1>{t('businesscase.title')}</Heading1>
        <Paragraph role="status">{t('businesscase.loading')}</Paragraph>
      </div>
    );
  }
  const withCases = (years.data?.years ?? []).filter((y) => y.cases > 0).map((y) => y.year);
  return <BusinesscaseScreen latest={years.data?.latestYearWithCases ?? null} yearsWithCases={withCases} yearsError={years.error?.message} />;
}

/**
 * §3.2–§3.7 for the chair and the evaluator: the headline figures of a year with its filters, then
 * tabs: the charts (with drill-down to the cases behind a bar), the tables, the maatschappelijk
 * rendement apart from them, the weekbedrag register and the monitoring indicators. Every figure
 * is the engine's, formatted by the shared formatters, so it equals the export.
 */
function BusinesscaseScreen({ latest, yearsWithCases, yearsError }: { latest: number | null; yearsWithCases: readonly number[]; yearsError: string | undefined }) {
  const { t } = useTranslation();
  const [currentYear] = useState(() => new Date().getFullYear());
  const filters = useFilters(filterSchema, { ...periodDefaults(latest ?? currentYear), view: 'cohort', wijk: '', spoor: '', tafel: '', onlyVastgesteld: false });
  const [tab, setTab] = useState<SectionId>('grafieken');
  const [drill, setDrill] = useState<Drill | null>(null);
  // After a drill-down the per-casus heading takes focus once the panel is on screen.
  const focusTo = useRef<SectionId | null>(null);
  useEffect(() => {
    if (focusTo.current === null) return;
    goToSection(focusTo.current);
    focusTo.current = null;
  });
  const scopeFilter = useFilters(scopeSchema, { scope: 'all' });
  const bcQuery = filters.query;
  const { year, period, wijk, spoor, tafel, onlyVastgesteld } = bcQuery;
  const registerScope = scopeFilter.query.scope;
  const orAll = (options: { value: string; label: string }[]) => [{ value: '', label: t('businesscase.filters.all') }, ...options];

  const catalogue = useCatalogue();
  const tafels = useTafels();

  const bc = useQuery({
    queryKey: queryKeys.businesscase(bcQuery),
    queryFn: () => unwrap(api.businesscaseGet(bcQuery)),
    placeholderData: keepPreviousData,
  });
  const indQuery = { year, period, wijk };
  const indicators = useQuery({
    queryKey: queryKeys.indicators(indQuery),
    queryFn: () => unwrap(api.indicatorsGet(indQuery)),
    placeholderData: keepPreviousData,
  });
  const regQuery = registerScope === 'year' ? { year, period, wijk } : { wijk };
  const register = useQuery({
    queryKey: queryKeys.register(regQuery),
    queryFn: () => unwrap(api.registerGet(regQuery)),
    placeholderData: keepPreviousData,
  });
  // The chart over the years: the screen's filters without the year.
  const yearsQuery = { wijk, spoor, tafel, onlyVastgesteld };
  const trend = useQuery({
    queryKey: queryKeys.businesscaseYears(yearsQuery),
    queryFn: () => unwrap(api.businesscaseYears(yearsQuery)),
    placeholderData: keepPreviousData,
  });

  const openCases = (next: Drill | null) => {
    setDrill(next);
    setTab('casussen');
    focusTo.current = 'casussen';
  };
  const actions: ChartActions = {
    drill: openCases,
    openYear: (y, w) => {
      filters.form.setValue('periodKind', 'year');
      filters.form.setValue('year', String(y));
      if (w !== undefined) filters.form.setValue('wijk', w);
      filters.setQuery(filterSchema.parse(filters.form.getValues()));
      openCases(null);
    },
  };

  const data = bc.data;
  const empty = data !== undefined && data.cases.length === 0;
  const periodLabel = data?.period.label ?? String(year);
  const kj = data?.view === 'kalenderjaar' ? data.kalenderjaar : null;
  const scope = onlyVastgesteld === true ? t('businesscase.scopeVastgesteld') : '';
  const where = [wijk ?? '', spoor ? t(`spoor.${spoor}`) : '', tafels.data?.items.find((x) => x.id === tafel)?.name ?? ''].filter(Boolean);

  return (
    <div className="bc-page">
      <Heading1>{t('businesscase.title')}</Heading1>
      <Paragraph className="bc-prose">{t('businesscase.intro')}</Paragraph>
      <Paragraph className="bc-prose werkbank-indication-notice">{t('businesscase.noIndicationDecision')}</Paragraph>

      <search aria-label={t('businesscase.filters.label')}>
        {/* The figures follow every change; Enter applies them too. */}
        <Form form={filters.form} className="werkbank-filters bc-filters" onValid={filters.setQuery}>
          <PeriodFields
            form={filters.form}
            years={yearOptions(currentYear, latest).map((y) => ({
              value: String(y),
              label: yearsWithCases.includes(y) ? String(y) : t('businesscase.yearNoCases', { year: y }),
            }))}
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
          <RadioGroup
            form={filters.form}
            name="view"
            className="bc-view"
            label={t('businesscase.view.label')}
            options={BUSINESSCASE_VIEWS.map((v) => ({ value: v, label: t(`businesscase.view.options.${v}`) }))}
          />
        </Form>
      </search>
      <ErrorAlert message={catalogue.error?.message ?? tafels.error?.message} />

      <ErrorAlert message={yearsError} />

      <ErrorAlert message={bc.error?.message} />
      {bc.isPending && <Paragraph role="status">{t('businesscase.loading')}</Paragraph>}
      {data && (
        <div aria-busy={bc.isPlaceholderData} className={bc.isPlaceholderData ? 'bc-stale' : undefined}>
          <div className="bc-summary-row">
            <Paragraph role="status" className="bc-summary">
              {bc.isPlaceholderData
                ? t('businesscase.updating')
                : `${kj !== null ? t('businesscase.summaryKalenderjaar', { count: kj.cases.length, year: periodLabel, scope }) : t('businesscase.summary', { count: data.cases.length, year: periodLabel, scope })}${where.length > 0 ? ` ${where.join(', ')}.` : ''}`}
            </Paragraph>
            {(latest === null || (year === latest && data.period.kind === 'year')) && (
              <Paragraph className="bc-note">{latest === null ? t('businesscase.noYearWithCases') : t('businesscase.latestYear', { year })}</Paragraph>
            )}
            {data.cases.length > 0 && (
              <button type="button" className="bc-drill bc-headline-drill" onClick={() => openCases(null)}>
                {t('businesscase.headlineDrill', { count: data.cases.length })}
              </button>
            )}
          </div>
          {empty && (
            <section className="werkbank-empty bc-empty" aria-labelledby="bc-leeg-titel">
              <h2 id="bc-leeg-titel">{t('businesscase.empty.title', { year: periodLabel })}</h2>
              <Paragraph>{t('businesscase.empty.body', { year: periodLabel })}</Paragraph>
            </section>
          )}
          <HeadlineCards bc={data} kalenderjaar={kj} />
        </div>
      )}
      {/* Under the headline cards (the period choice and the view switch took the room above them), above the tabs. */}
      <ExportPanel
        queries={{ businesscase: bcQuery, indicators: indQuery, register: regQuery }}
        view={viewOf(tab)}
        periodLabel={periodLabel}
        tafelName={tafels.data?.items.find((x) => x.id === tafel)?.name}
      />

      <Tabs
        label={t('businesscase.tabs.label')}
        tabs={SECTIONS.map((id) => ({ id, label: t(`businesscase.tabs.${id}`) }))}
        selected={tab}
        onSelect={(id) => {
          if (id !== tab) setDrill(null);
          setTab(id);
        }}
      >
        {tab === 'register' && (
          <Section id="register" title={t('businesscase.register.title')}>
            <Paragraph className="bc-prose">{t('businesscase.register.intro')}</Paragraph>
            <Form form={scopeFilter.form} className="werkbank-filters" onValid={scopeFilter.setQuery}>
              <SelectField
                form={scopeFilter.form}
                name="scope"
                label={t('businesscase.register.scope')}
                options={[
                  { value: 'all', label: t('businesscase.register.scopeAll') },
                  { value: 'year', label: t('businesscase.register.scopeYear', { year: periodLabel }) },
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
        )}
        {tab === 'monitoring' && (
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
        )}
        {tab !== 'register' && tab !== 'monitoring' && !data && <Paragraph>{t('businesscase.loading')}</Paragraph>}
        {data && (
          <div aria-busy={bc.isPlaceholderData} className={bc.isPlaceholderData ? 'bc-stale' : undefined}>
            {tab === 'grafieken' && (
              <Section id="grafieken" title={t('businesscase.tabs.grafieken')}>
                <ErrorAlert message={trend.error?.message} />
                {kj !== null && <Paragraph className="bc-note">{t('businesscase.view.chartsCohort')}</Paragraph>}
                <Charts bc={data} years={trend.data} actions={actions} />
              </Section>
            )}
            {tab === 'kerncijfers' && (
              <Section id="kerncijfers" title={t('businesscase.headline.title')}>
                {kj !== null && <KalenderjaarFigures kj={kj} periodLabel={periodLabel} />}
                <HeadlineFigures bc={data} />
              </Section>
            )}
            {tab === 'uitsplitsing' && (
              <Section id="uitsplitsing" title={t('businesscase.breakdown.title')}>
                <Breakdowns bc={data} />
              </Section>
            )}
            {tab === 'aantallen' && (
              <Section id="aantallen" title={t('businesscase.counts.title')}>
                <Counts bc={data} />
              </Section>
            )}
            {tab === 'casussen' && (
              <Section id="casussen" title={t('businesscase.cases.title')}>
                {drill && <DrillNotice bc={data} drill={drill} onClear={() => setDrill(null)} />}
                {empty ? <Paragraph>{t('businesscase.cases.none')}</Paragraph> : <CaseFiguresTable bc={data} cases={casesBehind(data.cases, drill)} />}
              </Section>
            )}
            {tab === 'maatschappelijk' && (
              <Section id="maatschappelijk" title={t('businesscase.maatschappelijk.title')} className="bc-maatschappelijk">
                <MaatschappelijkTable m={data.maatschappelijk} year={periodLabel} />
              </Section>
            )}
          </div>
        )}
      </Tabs>
    </div>
  );
}
