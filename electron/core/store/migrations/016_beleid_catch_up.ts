import { migration014 } from './014_beleid';
import type { Migration } from './types';

/**
 * Main shipped an empty placeholder as version 14 while the beleid branch (issue #14 items 4–6)
 * was under way, so a store may stand at version 15 without beleid's columns. For such a store
 * this runs the real 014 (which adds only what is missing); on a store that ran the real 014 the
 * columns are there and nothing changes — in particular an administrator's term for PRIO stays.
 */
export const migration016: Migration = {
  version: 16,
  name: 'beleid_catch_up',
  up(db) {
    const hasTerm = (db.prepare("SELECT name FROM pragma_table_info('escalation_targets')").all() as { name: string }[]).some((r) => r.name === 'valid_to');
    if (!hasTerm) migration014.up(db);
  },
};
