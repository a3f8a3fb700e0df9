import { sqlIn } from './sql';
import type { Migration } from './types';

const BEGELEIDING_KINDS = ['een_op_een', 'twee_op_een'];

/**
 * §3.5 the jeugd hoog-weekbedrag request (issue #9 item 2) carries what the tafel decides on:
 * the begeleiding (1-op-1 or 2-op-1), the weekbedrag and weeks asked, and why the
 * arrangementenmodel does not suffice. Optional dossier fields; NULL for every existing row.
 */
export const migration009: Migration = {
  version: 9,
  name: 'weekbedrag_request',
  up(db) {
    db.exec(`
      ALTER TABLE escalations ADD COLUMN begeleiding TEXT CHECK (begeleiding IS NULL OR ${sqlIn('begeleiding', BEGELEIDING_KINDS)});
      ALTER TABLE escalations ADD COLUMN requested_weekly_cents INTEGER CHECK (requested_weekly_cents IS NULL OR requested_weekly_cents >= 0);
      ALTER TABLE escalations ADD COLUMN requested_weeks REAL CHECK (requested_weeks IS NULL OR requested_weeks >= 0);
      ALTER TABLE escalations ADD COLUMN why_not_arrangementenmodel TEXT;
    `);
  },
};
