import { sqlIn } from './sql';
import type { Migration } from './types';

const ESCALATION_STATUSES = ['concept', 'ingediend', 'in_behandeling', 'besluit', 'afgerond', 'teruggelegd', 'ingetrokken'];

/**
 * §2.3/§5 every step of an escalation is traceable: who moved it, when, and why (teruggelegd only
 * makes sense with its reason). Same shape as case_status_history (003); the rows belong to one
 * escalation row and go with it, so rewriting or erasing a case leaves nothing behind.
 */
export const migration006: Migration = {
  version: 6,
  name: 'escalation_history',
  up(db) {
    db.exec(`
      CREATE TABLE escalation_status_history (
        escalation_seq INTEGER NOT NULL REFERENCES escalations (seq) ON DELETE CASCADE,
        position       INTEGER NOT NULL CHECK (position >= 0),
        from_status    TEXT CHECK (from_status IS NULL OR ${sqlIn('from_status', ESCALATION_STATUSES)}),
        to_status      TEXT NOT NULL CHECK (${sqlIn('to_status', ESCALATION_STATUSES)}),
        at             TEXT NOT NULL,
        by             TEXT,
        why            TEXT,
        PRIMARY KEY (escalation_seq, position)
      ) STRICT;
    `);
  },
};
