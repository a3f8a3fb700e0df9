/**
 * The audit log's keys (issue #11 item 3). The hash chain proves order and content, but anyone who
 * can write SQL can recompute it; a keyed MAC over every entry and over the anchor beside the store
 * cannot be recomputed without the audit secret.
 *
 * Why a secret of its own, and not one derived from the database key: `werkbank rekey` replaces the
 * database key, and the log is append-only — a MAC key derived from it would leave every earlier
 * MAC unverifiable after a rotation (or force a re-anchoring entry that vouches for history nobody
 * can check any more). A separate random 256-bit secret, wrapped in the key file beside the database
 * key by the same passphrase key (keys.ts, key file v3), survives both a rekey and a passphrase
 * change unchanged. It also means the database key alone — SQL access to the file, say through a
 * leaked raw key — is not enough to rewrite history unnoticed: that needs the passphrase.
 *
 * The MAC keys are derived with HKDF-SHA256 under their own labels, so an entry's MAC can never be
 * passed off as an anchor's and the secret itself is never used as a key.
 *
 * The keys reach `appendAudit` without any caller passing them: the store registers them for its
 * open connection (a WeakMap keyed by the Db, so they go when the connection is dropped).
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from './openDatabase';

export interface AuditKeys {
  /** The random secret as the key file holds it (needed to re-wrap it at rekey). */
  readonly secret: Buffer;
  /** The database file the anchor lives beside. */
  readonly dbFile: string;
  /** HMAC-SHA256 (hex) of one entry: its sequence number and its chain hash (which covers every field). */
  entryMac(seq: number, hash: string): string;
  /** HMAC-SHA256 (hex) of the anchor file's canonical text. */
  anchorMac(text: string): string;
}

const registered = new WeakMap<Db, AuditKeys>();

export function newAuditSecret(): Buffer {
  return randomBytes(32);
}

function derive(secret: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `casuistiek-werkbank/${label}`, 32));
}

export function registerAuditKeys(db: Db, secret: Buffer, dbFile: string): void {
  if (secret.length !== 32) throw new Error('audit secret must be 32 bytes');
  const entryKey = derive(secret, 'audit-entry-mac-v1');
  const anchorKey = derive(secret, 'audit-anchor-mac-v1');
  registered.set(db, {
    secret,
    dbFile,
    entryMac: (seq, hash) => createHmac('sha256', entryKey).update(`${String(seq)}\n${hash}`).digest('hex'),
    anchorMac: (text) => createHmac('sha256', anchorKey).update(text).digest('hex'),
  });
}

/** The keys of an open store; a connection opened any other way writes no audit entry at all. */
export function auditKeysOf(db: Db): AuditKeys {
  const keys = registered.get(db);
  if (!keys) throw new Error('no audit key registered for this connection: open the store with openStore or createStore');
  return keys;
}
