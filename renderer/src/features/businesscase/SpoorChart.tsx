import { useTranslation } from 'react-i18next';
import { SPOREN, type Spoor } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';

/**
 * A plain bar chart of the per-spoor attribution. It is a picture of the table beside it (which
 * is the text equivalent), so it is one image with a label and its parts are hidden from
 * assistive technology. Each bar also prints its amount: no meaning hangs on length alone.
 */
export function SpoorChart({ perSpoor, year }: { perSpoor: Record<Spoor, number>; year: number }) {
  const { t } = useTranslation();
  const max = Math.max(...SPOREN.map((s) => Math.abs(perSpoor[s])));
  return (
    <figure className="bc-chart" role="img" aria-label={t('businesscase.chart.label', { year })}>
      <div aria-hidden="true">
        {SPOREN.map((s) => {
          const value = perSpoor[s];
          const pct = max === 0 ? 0 : (Math.abs(value) / max) * 100;
          return (
            <div key={s} className="bc-chart-row">
              <span className="bc-chart-label">{t(`spoor.${s}`)}</span>
              <span className="bc-chart-track">
                <span className={value < 0 ? 'bc-chart-bar bc-chart-bar--negative' : 'bc-chart-bar'} style={{ width: `${pct}%` }} />
              </span>
              <span className="bc-chart-value">{formatEuro(value)}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
