/**
 * Where the anchor starts (issue #11 item 3): a new store writes a genesis anchor before its first
 * entry; a store from before migration 010 is sealed once; a restored store gets a fresh anchor.
 */
import { UserError } from '../../../shared/ipc/result';
import { appendAudit, readAuditHead, verifyAuditChain } from './audit';
import { anchorPath, GENESIS_MAC, readAnchor, writeAnchor } from './auditAnchor';
import { auditKeysOf } from './auditKeys';
import { MAC_START, verifyAuditMacs } from './auditVerify';
import type { Db } from './openDatabase';

function hasSignedEntry(db: Db): boolean {
  // The newest entry first: in a sealed store it carries a MAC, so the scan stops at once.
  const last = db.prepare('SELECT mac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { mac: string | null } | undefined;
  if (last === undefined) return false;
  if (last.mac !== null) return true;
  return db.prepare('SELECT 1 FROM audit_log WHERE mac IS NOT NULL LIMIT 1').get() !== undefined;
}

/**
 * Runs at every open, once the audit key is registered; does something only for a log that has no
 * MAC'd entry at all and no anchor beyond the genesis one — a new store, or one from before
 * migration 010. Those older entries cannot get a MAC of their own (the log is append-only, and a
 * MAC added now would vouch for nothing more than the chain already does), so ONE MAC'd
 * `audit.macStart` entry records their head (sequence number and hash) as it was: from then on
 * changing any of them breaks the chain at the seal, and the seal itself cannot be forged.
 *
 * Idempotent and crash-safe: the genesis anchor is written first, then the seal; a crash between
 * the key file and the seal seals at the next open. A log that already has MAC'd entries, or an
 * anchor that is damaged or further along, is never sealed again: that would launder whatever
 * happened to it (verify reports it instead).
 */
export function sealAuditLog(db: Db, now: Date): void {
  if (hasSignedEntry(db)) return;
  const keys = auditKeysOf(db);
  const path = anchorPath(keys.dbFile);
  const anchor = readAnchor(path, keys);
  if (anchor.kind === 'missing') writeAnchor(path, keys, { seq: 0, mac: GENESIS_MAC }, now);
  else if (anchor.kind !== 'ok' || anchor.head.seq !== 0) return;
  const head = readAuditHead(db);
  if (head === null) return;
  appendAudit(db, { actor: 'werkbank', action: MAC_START, entity: 'audit', detail: { sealedSeq: head.seq, sealedHash: head.hash } }, now);
}

/**
 * A fresh anchor for `dbFile` at the head of `db`'s log, after proving the chain and every MAC —
 * for a restore from a backup, whose database is legitimately older than the anchor beside the
 * store it replaces. `db` must be opened with its passphrase (openStore), so its audit key is known.
 */
export function writeAuditAnchor(dbFile: string, db: Db, now: Date = new Date()): void {
  const keys = auditKeysOf(db);
  const chain = verifyAuditChain(db);
  const macs = verifyAuditMacs(db);
  if (!chain.ok || !macs.ok) {
    throw new UserError(
      'INTEGRITY',
      'Het logboek van deze werkbank is niet compleet of niet ongewijzigd; er is geen nieuw anker geschreven. Controleer het met werkbank verify.',
    );
  }
  const head = readAuditHead(db);
  writeAnchor(anchorPath(dbFile), keys, head?.mac ? { seq: head.seq, mac: head.mac } : { seq: 0, mac: GENESIS_MAC }, now);
}
