import { sqlDate, sqlIn } from './sql';
import type { Migration } from './types';

const KNELPUNT_STATUSES = ['open', 'doorgezet', 'opgelost'];

/**
 * §2.1 knelpunten/systeemsignalen: the rule or gap that blocked a case, reported per wijk and per
 * rule. A knelpunt outlives the case it came from (policy needs the count after erasure), so
 * deleting the case only clears the link.
 */
export const migration005: Migration = {
  version: 5,
  name: 'knelpunten',
  up(db) {
    db.exec(`
      CREATE TABLE knelpunten (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        case_code   TEXT REFERENCES cases (code) ON DELETE SET NULL,
        wijk        TEXT NOT NULL,
        rule        TEXT NOT NULL,
        description TEXT NOT NULL,
        raised_on   TEXT NOT NULL CHECK (${sqlDate('raised_on')}),
        status      TEXT NOT NULL CHECK (${sqlIn('status', KNELPUNT_STATUSES)})
      ) STRICT;
      CREATE INDEX knelpunten_wijk_rule ON knelpunten (wijk, rule, raised_on);
      CREATE INDEX knelpunten_case ON knelpunten (case_code);
    `);
  },
};
