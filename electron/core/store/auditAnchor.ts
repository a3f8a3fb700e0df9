/**
 * The audit log's anchor outside the database (issue #11 item 3): `werkbank.db.anchor.json` holds
 * the last sequence number and that entry's MAC, itself MAC'd with the audit key. Deleting the
 * newest entries, or putting an older copy of the database back, leaves the table behind its
 * anchor — which `werkbank verify` reports. Without the audit key the file cannot be made to agree.
 *
 * Only the file lives here; when it is written and what it is compared with is audit.ts. It is
 * written after a commit (a crash in between leaves the anchor behind the table, which is fine) by
 * a temporary file, fsync and rename, so a crash never leaves half an anchor.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { AuditKeys } from './auditKeys';

const FORMAT = 'casuistiek-werkbank/audit-anchor-v1';
const HEX64 = /^[0-9a-f]{64}$/;

/** The head before the first entry: an anchor a fresh store writes before it logs anything. */
export const GENESIS_MAC = '0'.repeat(64);

const AnchorFile = z
  .object({
    format: z.literal(FORMAT),
    seq: z.number().int().min(0),
    mac: z.string().regex(HEX64),
    at: z.string().datetime(),
    anchorMac: z.string().regex(HEX64),
  })
  .strict();

export interface AnchorHead {
  seq: number;
  mac: string;
}

export type AnchorRead =
  | { kind: 'missing' }
  /** Not JSON, or not the anchor's shape. */
  | { kind: 'invalid' }
  /** Its own MAC does not fit: changed by hand, or the anchor of another store. */
  | { kind: 'forged' }
  | { kind: 'ok'; head: AnchorHead; at: string };

export function anchorPath(dbFile: string): string {
  return `${dbFile}.anchor.json`;
}

const canonical = (head: AnchorHead, at: string) => JSON.stringify([FORMAT, head.seq, head.mac, at]);

export function readAnchor(path: string, keys: AuditKeys): AnchorRead {
  if (!existsSync(path)) return { kind: 'missing' };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = AnchorFile.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid' };
  const { seq, mac, at, anchorMac } = parsed.data;
  if (keys.anchorMac(canonical({ seq, mac }, at)) !== anchorMac) return { kind: 'forged' };
  return { kind: 'ok', head: { seq, mac }, at };
}

export function writeAnchor(path: string, keys: AuditKeys, head: AnchorHead, now: Date): void {
  const at = now.toISOString();
  const text = `${JSON.stringify({ format: FORMAT, seq: head.seq, mac: head.mac, at, anchorMac: keys.anchorMac(canonical(head, at)) }, null, 2)}\n`;
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    // On disk before the rename: after a power cut the anchor is the old one or the new one, never empty.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
