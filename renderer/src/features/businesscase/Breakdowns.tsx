import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_TARGETS, BESLUIT_OUTCOMES, GEMEENTE_PAYERS, PAYERS, SPOREN } from '../../../../shared/domain/enums';
import { formatEuro, formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { SpoorChart } from './SpoorChart';
import { formatCount, formatDays, Num, NumHead, ScrollRegion } from './parts';

/** §3.3 breakdowns per spoor (attribution), per payer (§3.4) and per wijk. */
export function Breakdowns({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.year;
  const filtered = bc.filters.onlyVastgesteld;
  const wijken = Object.entries(bc.perWijk);
  return (
    <>
      <Heading3>{t('businesscase.breakdown.spoorTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.breakdown.spoorIntro')}</Paragraph>
      <div className="bc-side-by-side">
        <Table className="bc-table bc-table--narrow" data-testid="per-spoor">
          <TableCaption className="bc-caption">{t('businesscase.breakdown.spoorCaption', { year })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('businesscase.breakdown.colSpoor')}</TableHeaderCell>
              <NumHead>{filtered ? t('businesscase.headline.colFiltered') : t('businesscase.headline.colAll')}</NumHead>
              {!filtered && <NumHead>{t('businesscase.headline.colVastgesteld')}</NumHead>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {SPOREN.map((s) => (
              <TableRow key={s}>
                <TableHeaderCell scope="row">{t(`spoor.${s}`)}</TableHeaderCell>
                <Num>{formatEuro(bc.perSpoor[s])}</Num>
                {!filtered && <Num>{formatEuro(bc.vastgesteld.perSpoor[s])}</Num>}
              </TableRow>
            ))}
            {(bc.nietToegerekend !== 0 || bc.vastgesteld.nietToegerekend !== 0) && (
              <TableRow>
                <TableHeaderCell scope="row">{t('businesscase.breakdown.nietToegerekend')}</TableHeaderCell>
                <Num>{formatEuro(bc.nietToegerekend)}</Num>
                {!filtered && <Num>{formatEuro(bc.vastgesteld.nietToegerekend)}</Num>}
              </TableRow>
            )}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('businesscase.breakdown.total')}</TableHeaderCell>
              <Num strong>{formatEuro(bc.vermedenGecorrigeerd)}</Num>
              {!filtered && <Num strong>{formatEuro(bc.vastgesteld.vermedenGecorrigeerd)}</Num>}
            </TableRow>
          </TableFooter>
        </Table>
        <SpoorChart perSpoor={bc.perSpoor} year={year} />
      </div>

      <Heading3>{t('businesscase.breakdown.payerTitle')}</Heading3>
      <ScrollRegion labelledBy="bc-per-betaler-caption">
        <Table className="bc-table" data-testid="per-betaler">
          <TableCaption id="bc-per-betaler-caption" className="bc-caption">
            {t('businesscase.breakdown.payerCaption', { year })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('businesscase.breakdown.colPayer')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.breakdown.colGemeente')}</TableHeaderCell>
              <NumHead>{t('businesscase.breakdown.colVermeden')}</NumHead>
              <NumHead>{t('businesscase.breakdown.colInvestering')}</NumHead>
              {!filtered && <NumHead>{t('businesscase.breakdown.colVermedenVastgesteld')}</NumHead>}
              {!filtered && <NumHead>{t('businesscase.breakdown.colInvesteringVastgesteld')}</NumHead>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {PAYERS.map((p) => (
              <TableRow key={p}>
                <TableHeaderCell scope="row">{t(`payer.${p}`)}</TableHeaderCell>
                <TableCell>{GEMEENTE_PAYERS.includes(p) ? t('businesscase.breakdown.yes') : t('businesscase.breakdown.no')}</TableCell>
                <Num>{formatEuro(bc.perPayer[p].vermedenKosten)}</Num>
                <Num>{formatEuro(bc.perPayer[p].investering)}</Num>
                {!filtered && <Num>{formatEuro(bc.vastgesteld.perPayer[p].vermedenKosten)}</Num>}
                {!filtered && <Num>{formatEuro(bc.vastgesteld.perPayer[p].investering)}</Num>}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('businesscase.payers.gemeente')}</TableHeaderCell>
              <TableCell />
              <Num strong>{formatEuro(bc.gemeente.vermedenKosten)}</Num>
              <Num strong>{formatEuro(bc.gemeente.investering)}</Num>
              {!filtered && <Num strong>{formatEuro(bc.vastgesteld.gemeente.vermedenKosten)}</Num>}
              {!filtered && <Num strong>{formatEuro(bc.vastgesteld.gemeente.investering)}</Num>}
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">{t('businesscase.payers.totaal')}</TableHeaderCell>
              <TableCell />
              <Num strong>{formatEuro(bc.totaal.vermedenKosten)}</Num>
              <Num strong>{formatEuro(bc.totaal.investering)}</Num>
              {!filtered && <Num strong>{formatEuro(bc.vastgesteld.totaal.vermedenKosten)}</Num>}
              {!filtered && <Num strong>{formatEuro(bc.vastgesteld.totaal.investering)}</Num>}
            </TableRow>
          </TableFooter>
        </Table>
      </ScrollRegion>

      <Heading3>{t('businesscase.breakdown.wijkTitle')}</Heading3>
      {wijken.length === 0 ? (
        <Paragraph>{t('businesscase.breakdown.noWijk')}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="bc-per-wijk-caption">
          <Table className="bc-table" data-testid="per-wijk">
            <TableCaption id="bc-per-wijk-caption" className="bc-caption">
              {t('businesscase.breakdown.wijkCaption', { year })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('businesscase.breakdown.colWijk')}</TableHeaderCell>
                <NumHead>{t('businesscase.figureShort.vermedenKosten')}</NumHead>
                <NumHead>{t('businesscase.figureShort.vermedenGecorrigeerd')}</NumHead>
                <NumHead>{t('businesscase.figureShort.vermedenZeker')}</NumHead>
                <NumHead>{t('businesscase.figureShort.investering')}</NumHead>
                <NumHead>{t('businesscase.figureShort.nettoRendement')}</NumHead>
                <NumHead>{t('businesscase.figureShort.rendementPerEuro')}</NumHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {wijken.map(([wijk, w]) => (
                <TableRow key={wijk}>
                  <TableHeaderCell scope="row">{wijk}</TableHeaderCell>
                  <Num>{formatEuroPlain(w.vermedenKosten)}</Num>
                  <Num>{formatEuroPlain(w.vermedenGecorrigeerd)}</Num>
                  <Num>{formatEuroPlain(w.vermedenZeker)}</Num>
                  <Num>{formatEuroPlain(w.investering)}</Num>
                  <Num strong>{formatEuroPlain(w.nettoRendement)}</Num>
                  <Num>{formatRatio(w.rendementPerEuro)}</Num>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}

/** §3.3 counts, for all calculations and the vastgesteld ones. */
export function Counts({ bc }: { bc: BusinesscaseReport }) {
  const { t } = useTranslation();
  const year = bc.year;
  const filtered = bc.filters.onlyVastgesteld;
  const c = bc.counts;
  const v = bc.vastgesteld.counts;
  const mainHead = <NumHead>{filtered ? t('businesscase.headline.colFiltered') : t('businesscase.headline.colAll')}</NumHead>;
  const vastHead = filtered ? null : <NumHead>{t('businesscase.headline.colVastgesteld')}</NumHead>;
  const simple = ['cases', 'signalen', 'interventions', 'doorbraken', 'voorliggendVeld'] as const;
  return (
    <div className="bc-count-grid">
      <Table className="bc-table" data-testid="aantallen">
        <TableCaption className="bc-caption">{t('businesscase.counts.caption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.counts.colCount')}</TableHeaderCell>
            {mainHead}
            {vastHead}
          </TableRow>
        </TableHeader>
        <TableBody>
          {simple.map((k) => (
            <TableRow key={k}>
              <TableHeaderCell scope="row">{t(`businesscase.counts.${k}`)}</TableHeaderCell>
              <Num>{formatCount(c[k])}</Num>
              {!filtered && <Num>{formatCount(v[k])}</Num>}
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t('businesscase.counts.medianDaysToPlan')}</TableHeaderCell>
            <Num>{formatDays(c.medianDaysToPlan)}</Num>
            {!filtered && <Num>{formatDays(v.medianDaysToPlan)}</Num>}
          </TableRow>
        </TableBody>
      </Table>
      <Table className="bc-table" data-testid="escalaties-doel">
        <TableCaption className="bc-caption">{t('businesscase.counts.targetCaption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.counts.colTarget')}</TableHeaderCell>
            {mainHead}
            {vastHead}
          </TableRow>
        </TableHeader>
        <TableBody>
          {ESCALATION_TARGETS.map((k) => (
            <TableRow key={k}>
              <TableHeaderCell scope="row">{t(`target.${k}`)}</TableHeaderCell>
              <Num>{formatCount(c.escalationsByTarget[k])}</Num>
              {!filtered && <Num>{formatCount(v.escalationsByTarget[k])}</Num>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table className="bc-table" data-testid="escalaties-uitkomst">
        <TableCaption className="bc-caption">{t('businesscase.counts.outcomeCaption', { year })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('businesscase.counts.colOutcome')}</TableHeaderCell>
            {mainHead}
            {vastHead}
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...BESLUIT_OUTCOMES, 'open' as const].map((k) => (
            <TableRow key={k}>
              <TableHeaderCell scope="row">{k === 'open' ? t('businesscase.counts.open') : t(`outcome.${k}`)}</TableHeaderCell>
              <Num>{formatCount(c.escalationsByOutcome[k])}</Num>
              {!filtered && <Num>{formatCount(v.escalationsByOutcome[k])}</Num>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
