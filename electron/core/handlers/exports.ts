/**
 * Issue #10: a screen's view as a file, built by exportFile — the same code, the same
 * pseudonymisation (export/smallCells.ts) and the same audit entry as `werkbank export`.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { mimeTypeOf } from '../../../shared/ipc/saveFile';
import { exportFileName, type ExportRequest } from '../export/buildExport';
import { exportFile } from '../export/exportFile';
import type { HandlerContext } from './support/context';
import { clock } from './support/mutation';

export function exportsHandlers(ctx: HandlerContext) {
  return {
    'exports:file': async (q) => {
      const db = ctx.session.database();
      const req: ExportRequest = { ...q, now: clock(ctx), actor: ctx.actor };
      const bytes = await exportFile(db, req);
      return { fileName: exportFileName(req), mimeType: mimeTypeOf(req.format), base64: bytes.toString('base64') };
    },
  } satisfies Pick<Handlers, 'exports:file'>;
}
