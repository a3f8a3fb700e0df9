/**
 * The audit log as the beheerder reads it (issue #11 item 3): newest first, narrowed in SQL and
 * paged with LIMIT/OFFSET, so a screen never receives the whole log (it only grows). The log's own
 * writing and checking is store/audit.ts; this module only reads.
 */
import type { AuditRow } from '../store/audit';
import type { AuditEntryView } from '../../../shared/ipc/channels/audit';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';

/** The filters in the store's terms: `fromAt`/`beforeAt` are instants (UTC ISO, as `at` is stored). */
export interface AuditQuery {
  subject?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  fromAt?: string | undefined;
  beforeAt?: string | undefined;
}

/** The columns the screen reads: the audit row without its chain and MAC fields. */
type Row = Pick<AuditRow, 'seq' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id' | 'detail'>;

/**
 * Only the conditions that are set, so each filter can use its index (migration 010). Every value
 * is a parameter; the SQL is one of a fixed few texts, each compiled once (`cached`).
 */
function where(q: AuditQuery): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (q.subject !== undefined) {
    // A case code names the case's own entries and those of things about it (a knelpunt, an action).
    parts.push(`(entity_id = @subject OR json_extract(detail, '$.caseCode') = @subject)`);
    params.subject = q.subject;
  }
  if (q.actor !== undefined) {
    parts.push('actor = @actor');
    params.actor = q.actor;
  }
  if (q.action !== undefined) {
    parts.push('action = @action');
    params.action = q.action;
  }
  if (q.fromAt !== undefined) {
    parts.push('at >= @fromAt');
    params.fromAt = q.fromAt;
  }
  if (q.beforeAt !== undefined) {
    parts.push('at < @beforeAt');
    params.beforeAt = q.beforeAt;
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

const view = (r: Row): AuditEntryView => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

const COLUMNS = 'seq, at, actor, action, entity, entity_id, detail';

export function listAuditEntries(db: Db, q: AuditQuery, page: { limit: number; offset: number }): { total: number; items: AuditEntryView[] } {
  const w = where(q);
  const total = (cached(db, `SELECT COUNT(*) AS n FROM audit_log ${w.sql}`).get(w.params) as { n: number }).n;
  const rows = cached(db, `SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`).all({ ...w.params, ...page }) as Row[];
  return { total, items: rows.map(view) };
}

/** Every entry the filters select, newest first, for the export (streamed from SQLite row by row). */
export function* iterateAuditEntries(db: Db, q: AuditQuery): Generator<AuditEntryView> {
  const w = where(q);
  for (const row of cached(db, `SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY seq DESC`).iterate(w.params) as IterableIterator<Row>) {
    yield view(row);
  }
}

/** The filter choices: every actor and every action the log holds, alphabetically. */
export function listAuditFacets(db: Db): { actors: string[]; actions: string[] } {
  return {
    actors: cached(db, 'SELECT DISTINCT actor FROM audit_log ORDER BY actor').pluck().all() as string[],
    actions: cached(db, 'SELECT DISTINCT action FROM audit_log ORDER BY action').pluck().all() as string[],
  };
}
