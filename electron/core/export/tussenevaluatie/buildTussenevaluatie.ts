/**
 * Issue #14 item 3: the (tussen)evaluatie as a file — PDF, XLSX or JSON — for the Wijken screen's
 * button and `werkbank export --what tussenevaluatie` alike. The view is the screen's
 * (reports/tussenevaluatie.ts); a pseudonymised file shows counts of households and cases under 5
 * as "<5" and leaves out what a lesson says and who wrote it (free text, §5). Audited like every
 * export, with what was exported only.
 */
import { localIsoDate } from '../../../../shared/format/date';
import type { TussenevaluatieView } from '../../../../shared/ipc/channels/tussenevaluatie';
import { listPriceListVersionsUsedBy } from '../../data';
import { businesscaseReport } from '../../reports/businesscase';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/openDatabase';
import { tussenevaluatieReport } from '../../reports/tussenevaluatie';
import { CONTEXT_LABELS, exportContext, type ExportContext } from '../exportContext';
import { shellLine } from '../provenance';
import { suppressCount } from '../smallCells';
import { tussenevaluatiePdf } from './tussenevaluatiePdf';
import { tussenevaluatieXlsx } from './tussenevaluatieXlsx';

export interface TussenevaluatieRequest {
  year: number;
  format: 'pdf' | 'xlsx' | 'json';
  pseudonymised: boolean;
  now: Date;
  actor: string;
}

const SUBJECT = 'Tussenevaluatie: de wijken naast elkaar (nulmeting, casussen, rendement, indicatoren, knelpunten, lessen)';

/**
 * The context every format prints (exportContext.ts): the year, every wijk, the kengetallen versions
 * the cohort's rendement rests on, and what pseudonymised leaves out.
 */
function tussenevaluatieContext(db: Db, req: TussenevaluatieRequest, view: TussenevaluatieView): ExportContext {
  const cohort = businesscaseReport(db, { year: req.year }).businesscase.cases.map((c) => c.code);
  const base = exportContext(db, { what: 'indicators', format: req.format, year: req.year, pseudonymised: req.pseudonymised, now: req.now }, listPriceListVersionsUsedBy(db, cohort));
  const [label, pseudo] = base.pseudonymised;
  // Issue #14 item 10: the dataset's hash as every evaluator export has it, with this export's own
  // command (verify-export compares businesscase, indicators and register; so no check line here).
  const recompute = ['werkbank', 'export', '--what', 'tussenevaluatie', '--format', req.format, '--year', String(req.year), ...(req.pseudonymised ? ['--pseudonymised'] : []), '--out', `tussenevaluatie.${req.format}`];
  const [datasetLine] = base.provenanceLines;
  return {
    ...base,
    provenance: { datasetSha256: base.provenance.datasetSha256, recompute },
    provenanceLines: [...(datasetLine ? [datasetLine] : []), [CONTEXT_LABELS.recompute, `${shellLine(recompute)} (na werkbank import DATASET.json in een lege werkbank)`]],
    subject: SUBJECT,
    filters: [
      ['Jaar', String(view.year)],
      ['Wijken', 'alle wijken van de catalogus, naast elkaar'],
    ],
    pseudonymised: [label, req.pseudonymised ? `${pseudo}; van de lessen staan alleen datum, spoor en of het werkte, niet wat er staat of wie het schreef` : pseudo],
  };
}

/** The view with what a pseudonymised file may not show taken out (the formats then only lay it out). */
function withheldView(view: TussenevaluatieView, pseudonymised: boolean): TussenevaluatieView {
  if (!pseudonymised) return view;
  return {
    ...view,
    wijken: view.wijken.map((w) => ({ ...w, lessons: { ...w.lessons, items: w.lessons.items.map((l) => ({ ...l, text: '', author: '' })) } })),
  };
}

function json(view: TussenevaluatieView, req: TussenevaluatieRequest): Buffer {
  const n = (v: number) => suppressCount(v, req.pseudonymised);
  const wijken = withheldView(view, req.pseudonymised).wijken.map((w) => ({
    ...w,
    nulmeting: w.nulmeting && { ...w.nulmeting, households: n(w.nulmeting.households) },
    latest: w.latest && { ...w.latest, households: n(w.latest.households) },
    cases: { cases: n(w.cases.cases), signalen: n(w.cases.signalen), doorbraken: n(w.cases.doorbraken), voorliggendVeld: n(w.cases.voorliggendVeld) },
    indicators: {
      ...w.indicators,
      aanmeldingen: n(w.indicators.aanmeldingen),
      casesDiscussed: n(w.indicators.casesDiscussed),
      escalations: n(w.indicators.escalations),
      overdue: n(w.indicators.overdue),
    },
    knelpunten: {
      open: n(w.knelpunten.open),
      doorgezet: n(w.knelpunten.doorgezet),
      opgelost: n(w.knelpunten.opgelost),
      topRules: w.knelpunten.topRules.map((r) => ({ rule: r.rule, count: n(r.count) })),
    },
    lessons: {
      perKind: w.lessons.perKind,
      items: w.lessons.items.map(({ text, author, ...rest }) => (req.pseudonymised ? rest : { ...rest, text, author })),
    },
  }));
  const file = {
    format: 'casuistiek-werkbank/tussenevaluatie-v1',
    generatedAt: req.now.toISOString(),
    year: view.year,
    asOf: view.asOf,
    pseudonymised: req.pseudonymised,
    wijken,
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

function tussenevaluatieFileName(req: Pick<TussenevaluatieRequest, 'year' | 'format' | 'pseudonymised' | 'now'>): string {
  const parts = ['werkbank', 'tussenevaluatie', String(req.year), ...(req.pseudonymised ? ['gepseudonimiseerd'] : []), localIsoDate(req.now)];
  return `${parts.join('-')}.${req.format}`;
}

export async function buildTussenevaluatieFile(db: Db, req: TussenevaluatieRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const view = tussenevaluatieReport(db, { year: req.year, asOf: localIsoDate(req.now) });
  const context = tussenevaluatieContext(db, req, view);
  let bytes: Buffer;
  switch (req.format) {
    case 'pdf':
      bytes = await tussenevaluatiePdf(withheldView(view, req.pseudonymised), context, req.pseudonymised);
      break;
    case 'xlsx':
      bytes = await tussenevaluatieXlsx(withheldView(view, req.pseudonymised), context, req.pseudonymised);
      break;
    case 'json':
      bytes = json(view, req);
      break;
    default: {
      const never: never = req.format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
  appendAudit(
    db,
    { actor: req.actor, action: 'export', entity: 'tussenevaluatie', detail: { format: req.format, year: req.year, pseudonymised: req.pseudonymised } },
    req.now,
  );
  return { fileName: tussenevaluatieFileName(req), bytes };
}
