/**
 * What every export says about itself (issue #10: "every export names the price-list versions, the
 * filters and the moment"): what it holds, when it was made, with which filters, on which
 * kengetallen versions and whether it is pseudonymised. One function for the XLSX sheet
 * Toelichting, the block under a CSV's table and the PDF's title block, so no two formats can name
 * a filter or a version differently. Each format only lays it out (a date cell, a text, a line).
 */
import { SPOOR_LABELS } from '../../../shared/format/domainLabels';
import { VIEW_LABELS } from '../../../shared/format/measure19Labels';
import { yearPeriod } from '../../../shared/calc/period';
import { readTafels } from '../data/tafels';
import type { Db } from '../store/openDatabase';
import type { ExportRequest } from './buildExport';
import { provenanceOf, shellLine, type Provenance } from './provenance';

/** The part of a request the context depends on (a PDF request has fewer filters, all optional). */
export type ContextRequest = Pick<ExportRequest, 'what' | 'format' | 'year' | 'period' | 'view' | 'wijk' | 'spoor' | 'tafel' | 'onlyVastgesteld' | 'registerOnlyYear' | 'pseudonymised' | 'now'>;

type Line = readonly [label: string, value: string];

export interface ExportContext {
  /** What the file holds, e.g. "Weekbedragregister (§3.5)". */
  subject: string;
  madeAt: Date;
  filters: readonly Line[];
  /** The line naming the kengetallen versions the figures rest on (or why there are none). */
  priceListVersions: Line;
  /** "Gepseudonimiseerd": "ja: …" or "nee: …", saying what was left out. */
  pseudonymised: Line;
  /** Issue #14 item 10: the dataset's SHA-256 and the command that recomputes the export from it. */
  provenance: Provenance;
  /** The same as lines: the hash, the command, and how to check the file. */
  provenanceLines: readonly Line[];
}

const SUBJECT: Record<ExportRequest['what'], string> = {
  businesscase: 'Businesscase (§3.3) met maatschappelijk rendement (§3.7)',
  indicators: 'Monitoringsindicatoren (§3.6)',
  register: 'Weekbedragregister (§3.5)',
  dataset: 'Dataset',
};

/** The labels the formats print; tests and readers find the lines by them. */
export const CONTEXT_LABELS = {
  subject: 'Export',
  madeAt: 'Gemaakt op',
  versions: 'Kengetallenversies',
  pseudonymised: 'Gepseudonimiseerd',
  dataset: 'Dataset (SHA-256)',
  recompute: 'Herberekenen',
  check: 'Controleren',
} as const;

function filterLines(db: Db, req: ContextRequest): Line[] {
  const all = 'alle';
  // A calendar year keeps its line "Filter jaar"; another period is named by its label (§3.3).
  const period = req.period ?? yearPeriod(req.year);
  const periodLine: Line = period.kind === 'year' ? ['Filter jaar', period.label] : ['Filter periode', period.label];
  if (req.what === 'register') {
    return [
      req.registerOnlyYear
        ? [periodLine[0], `${periodLine[1]} (arrangementen die in ${period.kind === 'year' ? 'dat jaar' : 'die periode'} beginnen)`]
        : ['Filter jaar', 'alle jaren'],
      ['Filter wijk', req.wijk ?? all],
    ];
  }
  const lines: Line[] = [periodLine, ['Filter wijk', req.wijk ?? all]];
  if (req.what === 'businesscase') {

    const tafel = req.tafel === undefined ? all : (readTafels(db).find((t) => t.id === req.tafel)?.name ?? req.tafel);
    lines.push(['Filter spoor', req.spoor ? SPOOR_LABELS[req.spoor] : all]);
    lines.push(['Filter tafel', tafel]);
    lines.push(['Alleen vastgestelde berekeningen', req.onlyVastgesteld ? 'ja' : 'nee']);
    lines.push([VIEW_LABELS.label, req.view === 'kalenderjaar' ? VIEW_LABELS.contextKalenderjaar : VIEW_LABELS.contextCohort]);
  }
  return lines;
}

/**
 * @param priceListVersions the versions the exported figures rest on (views.ts gives them for the
 *   businesscase); null when the view uses none (counts, weekbedragen).
 */
export function exportContext(db: Db, req: ContextRequest, priceListVersions: readonly string[] | null): ExportContext {
  const versions =
    priceListVersions === null
      ? 'geen (deze cijfers zijn aantallen of weekbedragen uit de arrangementen)'
      : priceListVersions.length === 0
        ? 'geen (er zijn geen casussen met kostenregels in de selectie)'
        : priceListVersions.join(', ');
  const pseudo = req.pseudonymised
    ? 'ja: alleen casuscodes, geen namen of vrije tekst; aantallen onder 5 staan als <5 en een gemiddelde over minder dan 5 casussen is weggelaten'
    : 'nee: volledige export met alle aantallen';
  const provenance = provenanceOf(db, req);
  return {
    subject: SUBJECT[req.what],
    madeAt: req.now,
    filters: filterLines(db, req),
    priceListVersions: [CONTEXT_LABELS.versions, versions],
    pseudonymised: [CONTEXT_LABELS.pseudonymised, pseudo],
    provenance,
    provenanceLines: [
      [CONTEXT_LABELS.dataset, `${provenance.datasetSha256} (van werkbank export --what dataset --format json --pseudonymised, zonder exportedAt)`],
      [CONTEXT_LABELS.recompute, `${shellLine(provenance.recompute)} (na werkbank import DATASET.json in een lege werkbank)`],
      [CONTEXT_LABELS.check, `werkbank verify-export ${provenance.recompute.at(-1) ?? 'BESTAND'} --dataset DATASET.json`],
    ],
  };
}

/** The context as label/value lines in reading order; the moment in the format's own form. */
export function contextLines<M>(ctx: ExportContext, moment: (d: Date) => M): (readonly [string, string | M])[] {
  return [[CONTEXT_LABELS.subject, ctx.subject], [CONTEXT_LABELS.madeAt, moment(ctx.madeAt)], ...ctx.filters, ctx.priceListVersions, ctx.pseudonymised, ...ctx.provenanceLines];
}
