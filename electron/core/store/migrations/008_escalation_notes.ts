import type { Migration } from './types';

/**
 * §2.3 the PRIO inbox keeps working notes per escalation (issue #9 item 3): free text of the
 * escalation target, beside the dossier the aanmelder wrote. Optional; NULL for every existing row.
 */
export const migration008: Migration = {
  version: 8,
  name: 'escalation_notes',
  up(db) {
    db.exec('ALTER TABLE escalations ADD COLUMN notes TEXT');
  },
};
