/**
 * Every write through IPC goes through `mutation`: one transaction holding the change and its
 * audit entry (§5: every mutation is audited), so a refusal thrown halfway changes nothing.
 */
import { localIsoDate } from '../../../../shared/format/date';
import { writeAudited, type AuditedWork } from '../../data/audited';
import type { Db } from '../../store/openDatabase';
import type { HandlerContext } from './context';

export function clock(ctx: HandlerContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

/** Today as an ISO date in the user's local calendar (a Rotterdam tafel's "today", not UTC's). */
export function today(ctx: HandlerContext): string {
  return localIsoDate(clock(ctx));
}

/**
 * Runs `work` and appends the audit entry it describes in ONE transaction (electron/core/data owns
 * the transaction). The audit detail holds ids, field names and figures, never free text about a
 * resident (an erased case must leave only a tombstone, §5).
 */
export function mutation<T>(ctx: HandlerContext, work: (db: Db) => AuditedWork<T>): T {
  return writeAudited(ctx.session.database(), ctx.actor, () => clock(ctx), work);
}
