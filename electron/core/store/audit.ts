import { createHash } from 'node:crypto';
import { anchorPath, readAnchor, writeAnchor } from './auditAnchor';
import { auditKeysOf } from './auditKeys';
import type { Db } from './openDatabase';

/**
 * The append-only, hash-chained audit log (PRODUCT.md §5). Each entry's hash covers the previous
 * hash and the entry's own fields, so removing, reordering or editing any entry breaks the chain.
 * Since migration 010 each entry also carries a MAC under the store's audit key (auditKeys.ts), so
 * the chain cannot be recomputed by someone without it, and the head is anchored outside the
 * table (auditAnchor.ts), so removing the newest entries shows too (auditVerify.ts checks both).
 */
export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
  /** NULL only for entries written before migration 010 (sealed by one audit.macStart entry). */
  mac: string | null;
}

export function entryHash(prev: string, row: Omit<AuditRow, 'hash' | 'prev_hash' | 'mac'>): string {
  const canonical = JSON.stringify([row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail]);
  return createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
}

export function appendAudit(db: Db, entry: AuditEntry, now: Date = new Date()): void {
  const keys = auditKeysOf(db);
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const prev = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prev, row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash, mac)
     VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @detail, @prev, @hash, @mac)`,
  ).run({ ...row, prev, hash, mac: keys.entryMac(row.seq, hash) });
  anchorAfterCommit(db);
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

export function verifyAuditChain(db: Db): ChainCheck {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let n = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    n++;
    if (row.seq !== expectedSeq) return { ok: false, entries: n, brokenAt: row.seq, reason: 'gap in sequence' };
    if (row.prev_hash !== prev) return { ok: false, entries: n, brokenAt: row.seq, reason: 'previous hash mismatch' };
    if (entryHash(prev, row) !== row.hash) return { ok: false, entries: n, brokenAt: row.seq, reason: 'hash mismatch' };
    prev = row.hash;
    expectedSeq++;
  }
  return { ok: true, entries: n };
}

/** The newest entry: what the anchor and a dataset export record. */
export function readAuditHead(db: Db): { seq: number; hash: string; mac: string | null } | null {
  return (db.prepare('SELECT seq, hash, mac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string; mac: string | null } | undefined) ?? null;
}

/** The MAC stored with entry `seq`; undefined when there is no such entry. */
export function readAuditMacAt(db: Db, seq: number): string | null | undefined {
  const row = db.prepare('SELECT mac FROM audit_log WHERE seq = ?').get(seq) as { mac: string | null } | undefined;
  return row ? row.mac : undefined;
}

/**
 * Moves the anchor to the head of the table — but only a good anchor: one that is missing, damaged,
 * ahead of the table or that names an entry the table holds differently is left as it is, as the
 * evidence `werkbank verify` reports (rewriting it from the table would launder a truncation).
 */
function syncAnchor(db: Db): void {
  const keys = auditKeysOf(db);
  const head = readAuditHead(db);
  if (head?.mac == null) return;
  const path = anchorPath(keys.dbFile);
  const current = readAnchor(path, keys);
  if (current.kind !== 'ok' || current.head.seq >= head.seq) return;
  if (current.head.seq > 0 && readAuditMacAt(db, current.head.seq) !== current.head.mac) return;
  writeAnchor(path, keys, { seq: head.seq, mac: head.mac }, new Date());
}

function syncSafely(db: Db): void {
  try {
    syncAnchor(db);
  } catch (e) {
    // The entry is committed; an anchor left behind still verifies, it only proves less. Say so
    // without the path (a user's folder) or anything else personal.
    const code = e instanceof Error && 'code' in e ? String(e.code) : 'unknown';
    process.emitWarning(`audit anchor not written (${code})`, 'AuditAnchorWarning');
  }
}

const pending = new WeakSet<Db>();

/**
 * After each commit that appended an entry, the anchor follows. Outside a transaction the INSERT was
 * its own commit. Inside one, better-sqlite3 runs the transaction synchronously through its COMMIT
 * (or rollback), so a microtask queued now runs right after it — no caller has to remember the
 * anchor. A crash in between leaves the anchor behind the table, which verifies fine.
 */
function anchorAfterCommit(db: Db): void {
  if (!db.inTransaction) {
    syncSafely(db);
    return;
  }
  if (pending.has(db)) return;
  pending.add(db);
  queueMicrotask(() => {
    pending.delete(db);
    if (db.open && !db.inTransaction) syncSafely(db);
  });
}

/** Before a connection closes: a commit whose microtask has not run yet gets its anchor now. */
export function flushAuditAnchor(db: Db): void {
  pending.delete(db);
  if (db.open && !db.inTransaction) syncSafely(db);
}
