import { localIsoDate } from '../../../shared/format/date';
import { UserError } from '../../../shared/ipc/result';
import { exportDataset } from '../data';
import { businesscaseFor, indicatorsReport, loadBusinesscaseCalcs, registerReport } from '../reports';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { businesscaseCsv } from './businesscaseCsv';
import { indicatorsCsv } from './indicatorsCsv';
import { registerCsv } from './registerCsv';
import { suppressCounts } from './smallCells';

export interface ExportRequest {
  what: 'dataset' | 'businesscase' | 'indicators' | 'register';
  format: 'json' | 'csv';
  year: number;
  wijk?: string;
  pseudonymised: boolean;
  now: Date;
  actor: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every export the CLI (and later the screens) can write, computed from the one calculation
 * engine so that a figure is the same in JSON, CSV and on screen. The export itself is audited
 * (PRODUCT.md §5) with what was exported, never with the data.
 */
export function buildExport(db: Db, req: ExportRequest): string {
  const content = render(db, req);
  appendAudit(
    db,
    {
      actor: req.actor,
      action: 'export',
      entity: req.what,
      detail: { format: req.format, year: req.year, wijk: req.wijk ?? null, pseudonymised: req.pseudonymised },
    },
    req.now,
  );
  return content;
}

function render(db: Db, req: ExportRequest): string {
  switch (req.what) {
    case 'dataset': {
      if (req.format === 'csv') {
        // A dataset is a tree, not a table: CSV would lose its structure.
        throw new UserError('BAD_INPUT', 'Een dataset kan alleen als json worden geëxporteerd; gebruik --format json.');
      }
      return json(exportDataset(db, { pseudonymised: req.pseudonymised, now: req.now }));
    }
    case 'businesscase': {
      // The same engine call, with the same options, as the businesscase screen (businesscase:get).
      const filters = { year: req.year, wijk: req.wijk };
      const bc = businesscaseFor(loadBusinesscaseCalcs(db, filters), filters);
      if (req.format === 'csv') return businesscaseCsv(bc);
      const { counts, vastgesteld, ...figures } = bc;
      return json({
        format: 'casuistiek-werkbank/businesscase-v1',
        generatedAt: req.now.toISOString(),
        filters: { year: req.year, wijk: req.wijk ?? null },
        pseudonymised: req.pseudonymised,
        ...figures,
        counts: suppressCounts(counts, req.pseudonymised),
        vastgesteld: { ...vastgesteld, counts: suppressCounts(vastgesteld.counts, req.pseudonymised) },
      });
    }
    case 'indicators': {
      const ind = indicatorsReport(db, { year: req.year, wijk: req.wijk, today: localIsoDate(req.now) });
      if (req.format === 'csv') return indicatorsCsv(ind, req.pseudonymised);
      return json({
        format: 'casuistiek-werkbank/indicatoren-v1',
        generatedAt: req.now.toISOString(),
        filters: { year: req.year, wijk: req.wijk ?? null },
        pseudonymised: req.pseudonymised,
        ...suppressCounts(ind, req.pseudonymised),
      });
    }
    case 'register': {
      // The whole register (every year), as the register screen shows it without a year filter.
      const reg = registerReport(db, { wijk: req.wijk, asOf: localIsoDate(req.now) }).register;
      if (req.format === 'csv') return registerCsv(reg);
      return json({ format: 'casuistiek-werkbank/register-v1', generatedAt: req.now.toISOString(), ...reg });
    }
    default: {
      const never: never = req.what;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}
