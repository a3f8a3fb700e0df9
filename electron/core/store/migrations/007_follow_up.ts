import type { Migration } from './types';

/**
 * §2.1 a follow-up date per case: the next time the tafel looks at it. Due follow-ups are proposed
 * for the agenda (§2.2). Optional, ISO yyyy-mm-dd like every date in the store.
 */
export const migration007: Migration = {
  version: 7,
  name: 'follow_up',
  up(db) {
    db.exec(`ALTER TABLE cases ADD COLUMN follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`);
  },
};
