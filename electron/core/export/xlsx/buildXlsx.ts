/**
 * The XLSX export (issue #10): one sheet per view of the screen and a sheet "Toelichting", made
 * with write-excel-file in the main process. The figures come from the same view functions as the
 * JSON and CSV exports (../views.ts), so each amount is the JSON file's cents / 100.
 */
import writeXlsxFile from 'write-excel-file/node';
import { UserError } from '../../../../shared/ipc/result';
import type { Db } from '../../store/openDatabase';
import { auditExport, type ExportRequest } from '../buildExport';
import { exportContext } from '../exportContext';
import { businesscaseView, indicatorsView, registerView } from '../views';
import { businesscaseSheets } from './businesscaseSheets';
import { indicatorsSheet } from './indicatorsSheet';
import { registerSheets } from './registerSheets';
import type { XlsxSheet } from './sheet';
import { toelichtingSheet } from './toelichting';

function sheetsFor(db: Db, req: ExportRequest): XlsxSheet[] {
  switch (req.what) {
    case 'dataset':
      // A dataset is a tree, not a table: sheets would lose its structure.
      throw new UserError('BAD_INPUT', 'Een dataset kan alleen als json worden geëxporteerd; gebruik --format json.');
    case 'businesscase': {
      const v = businesscaseView(db, req);
      const extras = { view: req.view ?? 'cohort', kalenderjaar: v.kalenderjaar, measure19: v.measure19 } as const;
      return [...businesscaseSheets(v.businesscase, v.maatschappelijk, req.pseudonymised, extras), toelichtingSheet(req, exportContext(db, req, v.priceListVersions))];
    }
    case 'indicators':
      return [indicatorsSheet(indicatorsView(db, req), req.pseudonymised), toelichtingSheet(req, exportContext(db, req, null))];
    case 'register':
      return [...registerSheets(registerView(db, req)), toelichtingSheet(req, exportContext(db, req, null))];
    default: {
      const never: never = req.what;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}

export async function buildXlsx(db: Db, req: ExportRequest): Promise<Buffer> {
  const sheets = sheetsFor(db, req);
  const buffer = await writeXlsxFile(
    sheets.map((s) => ({ sheet: s.sheet, data: s.data, columns: s.columns.map((width) => ({ width })), stickyRowsCount: 1 })),
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBuffer();
  auditExport(db, req);
  return buffer;
}
