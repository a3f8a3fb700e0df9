/**
 * What `werkbank verify` and the audit screen check beyond the chain (issue #11 item 3): every
 * entry's MAC, and the table against its anchor.
 *
 * What they prove: without the audit key (so without the passphrase) nobody can change, add or
 * remove an entry, nor put an older copy of the database back, without one of these checks — or the
 * chain's — failing. What they cannot prove: someone WITH the passphrase can unwrap the audit key
 * and forge anything, and an older copy of the database put back together with its own, older
 * anchor is consistent in itself; the head in a dataset export handed out earlier
 * (`checkExportedHead`) is what catches that.
 */
import { anchorPath, readAnchor } from './auditAnchor';
import { auditKeysOf } from './auditKeys';
import { readAuditHead, readAuditMacAt, type AuditRow } from './audit';
import type { Db } from './openDatabase';

/** Consecutive sequence numbers, to name "regels 5–9" instead of five numbers. */
interface SeqRange {
  from: number;
  to: number;
}

export interface MacCheck {
  ok: boolean;
  /** The audit.macStart entry that sealed the entries from before migration 010, or null. */
  sealedBy: number | null;
  /** Entries whose MAC does not fit what they hold. */
  mismatched: SeqRange[];
  /** Entries without a MAC where one is required. */
  unsigned: SeqRange[];
}

export const MAC_START = 'audit.macStart';

function add(ranges: SeqRange[], seq: number): void {
  const last = ranges.at(-1);
  if (last && last.to === seq - 1) last.to = seq;
  else ranges.push({ from: seq, to: seq });
}

/** A macStart entry that seals exactly the entries before it, as they were (detail: their head). */
function seals(row: AuditRow): boolean {
  if (row.action !== MAC_START) return false;
  const detail = JSON.parse(row.detail) as { sealedSeq?: unknown; sealedHash?: unknown };
  return detail.sealedSeq === row.seq - 1 && detail.sealedHash === row.prev_hash;
}

/**
 * Every entry must carry the MAC of its own hash. The only exception: entries from before migration
 * 010, when the first MAC'd entry is an audit.macStart that names their head — the chain covers
 * them, and the MAC'd seal covers the chain's end as it was when the key arrived.
 */
export function verifyAuditMacs(db: Db): MacCheck {
  const keys = auditKeysOf(db);
  const mismatched: SeqRange[] = [];
  const unsigned: SeqRange[] = [];
  const before: number[] = [];
  let sealedBy: number | null = null;
  let signedYet = false;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (row.mac === null) {
      if (signedYet) add(unsigned, row.seq);
      else before.push(row.seq);
      continue;
    }
    const fits = keys.entryMac(row.seq, row.hash) === row.mac;
    if (!fits) add(mismatched, row.seq);
    if (!signedYet) {
      signedYet = true;
      if (fits && seals(row)) sealedBy = row.seq;
      else for (const seq of before) add(unsigned, seq);
    }
  }
  if (!signedYet) for (const seq of before) add(unsigned, seq);
  return { ok: mismatched.length === 0 && unsigned.length === 0, sealedBy, mismatched, unsigned };
}

export type AnchorCheck =
  | { state: 'ok'; anchorSeq: number; headSeq: number }
  /** No anchor file beside the store (see README: only a restore writes a fresh one). */
  | { state: 'missing'; headSeq: number }
  | { state: 'invalid'; headSeq: number }
  /** The anchor's own MAC does not fit: changed, or taken from another store. */
  | { state: 'forged'; headSeq: number }
  /** The table ends before the anchor: entries headSeq+1 … anchorSeq were removed, or an older copy is back. */
  | { state: 'truncated'; anchorSeq: number; headSeq: number }
  /** The table holds another entry at the anchor's number: an older copy was put back and written to since. */
  | { state: 'diverged'; anchorSeq: number; headSeq: number };

/**
 * The table against its anchor. The anchor BEHIND the table is fine (a crash between a commit and
 * the anchor's write leaves exactly that); the table behind the anchor, or different at the
 * anchor's entry, is truncation or rollback.
 */
export function checkAuditAnchor(db: Db): AnchorCheck {
  const keys = auditKeysOf(db);
  const headSeq = readAuditHead(db)?.seq ?? 0;
  const read = readAnchor(anchorPath(keys.dbFile), keys);
  if (read.kind !== 'ok') return { state: read.kind, headSeq };
  const anchorSeq = read.head.seq;
  if (anchorSeq > headSeq) return { state: 'truncated', anchorSeq, headSeq };
  if (anchorSeq > 0 && readAuditMacAt(db, anchorSeq) !== read.head.mac) return { state: 'diverged', anchorSeq, headSeq };
  return { state: 'ok', anchorSeq, headSeq };
}

/**
 * A head recorded elsewhere (a dataset export's `auditHead`) against this store: the log must still
 * hold that entry with that MAC. 'missing' when the log is shorter, 'differs' when the entry is another.
 */
export function checkExportedHead(db: Db, head: { seq: number; mac: string }): 'ok' | 'missing' | 'differs' {
  if (head.seq === 0) return 'ok';
  const mac = readAuditMacAt(db, head.seq);
  if (mac === undefined) return 'missing';
  return mac === head.mac ? 'ok' : 'differs';
}

/**
 * Whether the registered audit secret is the one this log was MAC'd with: the newest MAC'd entry
 * must carry its MAC. For a key that did not come through the authenticated passphrase wrap (the OS
 * keychain's, osKeyWrap.ts). A log without any MAC'd entry cannot prove it, so that is a no.
 */
export function auditSecretFitsLog(db: Db): boolean {
  const keys = auditKeysOf(db);
  const row = db.prepare('SELECT seq, hash, mac FROM audit_log WHERE mac IS NOT NULL ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string; mac: string }
    | undefined;
  return row !== undefined && keys.entryMac(row.seq, row.hash) === row.mac;
}
