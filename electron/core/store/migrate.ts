import type { Db } from './openDatabase';
import type { Migration } from './migrations/types';

export class NewerStoreError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`store schema version ${found} is newer than this app knows (${known})`);
    this.name = 'NewerStoreError';
  }
}

/**
 * Brings the schema to the latest version, one migration per transaction so a crash leaves the
 * store at a whole version. A store written by a newer app is refused rather than half-understood.
 */
export function migrate(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) throw new NewerStoreError(from, migrations.length);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: migrations.length };
}
