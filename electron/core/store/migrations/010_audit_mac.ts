import type { Migration } from './types';

/**
 * Issue #11 item 3: every audit entry gets a MAC under the store's audit key (store/auditKeys.ts).
 * Entries written before this migration keep NULL: the log is append-only (the triggers of 001
 * stay), and they are covered by the chain plus one MAC'd `audit.macStart` entry that seals their
 * head at the first open with the key (store/auditSeal.ts). The indexes serve the audit screen's
 * filters on actor, action and subject, newest first.
 */
export const migration010: Migration = {
  version: 10,
  name: 'audit_mac',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN mac TEXT CHECK (mac IS NULL OR (length(mac) = 64 AND mac NOT GLOB '*[^0-9a-f]*'));
      CREATE INDEX audit_log_actor ON audit_log (actor, seq);
      CREATE INDEX audit_log_action ON audit_log (action, seq);
      CREATE INDEX audit_log_entity_id ON audit_log (entity_id, seq);
    `);
  },
};
