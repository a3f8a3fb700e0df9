/** Issue #14 item 3: the (tussen)evaluatie as PDF — the side-by-side table per section, then the lessons per wijk. */
import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../../../../shared/format/date';
import { SPOOR_LABELS } from '../../../../shared/format/domainLabels';
import { TUSSENEVALUATIE_LABELS as L } from '../../../../shared/format/tussenevaluatieLabels';
import { tussenevaluatieSections } from '../../../../shared/format/tussenevaluatieRows';
import type { TussenevaluatieView } from '../../../../shared/ipc/channels/tussenevaluatie';
import type { ExportContext } from '../exportContext';
import { fill } from '../pdf/labels';
import { heading, paragraph, reportDocument, subheading, table } from '../pdf/layout';
import { renderPdf } from '../pdf/render';
import { cellText } from './cells';

function sideBySide(view: TussenevaluatieView, pseudonymised: boolean): Content[] {
  const year = { year: String(view.year) };
  const names = view.wijken.map((w) => w.wijk);
  return tussenevaluatieSections().flatMap((section): Content[] => {
    // A list of rules is text, not a figure: under the table, one line per wijk, so it can wrap.
    const text = section.rows.filter((r) => r.key === 'topRules');
    const figures = section.rows.filter((r) => r.key !== 'topRules');
    return [
      table({
        caption: fill(L.section[section.key], year),
        header: [L.colFigure, ...names],
        rows: figures.map((r) => [fill(L.row[r.key], r.params), ...view.wijken.map((w) => cellText(r.cell(w), pseudonymised))]),
        numeric: names.map((_, i) => i + 1),
        widths: ['*', ...names.map(() => 110)],
      }),
      ...text.flatMap((r) => view.wijken.map((w) => paragraph(`${fill(L.row[r.key], r.params)}, ${w.wijk}: ${cellText(r.cell(w), pseudonymised)}`, 'note'))),
    ];
  });
}

function lessons(view: TussenevaluatieView, pseudonymised: boolean): Content[] {
  return [
    heading(L.lessonsTitle),
    ...view.wijken.flatMap((w): Content[] => [
      subheading(w.wijk),
      table({
        caption: fill(L.lessonsCaption, { wijk: w.wijk }),
        header: [L.lessonCol.recordedOn, L.lessonCol.spoor, L.lessonCol.kind, L.lessonCol.text, L.lessonCol.author],
        rows: w.lessons.items.map((l) => [
          formatDate(l.recordedOn),
          l.spoor === null ? L.algemeen : SPOOR_LABELS[l.spoor],
          L.kind[l.kind],
          pseudonymised ? L.withheld : l.text,
          pseudonymised ? L.withheld : l.author,
        ]),
        widths: [56, 80, 56, '*', 80],
        empty: L.noLessons,
      }),
    ]),
  ];
}

export async function tussenevaluatiePdf(view: TussenevaluatieView, context: ExportContext, pseudonymised: boolean): Promise<Buffer> {
  const year = { year: String(view.year) };
  // The title names the subject; the title block holds the filters, the versions and what is left out.
  const lines = [...context.filters, context.priceListVersions, context.pseudonymised];
  return renderPdf(
    reportDocument({ title: fill(L.title, year), lines, generatedAt: context.madeAt }, [
      paragraph(fill(L.intro, year), 'note'),
      paragraph(L.views, 'note'),
      ...sideBySide(view, pseudonymised),
      ...lessons(view, pseudonymised),
    ]),
  );
}
