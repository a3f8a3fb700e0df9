import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro, formatEuroPlain, formatRatio } from '../../../../shared/format/money';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { DataTable } from '../../components/DataTable';

type Kalenderjaar = NonNullable<BusinesscaseReport['kalenderjaar']>;
const FIGURES = ['vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;

/**
 * §3.8 the kalenderjaar view of the selection: the period's share of every case's savings (pro
 * rata to the days of its horizon in the period) and the investering that fell in it — the very
 * figures of the export's `kalenderjaar` — then per case, so a reader sees where each share comes from.
 */
export function KalenderjaarFigures({ kj, periodLabel }: { kj: Kalenderjaar; periodLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading3>{t('businesscase.view.title')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.view.kalenderjaarHint')}</Paragraph>
      <DataTable
        caption={t('businesscase.view.caption', { year: periodLabel })}
        className="bc-table bc-table--narrow"
        data-testid="kalenderjaar"
        rows={[...FIGURES, 'rendementPerEuro' as const]}
        rowKey={(f) => f}
        rowProps={(f) => ({ 'data-figure': f })}
        columns={[
          { id: 'figure', header: t('businesscase.headline.colFigure'), rowHeader: true, cell: (f) => t(`businesscase.figure.${f}`) },
          { id: 'amount', header: t('businesscase.view.kalenderjaar'), numeric: true, strong: (f) => f === 'nettoRendement', cell: (f) => (f === 'rendementPerEuro' ? formatRatio(kj.rendementPerEuro) : formatEuro(kj[f])) },
        ]}
      />
      <DataTable
        caption={t('businesscase.view.casesCaption', { year: periodLabel })}
        className="bc-table"
        data-testid="kalenderjaar-per-casus"
        scroll
        rows={kj.cases}
        rowKey={(c) => c.code}
        columns={[
          { id: 'code', header: t('businesscase.cases.colCode'), rowHeader: true, cell: (c) => c.code },
          { id: 'wijk', header: t('businesscase.cases.colWijk'), cell: (c) => c.wijk },
          { id: 'days', header: t('businesscase.view.colDays'), numeric: true, cell: (c) => `${String(c.daysInPeriod)} / ${String(c.horizonDays)}` },
          ...FIGURES.map((f) => ({ id: f, header: t(`businesscase.figureShort.${f}`), numeric: true, cell: (c: Kalenderjaar['cases'][number]) => formatEuroPlain(c[f]) })),
        ]}
        empty={t('businesscase.cases.none')}
      />
    </>
  );
}
