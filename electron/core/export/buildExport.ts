import { computeBusinesscase, computeIndicators, buildRegister, DEFAULT_BOOKED_EFFECT_MEASURE_19 } from '../../../shared/calc';
import { exportDataset, loadCaseCalcs, loadRules } from '../data';
import { readKnelpunten } from '../data/knelpunten';
import { UserError } from '../../../shared/ipc/result';
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

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
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
      const bc = computeBusinesscase(loadCaseCalcs(db), {
        year: req.year,
        wijk: req.wijk,
        bookedEffectCents: DEFAULT_BOOKED_EFFECT_MEASURE_19,
      });
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
      const calcs = loadCaseCalcs(db).filter((c) => req.wijk === undefined || c.wijk === req.wijk);
      const knelpunten = readKnelpunten(db)
        .filter((k) => req.wijk === undefined || k.wijk === req.wijk)
        .map((k) => ({ wijk: k.wijk, rule: k.rule, raisedOn: k.raisedOn }));
      const ind = computeIndicators(calcs, knelpunten, {
        from: `${req.year}-01-01`,
        to: `${req.year}-12-31`,
        today: isoDay(req.now),
      });
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
      const calcs = loadCaseCalcs(db).filter((c) => req.wijk === undefined || c.wijk === req.wijk);
      const reg = buildRegister(calcs, loadRules(db), isoDay(req.now));
      if (req.format === 'csv') return registerCsv(reg);
      return json({ format: 'casuistiek-werkbank/register-v1', generatedAt: req.now.toISOString(), ...reg });
    }
    default: {
      const never: never = req.what;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}
