/**
 * Any export as bytes, for the CLI and for the screens' exports:file channel alike: one
 * implementation per format, so a file from the app and from `werkbank export` are the same.
 */
import type { Db } from '../store/openDatabase';
import { buildExport, type ExportRequest } from './buildExport';
import { buildXlsx } from './xlsx/buildXlsx';

export async function exportFile(db: Db, req: ExportRequest): Promise<Buffer> {
  switch (req.format) {
    case 'xlsx':
      return buildXlsx(db, req);
    case 'json':
    case 'csv':
      return Buffer.from(buildExport(db, req), 'utf8');
    default: {
      const never: never = req.format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
