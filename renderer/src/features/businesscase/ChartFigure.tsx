import { Button } from '@utrecht/component-library-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatEuro } from '../../../../shared/format/money';

/** A bar chart's series: which field of a row, its name in the legend, and how it is drawn. */
export interface Series<Row> {
  value: (row: Row) => number;
  name: string;
  /** Printed before each bar's amount when there are two series, so a bar says what it is in words. */
  short?: string;
  fill: string;
  /** A colour per bar (one series over several wijken); the bar's label names the wijk. */
  fillFor?: (row: Row) => string;
}

/** The axis shows a scale, not figures: the figures are printed on the bars and in the table (formatEuro). */
const axisEuro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });

/**
 * Horizontal bars, one row per category, every bar printed with its exact amount (so no meaning
 * hangs on length or colour). A click on a bar drills down; the keyboard and screen-reader way to
 * the same drill-down is the list of buttons ChartFigure puts under the chart.
 */
export function HorizontalBars<Row extends { label: string }>({
  rows,
  series,
  onBarClick,
  labelWidth = 170,
}: {
  rows: readonly Row[];
  series: readonly Series<Row>[];
  onBarClick?: ((row: Row, seriesIndex: number) => void) | undefined;
  labelWidth?: number;
}) {
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.value(r)])) }));
  const height = 40 + rows.length * (series.length * 26 + 14) + (series.length > 1 ? 30 : 0);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart layout="vertical" data={data} margin={{ top: 4, right: series.length > 1 ? 190 : 120, bottom: 4, left: 4 }} accessibilityLayer={false} barGap={2}>
        <CartesianGrid horizontal={false} stroke="#c6c6c6" />
        <XAxis type="number" tickFormatter={(v: number) => axisEuro.format(v / 100)} stroke="#4a4a4a" fontSize={14} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke="#1a1a1a" fontSize={15} interval={0} />
        {series.length > 1 && <Legend verticalAlign="top" align="left" wrapperStyle={{ fontSize: 15, color: '#1a1a1a' }} />}
        {series.map((s, i) => (
          <Bar
            key={s.name}
            dataKey={`s${i}`}
            name={s.name}
            fill={s.fill}
            isAnimationActive={false}
            barSize={24}
            cursor={onBarClick ? 'pointer' : undefined}
            onClick={onBarClick ? (_d, index) => rows[index] && onBarClick(rows[index], i) : undefined}
          >
            {s.fillFor && rows.map((r) => <Cell key={r.label} fill={s.fillFor?.(r)} />)}
            <LabelList
              dataKey={`s${i}`}
              content={(p) => <BarAmount x={p.x} y={p.y} width={p.width} height={p.height} value={p.value} short={s.short} />}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * A bar's amount, printed just right of the bar's right edge. For a negative amount that edge is
 * the zero line (the bar runs left of it), so the text never runs into the category labels on the
 * left, as recharts' own "right" position did for a negative bar.
 */
function BarAmount({ x, y, width, height, value, short }: { x?: number | string | undefined; y?: number | string | undefined; width?: number | string | undefined; height?: number | string | undefined; value?: unknown; short?: string | undefined }) {
  if (typeof value !== 'number') return null;
  const left = Number(x ?? 0);
  const right = Math.max(left, left + Number(width ?? 0));
  return (
    <text x={right + 6} y={Number(y ?? 0) + Number(height ?? 0) / 2} dominantBaseline="central" textAnchor="start" fill="#1a1a1a" fontSize={15}>
      {`${short ? `${short} ` : ''}${formatEuro(value)}`}
    </text>
  );
}

/** One way into the cases behind a bar, for the keyboard and the screen reader (and the mouse). */
export interface DrillLink {
  key: string;
  label: string;
  open: () => void;
}

/**
 * A chart with its text alternative: the table holds the same numbers and is always there for a
 * screen reader (visually hidden while the chart shows; "Toon als tabel" shows it instead of the
 * chart). The picture itself is hidden from assistive technology; the drill-down buttons under it
 * open the cases behind each bar.
 */
export function ChartFigure({
  id,
  title,
  note,
  chart,
  table,
  drills,
}: {
  id: string;
  title: string;
  note?: string | undefined;
  chart: ReactNode;
  table: ReactNode;
  drills: readonly DrillLink[];
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const drillsId = useId();
  return (
    <figure className="bc-figure" aria-labelledby={`${id}-titel`} data-testid={`grafiek-${id}`}>
      <div className="bc-figure-head">
        <figcaption id={`${id}-titel`} className="bc-figure-title">
          {title}
        </figcaption>
        <Button type="button" appearance="subtle-button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {t('businesscase.charts.asTable')}
        </Button>
      </div>
      {note && <p className="bc-note bc-figure-note">{note}</p>}
      {!asTable && (
        <div className="bc-figure-chart" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={asTable ? 'bc-figure-table' : 'werkbank-visually-hidden'}>{table}</div>
      {drills.length > 0 && (
        <div className="bc-drills">
          <span id={drillsId} className="bc-drills-label">
            {t('businesscase.charts.drillLabel')}
          </span>
          <ul aria-labelledby={drillsId}>
            {drills.map((d) => (
              <li key={d.key}>
                <button type="button" className="bc-drill" onClick={d.open}>
                  {d.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </figure>
  );
}
