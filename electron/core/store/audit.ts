import { createHash } from 'node:crypto';
import type { Db } from './openDatabase';

/**
 * The append-only, hash-chained audit log (PRODUCT.md §5). Each entry's hash covers the previous
 * hash and the entry's own fields, so removing, reordering or editing any entry breaks the chain.
 */
export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

function entryHash(prev: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail]);
  return createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
}

export function appendAudit(db: Db, entry: AuditEntry, now: Date = new Date()): void {
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
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @detail, @prev, @hash)`,
  ).run({ ...row, prev, hash: entryHash(prev, row) });
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
