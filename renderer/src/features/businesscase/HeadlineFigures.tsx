import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { DataTable } from '../../components/DataTable';

type Totals = Pick<
  BusinesscaseReport,
  | 'referenceCents'
  | 'actualCents'
  | 'vermedenKosten'
  | 'vermedenGecorrigeerd'
  | 'vermedenZeker'
  | 'investering'
  | 'nettoRendement'
  | 'rendementPerEuro'
  | 'begrensdDoorBeleid'
>;

const AMOUNT_FIGURES = [
  'referenceCents',
  'actualCents',
  'vermedenKosten',
  'vermedenGecorrigeerd',
  'vermedenZeker',
  'investering',
  'nettoRendement',
] as const;
/** Issue #14 item 4: beside the saving, after the §3.2 figures as in every export. */
const TABLE_FIGURES = [...AMOUNT_FIGURES, 'rendementPerEuro', 'begrensdDoorBeleid'] as const;

const CARD_FIGURES = ['vermedenGecorrigeerd', 'investering', 'nettoRendement', 'rendementPerEuro'] as const;

function show(totals: Totals, figure: (typeof CARD_FIGURES)[number] | (typeof TABLE_FIGURES)[number]): string {
  return figure === 'rendementPerEuro' ? formatRatio(totals.rendementPerEuro) : formatEuro(totals[figure]);
}

type CardTotals = Pick<Totals, (typeof CARD_FIGURES)[number]>;
const showCard = (totals: CardTotals, f: (typeof CARD_FIGURES)[number]) => (f === 'rendementPerEuro' ? formatRatio(totals.rendementPerEuro) : formatEuro(totals[f]));

/**
 * The four figures a chair reads first, big, above the tabs: in the kalenderjaar view (§3.8) the
 * period's share of every case, with the cohort figure under it; else the cohort with vastgesteld.
 */
export function HeadlineCards({ bc, kalenderjaar }: { bc: BusinesscaseReport; kalenderjaar: BusinesscaseReport['kalenderjaar'] }) {
  const { t } = useTranslation();
  const filtered = bc.filters.onlyVastgesteld;
  return (
    <dl className="bc-cards" aria-label={t('businesscase.headline.cardsLabel')} data-view={kalenderjaar === null ? 'cohort' : 'kalenderjaar'}>
      {CARD_FIGURES.map((f) => (
        <div key={f} className="bc-card" data-figure={f}>
          <dt>{t(`businesscase.figure.${f}`)}</dt>
          <dd className="bc-card-value">{kalenderjaar === null ? show(bc, f) : showCard(kalenderjaar, f)}</dd>
          {kalenderjaar !== null && <dd className="bc-card-sub">{t('businesscase.view.cohortLine', { value: show(bc, f) })}</dd>}
          {kalenderjaar === null && !filtered && <dd className="bc-card-sub">{t('businesscase.headline.vastgesteldLine', { value: show(bc.vastgesteld, f) })}</dd>}
        </div>
      ))}
    </dl>
  );
}

/**
 * §3.3 the totals of every §3.2 figure, for all calculations and for the vastgesteld ones only;
 * §3.4 gemeente next to totaal; and the booked effect of measure 19 next to what was realised.
 */
export function HeadlineFigures({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.period.label;
  // With the switch on, the top level IS the vastgesteld set: one column, named for what it holds.
  const filtered = bc.filters.onlyVastgesteld;
  const mainLabel = filtered ? t('businesscase.headline.colFiltered') : t('businesscase.headline.colAll');
  return (
    <>
      <DataTable
        caption={t('businesscase.headline.caption', { year })}
        className="bc-table bc-table--narrow"
        data-testid="kerncijfers"
        rows={TABLE_FIGURES}
        rowKey={(f) => f}
        rowProps={(f) => ({ 'data-figure': f })}
        columns={[
          { id: 'figure', header: t('businesscase.headline.colFigure'), rowHeader: true, cell: (f) => t(`businesscase.figure.${f}`) },
          { id: 'all', header: mainLabel, numeric: true, strong: (f) => f === 'nettoRendement', cell: (f) => show(bc, f) },
          !filtered && {
            id: 'vastgesteld',
            header: t('businesscase.headline.colVastgesteld'),
            numeric: true,
            strong: (f) => f === 'nettoRendement',
            cell: (f) => show(bc.vastgesteld, f),
          },
        ]}
      />
      <Paragraph className="bc-note">
        {t('businesscase.headline.ratioNote')}
      </Paragraph>
      <Paragraph className="bc-note">{t('businesscase.begrensdNote')}</Paragraph>

      <Heading3>{t('businesscase.payers.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.payers.intro')}</Paragraph>
      <DataTable
        caption={t('businesscase.payers.caption', { year })}
        className="bc-table bc-table--narrow"
        data-testid="gemeente-totaal"
        rows={['vermedenKosten', 'investering'] as const}
        rowKey={(f) => f}
        rowProps={(f) => ({ 'data-figure': f })}
        columns={[
          { id: 'figure', header: t('businesscase.payers.colFigure'), rowHeader: true, cell: (f) => t(`businesscase.figure.${f}`) },
          { id: 'gemeente', header: t('businesscase.payers.gemeente'), numeric: true, cell: (f) => formatEuro(bc.gemeente[f]) },
          { id: 'totaal', header: t('businesscase.payers.totaal'), numeric: true, cell: (f) => formatEuro(bc.totaal[f]) },
          !filtered && {
            id: 'gemeenteVastgesteld',
            header: t('businesscase.payers.gemeenteVastgesteld'),
            numeric: true,
            cell: (f) => formatEuro(bc.vastgesteld.gemeente[f]),
          },
          !filtered && {
            id: 'totaalVastgesteld',
            header: t('businesscase.payers.totaalVastgesteld'),
            numeric: true,
            cell: (f) => formatEuro(bc.vastgesteld.totaal[f]),
          },
        ]}
      />

      <Measure19Table bc={bc} />
    </>
  );
}

/**
 * §3.8 measure 19's booked effect against what the gemeente saved, in the kalenderjaar view (the
 * budget books per calendar year), with the cohort figure beside it: the figures of the export's
 * `measure19`. A tertiaal or quarter has no booked effect of its own; the note says so.
 */
function Measure19Table({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const m = bc.measure19;
  const year = String(m?.year ?? bc.period.label);
  const rows =
    m === null
      ? [{ key: 'bookedEffect', label: t('businesscase.booked.booked', { year }), value: t('businesscase.none') }]
      : [
          { key: 'bookedEffect', label: t('businesscase.measure19.booked', { year }), value: formatEuro(m.bookedEffect) },
          { key: 'gemeenteKalenderjaar', label: t('businesscase.measure19.gemeenteKalenderjaar'), value: formatEuro(m.kalenderjaar.vermedenKosten) },
          { key: 'gemeenteKalenderjaarInvestering', label: t('businesscase.measure19.gemeenteKalenderjaarInvestering'), value: formatEuro(m.kalenderjaar.investering) },
          { key: 'gemeenteCohort', label: t('businesscase.measure19.gemeenteCohort'), value: formatEuro(m.cohort.vermedenKosten) },
          { key: 'gemeenteCohortInvestering', label: t('businesscase.measure19.gemeenteCohortInvestering'), value: formatEuro(m.cohort.investering) },
          { key: 'difference', label: t('businesscase.measure19.difference'), value: formatEuro(m.difference) },
        ];
  return (
    <>
      <Heading3>{t('businesscase.measure19.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.measure19.intro')}</Paragraph>
      <DataTable
        caption={t('businesscase.measure19.caption', { year })}
        className="bc-table bc-table--narrow"
        data-testid="geboekt-effect"
        rows={rows}
        rowKey={(r) => r.key}
        rowProps={(r) => ({ 'data-figure': r.key })}
        columns={[
          { id: 'figure', header: t('businesscase.measure19.colFigure'), rowHeader: true, cell: (r) => r.label },
          { id: 'amount', header: t('businesscase.measure19.colAmount'), numeric: true, strong: (r) => r.key === 'gemeenteKalenderjaar', cell: (r) => r.value },
        ]}
      />
      {m === null && (
        <Paragraph className="bc-note">{bc.period.kind === 'year' ? t('businesscase.measure19.notConfigured', { year }) : t('businesscase.measure19.notYear')}</Paragraph>
      )}
    </>
  );
}
