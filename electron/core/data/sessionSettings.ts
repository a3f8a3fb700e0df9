/** Beheer → Beveiliging: after how many idle minutes the store locks itself (PRODUCT.md §5, issue #11 item 2). */
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { cached } from './rows';

const AUTO_LOCK = 'session.autoLockMinutes';

/** The chosen minutes, or null when none was chosen (the app's default applies). */
export function readAutoLockMinutes(db: Db): number | null {
  const row = cached(db, 'SELECT value FROM settings WHERE key = ?').get(AUTO_LOCK) as { value: string } | undefined;
  const minutes = row === undefined ? NaN : Number(row.value);
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

export function saveAutoLockMinutes(db: Db, minutes: number, actor: string, now: Date): void {
  db.transaction(() => {
    cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(AUTO_LOCK, String(minutes));
    appendAudit(db, { actor, action: 'session.autoLock', entity: 'store', detail: { minutes } }, now);
  })();
}
