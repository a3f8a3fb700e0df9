import { localIsoDate } from '../../../shared/format/date';
import type { Spoor } from '../../../shared/domain/enums';
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
  year: number;
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

/** The filters as the export names them (null = not filtered); the CLI's are year and wijk only. */
function exportedFilters(req: ExportRequest): Record<string, unknown> {
  if (req.what === 'businesscase') {
    const f = businesscaseFilters(req);
    return { year: f.year, wijk: f.wijk ?? null, spoor: f.spoor ?? null, tafel: f.tafel ?? null, onlyVastgesteld: f.onlyVastgesteld ?? false };
  }
  if (req.what === 'register') return { year: req.registerOnlyYear ? req.year : null, wijk: req.wijk ?? null };
  return { year: req.year, wijk: req.wijk ?? null };
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
      const { businesscase: bc, priceListVersions } = businesscaseView(db, req);
      if (req.format === 'csv') return businesscaseCsv(bc, exportContext(db, req, priceListVersions));
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

/** The file name a screen's export is offered under: what, year, wijk, and whether pseudonymised. */
export function exportFileName(req: ExportRequest): string {
  const year = req.what === 'register' && !req.registerOnlyYear ? 'alle-jaren' : String(req.year);
  const wijk = req.wijk === undefined ? [] : [req.wijk.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'wijk'];
  const parts = ['werkbank', req.what, year, ...wijk, ...(req.pseudonymised ? ['gepseudonimiseerd'] : []), localIsoDate(req.now)];
  return `${parts.join('-')}.${req.format}`;
}
