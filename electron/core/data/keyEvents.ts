/**
 * Key events that happen while the database is closed — a passphrase change rewrites only the key
 * file — are written to the audit log at the next unlock (issue #11 items 1 and 2), once each.
 */
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';

const AUDITED_CHANGE = 'key.passphraseChangeAudited';

/** Audits a passphrase change recorded in the key file at `changedAt`, unless that one is audited already. */
export function recordPassphraseChange(db: Db, changedAt: string | undefined, now: Date): void {
  if (changedAt === undefined) return;
  const row = cached(db, 'SELECT value FROM settings WHERE key = ?').get(AUDITED_CHANGE) as { value: string } | undefined;
  if (row?.value === changedAt) return;
  db.transaction(() => {
    cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(AUDITED_CHANGE, changedAt);
    appendAudit(db, { actor: 'gebruiker', action: 'store.passphrase', entity: 'store', detail: { changedAt } }, now);
  })();
}

/** The failed unlocks since the last successful one, in one audit entry (times only). */
export function recordFailedUnlocks(db: Db, failures: { count: number; times: string[] }, now: Date): void {
  if (failures.count === 0) return;
  appendAudit(db, { actor: 'gebruiker', action: 'store.unlockFailed', entity: 'store', detail: { count: failures.count, first: failures.times[0] ?? null, last: failures.times.at(-1) ?? null } }, now);
}

/**
 * Turning "unlock with this computer account" on or off (issue #11 item 1): who, which keychain,
 * and — when it went off as a side effect rather than by choice — why (`rekey`).
 */
export function recordOsUnlockChange(db: Db, enabled: boolean, backend: string | null, actor: string, now: Date, because?: 'rekey'): void {
  const detail = { ...(backend ? { backend } : {}), ...(because ? { because } : {}) };
  appendAudit(db, { actor, action: enabled ? 'store.osUnlockOn' : 'store.osUnlockOff', entity: 'store', detail }, now);
}

/** An unlock with the OS account instead of the passphrase (so the log tells the two apart). */
export function recordOsUnlock(db: Db, backend: string, now: Date): void {
  appendAudit(db, { actor: 'gebruiker', action: 'store.unlock', entity: 'store', detail: { method: 'osAccount', backend } }, now);
}

/** §5: every unlock of the app's session is audited, the passphrase one as much as the OS one. */
export function recordPassphraseUnlock(db: Db, now: Date): void {
  appendAudit(db, { actor: 'gebruiker', action: 'store.unlock', entity: 'store', detail: { method: 'passphrase' } }, now);
}
