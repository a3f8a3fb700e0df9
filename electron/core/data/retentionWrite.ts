/** §5 retention, the write: the number of years, in `settings` (audited by the caller's mutation). */
import type { Db } from '../store/openDatabase';
import { RETENTION_YEARS_KEY } from './retention';
import { cached } from './rows';

export function recordRetentionYears(db: Db, years: number): void {
  cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(RETENTION_YEARS_KEY, String(years));
}
