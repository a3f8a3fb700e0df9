/**
 * Simple horizontal bar charts as SVG for pdfmake's `svg` node: one group per label, one bar per
 * series, the amount written at the bar's end, so the chart reads without the table and shows
 * the very numbers the table beside it holds. Negative amounts grow left of the zero line.
 */
import type { Content } from 'pdfmake/interfaces';

interface BarSeries {
  name: string;
  color: string;
}

interface BarGroup {
  label: string;
  values: readonly number[];
}

export interface BarChartSpec {
  title: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  /** How an amount is written next to its bar (formatEuro of cents, as on screen). */
  format: (value: number) => string;
}

const WIDTH = 515;
const LABEL_W = 150;
const VALUE_W = 78;
const BAR_H = 11;
const BAR_GAP = 2;
const GROUP_GAP = 8;
const LEGEND_H = 16;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function barChart(spec: BarChartSpec): Content {
  const all = spec.groups.flatMap((g) => g.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plotW = WIDTH - LABEL_W - VALUE_W * (min < 0 ? 2 : 1);
  const plotX = LABEL_W + (min < 0 ? VALUE_W : 0);
  const zeroX = plotX + ((0 - min) / span) * plotW;
  const groupH = spec.series.length * (BAR_H + BAR_GAP) - BAR_GAP;
  const top = spec.series.length > 1 ? LEGEND_H : 0;
  const height = top + spec.groups.length * (groupH + GROUP_GAP);
  const parts: string[] = [];
  if (spec.series.length > 1) {
    let x = LABEL_W;
    for (const s of spec.series) {
      parts.push(`<rect x="${x}" y="2" width="9" height="9" fill="${s.color}"/>`);
      parts.push(`<text x="${x + 13}" y="10" font-size="8.5" fill="#1a1a1a">${esc(s.name)}</text>`);
      x += 24 + s.name.length * 4.6;
    }
  }
  spec.groups.forEach((g, gi) => {
    const y0 = top + gi * (groupH + GROUP_GAP);
    parts.push(`<text x="${LABEL_W - 6}" y="${y0 + groupH / 2 + 3}" font-size="8.5" text-anchor="end" fill="#1a1a1a">${esc(g.label)}</text>`);
    g.values.forEach((v, si) => {
      const y = y0 + si * (BAR_H + BAR_GAP);
      const w = (Math.abs(v) / span) * plotW;
      const x = v < 0 ? zeroX - w : zeroX;
      const color = spec.series[si]?.color ?? '#1f4e79';
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 0.5).toFixed(1)}" height="${BAR_H}" fill="${color}"/>`);
      const label = esc(spec.format(v));
      parts.push(
        v < 0
          ? `<text x="${(x - 3).toFixed(1)}" y="${y + BAR_H - 2.5}" font-size="8" text-anchor="end" fill="#1a1a1a">${label}</text>`
          : `<text x="${(x + w + 3).toFixed(1)}" y="${y + BAR_H - 2.5}" font-size="8" fill="#1a1a1a">${label}</text>`,
      );
    });
  });
  parts.push(`<line x1="${zeroX.toFixed(1)}" y1="${top}" x2="${zeroX.toFixed(1)}" y2="${height - GROUP_GAP / 2}" stroke="#555555" stroke-width="0.7"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`;
  return {
    stack: [
      { text: spec.title, style: 'caption' },
      { svg, width: WIDTH },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 10],
  };
}
