/** Issue #14 item 3: the (tussen)evaluatie on screen, and as a file (the same code as the CLI). */
import type { Handlers } from '../../../shared/ipc/contract';
import { mimeTypeOf } from '../../../shared/ipc/saveFile';
import { buildTussenevaluatieFile } from '../export/tussenevaluatie/buildTussenevaluatie';
import { tussenevaluatieReport } from '../reports/tussenevaluatie';
import type { HandlerContext } from './support/context';
import { clock, today } from './support/mutation';

export function tussenevaluatieHandlers(ctx: HandlerContext) {
  return {
    'tussenevaluatie:get': async ({ year }) => tussenevaluatieReport(ctx.session.database(), { year, asOf: today(ctx) }),

    'tussenevaluatie:file': async ({ year, format, pseudonymised }) => {
      const file = await buildTussenevaluatieFile(ctx.session.database(), { year, format, pseudonymised, now: clock(ctx), actor: ctx.actor });
      return { fileName: file.fileName, mimeType: mimeTypeOf(format), base64: file.bytes.toString('base64') };
    },
  } satisfies Pick<Handlers, 'tussenevaluatie:get' | 'tussenevaluatie:file'>;
}
