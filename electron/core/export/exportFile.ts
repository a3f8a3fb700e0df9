/**
 * Any export as bytes, for the CLI and for the screens' exports:file channel alike: one
 * implementation per format, so a file from the app and from `werkbank export` are the same.
 */
import type { Db } from '../store/openDatabase';
import { buildExport, type ExportRequest } from './buildExport';
import { UserError } from '../../../shared/ipc/result';
import { buildPdf } from './pdf/buildPdf';
import { buildXlsx } from './xlsx/buildXlsx';

export async function exportFile(db: Db, req: ExportRequest): Promise<Buffer> {
  switch (req.format) {
    case 'xlsx':
      return buildXlsx(db, req);
    case 'pdf': {
      const { what } = req;
      if (what === 'dataset') throw new UserError('BAD_INPUT', 'Een dataset kan alleen als json worden geëxporteerd; gebruik --format json.');
      // The report knows the period, the view and the wijk; a screen filtered further would get other figures than it shows.
      if (req.spoor !== undefined || req.tafel !== undefined || req.onlyVastgesteld === true) {
        throw new UserError('BAD_INPUT', 'Een pdf-rapport volgt alleen het jaar en de wijk (of de periode en de weergave); zet de filters spoor, tafel en "alleen vastgesteld" uit, of kies xlsx of csv.');
      }
      return buildPdf(db, { what, year: req.year, period: req.period, view: req.view, wijk: req.wijk, pseudonymised: req.pseudonymised, now: req.now, actor: req.actor });
    }
    case 'json':
    case 'csv':
      return Buffer.from(buildExport(db, req), 'utf8');
    default: {
      const never: never = req.format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
