import { localIsoDate } from '../../../shared/format/date';
import type { BusinesscaseView, Spoor } from '../../../shared/domain/enums';
import { periodText, yearPeriod, type Period } from '../../../shared/calc/period';
import type { ExportFormat } from '../../../shared/ipc/exportFormats';
import { UserError } from '../../../shared/ipc/result';
import { exportDataset } from '../data';
import { appendAudit, readAuditHead } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { businesscaseCsv } from './businesscaseCsv';
import { exportContext } from './exportContext';
import { indicatorsCsv } from './indicatorsCsv';
import { provenanceOf } from './provenance';
import { registerCsv } from './registerCsv';
import { suppressCounts } from './smallCells';
import { businesscaseView, businesscaseFilters, indicatorsView, registerView } from './views';

export interface ExportRequest {
  what: 'dataset' | 'businesscase' | 'indicators' | 'register';
  format: ExportFormat;
  /** The calendar year; shorthand for its period when `period` is absent (--year). */
  year: number;
  /** §3.3 the period (--period 2025-T2 …); wins over year. */
  period?: Period | undefined;
  /** §3.8 the businesscase's view (--view); cohort when absent. The other exports have none. */
  view?: BusinesscaseView | undefined;
  wijk?: string | undefined;
  /** The businesscase screen's other filters (§3.3); the CLI gives none of them. */
  spoor?: Spoor | undefined;
  tafel?: string | undefined;
  onlyVastgesteld?: boolean | undefined;
  /** The register of arrangements starting in `year` only (the screen's "dit jaar"); else every year. */
  registerOnlyYear?: boolean | undefined;
  pseudonymised: boolean;
  now: Date;
  actor: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The request's period: `period`, else the calendar year `year`. */
export function requestPeriod(req: Pick<ExportRequest, 'year' | 'period'>): Period {
  return req.period ?? yearPeriod(req.year);
}

/**
 * The export itself is audited (PRODUCT.md §5) with what was exported, never with the data. Every
 * format goes through here, the XLSX too (xlsx/buildXlsx.ts).
 */
export function auditExport(db: Db, req: ExportRequest): void {
  appendAudit(
    db,
    {
      actor: req.actor,
      action: 'export',
      entity: req.what,
      detail: { format: req.format, ...exportedFilters(req), pseudonymised: req.pseudonymised },
    },
    req.now,
  );
}

/**
 * The filters as the export names them (null = not filtered). `year` stays the year the period
 * starts in (what it always was for a calendar year); `period` is the period in its --period form.
 */
function exportedFilters(req: ExportRequest): Record<string, unknown> {
  const period = requestPeriod(req);
  const year = Number(period.from.slice(0, 4));
  // A calendar year in the cohort view is named as every export before periods named it.
  const other = period.kind === 'year' ? {} : { period: periodText(period) };
  if (req.what === 'businesscase') {
    const f = businesscaseFilters(req);
    const view = req.view === 'kalenderjaar' ? { view: req.view } : {};
    return { year, ...other, ...view, wijk: f.wijk ?? null, spoor: f.spoor ?? null, tafel: f.tafel ?? null, onlyVastgesteld: f.onlyVastgesteld ?? false };
  }
  if (req.what === 'register') return { year: req.registerOnlyYear ? year : null, ...(req.registerOnlyYear ? other : {}), wijk: req.wijk ?? null };
  return { year, ...other, wijk: req.wijk ?? null };
}

/**
 * Every text export (JSON, CSV) the CLI and the screens can write, computed from the one
 * calculation engine so that a figure is the same in JSON, CSV, XLSX and on screen.
 */
export function buildExport(db: Db, req: ExportRequest): string {
  const content = render(db, req);
  auditExport(db, req);
  return content;
}

function render(db: Db, req: ExportRequest): string {
  if (req.format === 'xlsx' || req.format === 'pdf') throw new Error(`a ${req.format} export is binary: exportFile builds it`);
  switch (req.what) {
    case 'dataset': {
      if (req.format === 'csv') {
        // A dataset is a tree, not a table: CSV would lose its structure.
        throw new UserError('BAD_INPUT', 'Een dataset kan alleen als json worden geëxporteerd; gebruik --format json.');
      }
      const { format, exportedAt, ...data } = exportDataset(db, { pseudonymised: req.pseudonymised, now: req.now });
      // The audit head as it was for this snapshot (before this export's own entry): a copy of the
      // anchor outside this machine, for `werkbank verify --against` (issue #11 item 3).
      const head = readAuditHead(db);
      return json({ format, exportedAt, ...(head?.mac ? { auditHead: { seq: head.seq, mac: head.mac } } : {}), ...data });
    }
    case 'businesscase': {
      const { businesscase: bc, kalenderjaar, measure19, priceListVersions } = businesscaseView(db, req);
      if (req.format === 'csv') return businesscaseCsv(bc, exportContext(db, req, priceListVersions), { view: req.view ?? 'cohort', kalenderjaar, measure19 });
      const { counts, vastgesteld, ...figures } = bc;
      return json({
        format: 'casuistiek-werkbank/businesscase-v1',
        generatedAt: req.now.toISOString(),
        filters: exportedFilters(req),
        pseudonymised: req.pseudonymised,
        priceListVersions,
        provenance: provenanceOf(db, req),
        ...figures,
        counts: suppressCounts(counts, req.pseudonymised),
        vastgesteld: { ...vastgesteld, counts: suppressCounts(vastgesteld.counts, req.pseudonymised) },
        // §3.8: the view, the kalenderjaar figures (in the kalenderjaar view; null in the cohort view)
        // and the comparison with measure 19 — exactly what businesscase:get gives the screen.
        view: req.view ?? 'cohort',
        kalenderjaar,
        measure19,
      });
    }
    case 'indicators': {
      const ind = indicatorsView(db, req);
      if (req.format === 'csv') return indicatorsCsv(ind, req.pseudonymised, exportContext(db, req, null));
      return json({
        format: 'casuistiek-werkbank/indicatoren-v1',
        generatedAt: req.now.toISOString(),
        filters: exportedFilters(req),
        pseudonymised: req.pseudonymised,
        provenance: provenanceOf(db, req),
        ...suppressCounts(ind, req.pseudonymised),
      });
    }
    case 'register': {
      const reg = registerView(db, req);
      if (req.format === 'csv') return registerCsv(reg, exportContext(db, req, null));
      return json({ format: 'casuistiek-werkbank/register-v1', generatedAt: req.now.toISOString(), provenance: provenanceOf(db, req), ...reg });
    }
    default: {
      const never: never = req.what;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}

/** The file name a screen's export is offered under: what, period, view, wijk, and whether pseudonymised. */
export function exportFileName(req: ExportRequest): string {
  const period = req.what === 'register' && !req.registerOnlyYear ? 'alle-jaren' : periodText(requestPeriod(req)).replace('..', '-tot-');
  const year = req.what === 'businesscase' && req.view === 'kalenderjaar' ? `${period}-kalenderjaar` : period;
  const wijk = req.wijk === undefined ? [] : [req.wijk.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'wijk'];
  const parts = ['werkbank', req.what, year, ...wijk, ...(req.pseudonymised ? ['gepseudonimiseerd'] : []), localIsoDate(req.now)];
  return `${parts.join('-')}.${req.format}`;
}
