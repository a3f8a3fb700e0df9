/**
 * Issue #14 item 3: the (tussen)evaluatie as XLSX — a sheet with the wijken side by side (a figure
 * per row, a wijk per column, as the screen), a sheet of lessons and the sheet "Toelichting".
 * Counts and amounts are number cells (amounts in euros, cents / 100) so a spreadsheet sums them.
 */
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { SPOOR_LABELS } from '../../../../shared/format/domainLabels';
import { TUSSENEVALUATIE_LABELS as L } from '../../../../shared/format/tussenevaluatieLabels';
import { tussenevaluatieSections, type EvalCell } from '../../../../shared/format/tussenevaluatieRows';
import type { TussenevaluatieView } from '../../../../shared/ipc/channels/tussenevaluatie';
import { contextLines, type ExportContext } from '../exportContext';
import { fill } from '../pdf/labels';
import { suppressCount } from '../smallCells';
import { count, date, decimal, euro, heading, moment, ratio, text } from '../xlsx/cells';
import type { XlsxSheet } from '../xlsx/sheet';
import { cellText } from './cells';

function cell(c: EvalCell, pseudonymised: boolean): Cell {
  switch (c.kind) {
    case 'count':
      return count(suppressCount(c.n, c.small && pseudonymised));
    case 'euro':
      return euro(c.cents);
    case 'ratio':
      return ratio(c.value);
    case 'date':
      return date(c.iso);
    case 'days':
      return decimal(c.value);
    case 'rules':
    case 'none':
      return text(cellText(c, pseudonymised));
    default: {
      const never: never = c;
      throw new Error(`unknown cell ${JSON.stringify(never)}`);
    }
  }
}

function wijkenSheet(view: TussenevaluatieView, pseudonymised: boolean): XlsxSheet {
  const year = { year: String(view.year) };
  return {
    sheet: 'Wijken naast elkaar',
    columns: [46, ...view.wijken.map(() => 22)],
    data: [
      [heading(L.colFigure), ...view.wijken.map((w) => heading(w.wijk))],
      ...tussenevaluatieSections().flatMap((section) => [
        [heading(fill(L.section[section.key], year)), ...view.wijken.map(() => null)],
        ...section.rows.map((r) => [text(fill(L.row[r.key], r.params)), ...view.wijken.map((w) => cell(r.cell(w), pseudonymised))]),
      ]),
    ],
  };
}

function lessonsSheet(view: TussenevaluatieView, pseudonymised: boolean): XlsxSheet {
  const c = L.lessonCol;
  return {
    sheet: 'Lessen',
    columns: [16, 12, 22, 14, 70, 24],
    data: [
      [heading('Wijk'), heading(c.recordedOn), heading(c.spoor), heading(c.kind), heading(c.text), heading(c.author)],
      ...view.wijken.flatMap((w) =>
        w.lessons.items.map((l) => [
          text(w.wijk),
          date(l.recordedOn),
          text(l.spoor === null ? L.algemeen : SPOOR_LABELS[l.spoor]),
          text(L.kind[l.kind]),
          { ...text(pseudonymised ? L.withheld : l.text), wrap: true },
          text(pseudonymised ? L.withheld : l.author),
        ]),
      ),
    ],
  };
}

const METHOD: readonly (readonly [string, string])[] = [
  ['Nulmeting', 'De eerste vastgelegde meting van de wijk: huishoudens in beeld en de actieve netwerken en initiatieven per spoor, zoals de sociale kaart ze op die dag had (een kopie: latere wijzigingen van de sociale kaart veranderen haar niet).'],
  ['Laatste meting', 'De laatst vastgelegde meting, als de wijk er meer dan één heeft.'],
  ['Sociale kaart nu', 'De netwerken en initiatieven die de sociale kaart van de wijk op de exportdatum heeft.'],
  ['Casussen en rendement', 'De cohortweergave van de businesscase (§3.3): casussen met hun peildatum in het jaar, behalve ingetrokken; dezelfde cijfers als de businesscase-export met dat jaar en die wijk.'],
  ['Rendement kalenderjaar', 'De kalenderjaarweergave (§3.8): de besparing van elke casus naar rato van de dagen verdeeld over de kalenderjaren van haar horizon (ook casussen van eerdere jaren tellen met hun staart mee); de investering in het jaar waarin zij viel.'],
  ['Indicatoren', 'De monitoringsindicatoren (§3.6) over het kalenderjaar.'],
  ['Knelpunten', 'Het knelpuntenregister van de wijk over alle jaren, per status, met de drie meest gemelde regels.'],
  ['Lessen', 'Het lessenlog van de wijk: per les de datum, het spoor (of algemeen) en of het werkte.'],
];

function toelichting(context: ExportContext): XlsxSheet {
  return {
    sheet: 'Toelichting',
    columns: [34, 110],
    data: [
      [heading('Onderwerp'), heading('Toelichting')],
      ...contextLines(context, moment).map(([k, v]) => [text(k), typeof v === 'string' ? text(v) : v]),
      [null, null],
      [heading('Methode'), null],
      ...METHOD.map(([k, v]) => [text(k), { ...text(v), wrap: true }]),
    ],
  };
}

export async function tussenevaluatieXlsx(view: TussenevaluatieView, context: ExportContext, pseudonymised: boolean): Promise<Buffer> {
  const sheets = [wijkenSheet(view, pseudonymised), lessonsSheet(view, pseudonymised), toelichting(context)];
  return writeXlsxFile(
    sheets.map((s) => ({ sheet: s.sheet, data: s.data, columns: s.columns.map((width) => ({ width })), stickyRowsCount: 1 })),
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBuffer();
}
