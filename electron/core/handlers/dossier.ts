/**
 * Issue #9 item 5: the escalation dossier file from the app, through the very functions behind
 * `werkbank dossier export` / `dossier import` (electron/core/data/dossierExport.ts and
 * dossierImport.ts): the same file, the same checks, the same Dutch refusals, the same audit
 * entries (`dossier.export` / `dossier.import`: the escalation id, never the content, never the
 * passphrase). Each asks for the database before anything else, so a locked werkbank derives no key.
 */
import { localIsoDate } from '../../../shared/format/date';
import type { Handlers } from '../../../shared/ipc/contract';
import { exportDossier } from '../data/dossierExport';
import { importDossier } from '../data/dossierImport';
import type { HandlerContext } from './support/context';
import { clock } from './support/mutation';

const FILE_KIND = { request: 'verzoek', answer: 'antwoord' } as const;

export function dossierHandlers(ctx: HandlerContext) {
  return {
    'dossier:export': async ({ code, escalationId, passphrase }) => {
      const db = ctx.session.database();
      const now = clock(ctx);
      const r = await exportDossier(db, { code, escalationId, passphrase, actor: ctx.actor, now });
      return {
        // The case code is a pseudonym (§5) and tells the receiver which case the file is about.
        fileName: `dossier-${r.code}-${r.escalationId}-${FILE_KIND[r.kind]}-${localIsoDate(now)}.dossier`,
        base64: r.bytes.toString('base64'),
        kind: r.kind,
        code: r.code,
        escalationId: r.escalationId,
      };
    },
    'dossier:import': async ({ base64, passphrase }) => {
      const db = ctx.session.database();
      const r = await importDossier(db, Buffer.from(base64, 'base64'), passphrase, { actor: ctx.actor, now: clock(ctx) });
      // An answer changes this store's own case: that is the besluit merged in.
      const outcome = r.kind === 'answer' && r.outcome === 'updated' ? 'merged' : r.outcome;
      return {
        kind: r.kind,
        outcome,
        code: r.code,
        escalationId: r.escalationId,
        status: r.status,
        ...(r.addedWijk !== undefined ? { addedWijk: r.addedWijk } : {}),
      };
    },
  } satisfies Pick<Handlers, 'dossier:export' | 'dossier:import'>;
}
