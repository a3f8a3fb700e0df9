import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { Num, NumHead } from './parts';

type Totals = Pick<
  BusinesscaseReport,
  'referenceCents' | 'actualCents' | 'vermedenKosten' | 'vermedenGecorrigeerd' | 'vermedenZeker' | 'investering' | 'nettoRendement' | 'rendementPerEuro'
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

const CARD_FIGURES = ['vermedenGecorrigeerd', 'investering', 'nettoRendement', 'rendementPerEuro'] as const;

function show(totals: Totals, figure: (typeof CARD_FIGURES)[number] | (typeof AMOUNT_FIGURES)[number]): string {
  return figure === 'rendementPerEuro' ? formatRatio(totals.rendementPerEuro) : formatEuro(totals[figure]);
}

/**
 * §3.3 the totals of every §3.2 figure, for all calculations and for the vastgesteld ones only;
 * §3.4 gemeente next to totaal; and the booked effect of measure 19 next to what was realised.
 */
export function HeadlineFigures({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.year;
  // With the switch on, the top level IS the vastgesteld set: one column, named for what it holds.
  const filtered = bc.filters.onlyVastgesteld;
  const mainLabel = filtered ? t('businesscase.headline.colFiltered') : t('businesscase.headline.colAll');
  return (
    <>
      <dl className="bc-cards" aria-label={t('businesscase.headline.cardsLabel')}>
        {CARD_FIGURES.map((f) => (
          <div key={f} className="bc-card">
            <dt>{t(`businesscase.figure.${f}`)}</dt>
            <dd className="bc-card-value">{show(bc, f)}</dd>
            {!filtered && (
              <dd className="bc-card-sub">{t('businesscase.headline.vastgesteldLine', { value: show(bc.vastgesteld, f) })}</dd>
            )}
          </div>
        ))}
      </dl>

      <Table className="bc-table bc-table--narrow" data-testid="kerncijfers">
        <TableCaption className="bc-caption">{t('businesscase.headline.caption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.headline.colFigure')}</TableHeaderCell>
            <NumHead>{mainLabel}</NumHead>
            {!filtered && <NumHead>{t('businesscase.headline.colVastgesteld')}</NumHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...AMOUNT_FIGURES, 'rendementPerEuro' as const].map((f) => (
            <TableRow key={f} data-figure={f}>
              <TableHeaderCell scope="row">{t(`businesscase.figure.${f}`)}</TableHeaderCell>
              <Num strong={f === 'nettoRendement'}>{show(bc, f)}</Num>
              {!filtered && <Num strong={f === 'nettoRendement'}>{show(bc.vastgesteld, f)}</Num>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Paragraph className="bc-note">
        {t('businesscase.headline.ratioNote')}
      </Paragraph>

      <Heading3>{t('businesscase.payers.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.payers.intro')}</Paragraph>
      <Table className="bc-table bc-table--narrow" data-testid="gemeente-totaal">
        <TableCaption className="bc-caption">{t('businesscase.payers.caption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.payers.colFigure')}</TableHeaderCell>
            <NumHead>{t('businesscase.payers.gemeente')}</NumHead>
            <NumHead>{t('businesscase.payers.totaal')}</NumHead>
            {!filtered && <NumHead>{t('businesscase.payers.gemeenteVastgesteld')}</NumHead>}
            {!filtered && <NumHead>{t('businesscase.payers.totaalVastgesteld')}</NumHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {(['vermedenKosten', 'investering'] as const).map((f) => (
            <TableRow key={f} data-figure={f}>
              <TableHeaderCell scope="row">{t(`businesscase.figure.${f}`)}</TableHeaderCell>
              <Num>{formatEuro(bc.gemeente[f])}</Num>
              <Num>{formatEuro(bc.totaal[f])}</Num>
              {!filtered && <Num>{formatEuro(bc.vastgesteld.gemeente[f])}</Num>}
              {!filtered && <Num>{formatEuro(bc.vastgesteld.totaal[f])}</Num>}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading3>{t('businesscase.booked.title')}</Heading3>
      <Table className="bc-table bc-table--narrow" data-testid="geboekt-effect">
        <TableCaption className="bc-caption">{t('businesscase.booked.caption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.booked.colFigure')}</TableHeaderCell>
            <NumHead>{t('businesscase.booked.colAmount')}</NumHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow data-figure="bookedEffect">
            <TableHeaderCell scope="row">{t('businesscase.booked.booked', { year })}</TableHeaderCell>
            <Num strong>{bc.bookedEffect === null ? t('businesscase.none') : formatEuro(bc.bookedEffect)}</Num>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">{t('businesscase.booked.realisedGecorrigeerd')}</TableHeaderCell>
            <Num>{formatEuro(bc.vermedenGecorrigeerd)}</Num>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">{t('businesscase.booked.realisedNetto')}</TableHeaderCell>
            <Num>{formatEuro(bc.nettoRendement)}</Num>
          </TableRow>
        </TableBody>
      </Table>
      {bc.bookedEffect === null && <Paragraph className="bc-note">{t('businesscase.booked.notConfigured', { year })}</Paragraph>}
    </>
  );
}
