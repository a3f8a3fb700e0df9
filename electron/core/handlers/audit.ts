/**
 * Issue #11 item 3: the audit screen's channels. Reading the log (list, status) is NOT audited: the
 * log holds ids, codes and field names, never what a resident's case says, so reading it discloses
 * nothing a privacy officer must trace; and an entry per page view would make the log grow with
 * its own reading and move its head while the beheerder looks at it. The export is audited: the
 * rows leave the store.
 */
import type { AuditFilter } from '../../../shared/ipc/channels/audit';
import { AUDIT_PAGE_SIZE } from '../../../shared/ipc/channels/audit';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { listAuditEntries, listAuditFacets, type AuditQuery } from '../data/auditLog';
import { buildAuditCsv } from '../export/auditCsv';
import { auditProblems, verifyAuditLog } from '../store/verify';
import type { HandlerContext } from './support/context';
import { clock } from './support/mutation';

/** Local midnight of an ISO day, as the UTC instant the log stores (`at` is toISOString()). */
function startOfLocalDay(iso: string, plusDays = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The screen's filter in the store's terms; a period that ends before it starts is refused. */
function toQuery(f: AuditFilter): AuditQuery {
  if (f.from !== undefined && f.to !== undefined && f.to < f.from) {
    throw new UserError('BAD_INPUT', 'to: de einddatum ligt vóór de begindatum; kies een einddatum op of na de begindatum.');
  }
  return {
    subject: f.subject,
    actor: f.actor,
    action: f.action,
    fromAt: f.from === undefined ? undefined : startOfLocalDay(f.from),
    // `to` is included: everything before the next day's midnight.
    beforeAt: f.to === undefined ? undefined : startOfLocalDay(f.to, 1),
  };
}

export function auditHandlers(ctx: HandlerContext) {
  return {
    'audit:list': async ({ page, ...filter }) => {
      const db = ctx.session.database();
      const { total, items } = listAuditEntries(db, toQuery(filter), { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
      return { items, total, page, pageSize: AUDIT_PAGE_SIZE, ...listAuditFacets(db) };
    },
    'audit:export': async (filter) => buildAuditCsv(ctx.session.database(), toQuery(filter), filter, { now: clock(ctx), actor: ctx.actor }),
    'audit:status': async () => {
      const check = verifyAuditLog(ctx.session.database());
      return {
        headSeq: check.anchor.headSeq,
        anchorSeq: check.anchor.state === 'ok' ? check.anchor.anchorSeq : null,
        sealedBy: check.macs.sealedBy,
        problems: auditProblems(check),
      };
    },
  } satisfies Pick<Handlers, 'audit:list' | 'audit:export' | 'audit:status'>;
}
