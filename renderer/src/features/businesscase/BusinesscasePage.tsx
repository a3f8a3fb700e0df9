import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormField, FormFieldCheckbox, FormLabel, Heading1, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPOREN, type Spoor } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { api, unwrap } from '../../api';
import { useCatalogue, useTafels } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
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

const SECTIONS = ['kerncijfers', 'uitsplitsing', 'aantallen', 'casussen', 'maatschappelijk', 'register', 'monitoring'] as const;

/**
 * §3.2–§3.7 for the chair and the evaluator: the businesscase of a year with its filters, the
 * maatschappelijk rendement apart from it, the weekbedrag register and the monitoring indicators.
 * Every figure is the engine's, formatted by the shared formatters, so it equals the export.
 */
export function BusinesscasePage() {
  const { t } = useTranslation();
  const [currentYear] = useState(() => new Date().getFullYear());
  const [year, setYear] = useState(currentYear);
  const [wijk, setWijk] = useState('');
  const [spoor, setSpoor] = useState<Spoor | ''>('');
  const [tafel, setTafel] = useState('');
  const [onlyVastgesteld, setOnlyVastgesteld] = useState(false);
  const [registerScope, setRegisterScope] = useState<'all' | 'year'>('all');
  const ids = { year: useId(), wijk: useId(), spoor: useId(), tafel: useId(), scope: useId() };

  const catalogue = useCatalogue();
  const tafels = useTafels();

  const bcQuery = {
    year,
    wijk: wijk || undefined,
    spoor: spoor || undefined,
    tafel: tafel || undefined,
    onlyVastgesteld: onlyVastgesteld || undefined,
  };
  const bc = useQuery({
    queryKey: queryKeys.businesscase(bcQuery),
    queryFn: () => unwrap(api.businesscaseGet(bcQuery)),
    placeholderData: keepPreviousData,
  });
  const indQuery = { year, wijk: wijk || undefined };
  const indicators = useQuery({
    queryKey: queryKeys.indicators(indQuery),
    queryFn: () => unwrap(api.indicatorsGet(indQuery)),
    placeholderData: keepPreviousData,
  });
  const regQuery = { year: registerScope === 'year' ? year : undefined, wijk: wijk || undefined };
  const register = useQuery({
    queryKey: queryKeys.register(regQuery),
    queryFn: () => unwrap(api.registerGet(regQuery)),
    placeholderData: keepPreviousData,
  });

  const data = bc.data;
  const empty = data !== undefined && data.cases.length === 0;
  const scope = onlyVastgesteld ? t('businesscase.scopeVastgesteld') : '';
  const where = [wijk, spoor ? t(`spoor.${spoor}`) : '', tafels.data?.items.find((x) => x.id === tafel)?.name ?? ''].filter(Boolean);

  return (
    <div className="bc-page">
      <Heading1>{t('businesscase.title')}</Heading1>
      <Paragraph className="bc-prose">{t('businesscase.intro')}</Paragraph>

      <search className="werkbank-filters bc-filters" aria-label={t('businesscase.filters.label')}>
        <FormField>
          <FormLabel htmlFor={ids.year}>{t('businesscase.filters.year')}</FormLabel>
          <Select id={ids.year} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
            {yearOptions(currentYear).map((y) => (
              <SelectOption key={y} value={String(y)}>
                {String(y)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={ids.wijk}>{t('businesscase.filters.wijk')}</FormLabel>
          <Select id={ids.wijk} value={wijk} onChange={(e) => setWijk(e.target.value)}>
            <SelectOption value="">{t('businesscase.filters.all')}</SelectOption>
            {(catalogue.data?.wijken ?? []).map((w) => (
              <SelectOption key={w.id} value={w.name}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={ids.spoor}>{t('businesscase.filters.spoor')}</FormLabel>
          <Select id={ids.spoor} value={spoor} onChange={(e) => setSpoor(e.target.value as Spoor | '')}>
            <SelectOption value="">{t('businesscase.filters.all')}</SelectOption>
            {SPOREN.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`spoor.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={ids.tafel}>{t('businesscase.filters.tafel')}</FormLabel>
          <Select id={ids.tafel} value={tafel} onChange={(e) => setTafel(e.target.value)}>
            <SelectOption value="">{t('businesscase.filters.all')}</SelectOption>
            {(tafels.data?.items ?? []).map((x) => (
              <SelectOption key={x.id} value={x.id}>
                {x.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormFieldCheckbox
          className="bc-switch"
          label={t('businesscase.filters.onlyVastgesteld')}
          description={t('businesscase.filters.onlyVastgesteldHint')}
          checked={onlyVastgesteld}
          onChange={(e) => setOnlyVastgesteld(e.target.checked)}
        />
      </search>
      <ErrorAlert message={catalogue.error?.message ?? tafels.error?.message} />

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
        <div className="werkbank-filters">
          <FormField>
            <FormLabel htmlFor={ids.scope}>{t('businesscase.register.scope')}</FormLabel>
            <Select id={ids.scope} value={registerScope} onChange={(e) => setRegisterScope(e.target.value === 'year' ? 'year' : 'all')}>
              <SelectOption value="all">{t('businesscase.register.scopeAll')}</SelectOption>
              <SelectOption value="year">{t('businesscase.register.scopeYear', { year })}</SelectOption>
            </Select>
          </FormField>
        </div>
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
