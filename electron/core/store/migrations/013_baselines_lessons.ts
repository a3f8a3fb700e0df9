import { sqlDate, sqlIn } from './sql';
import type { Migration } from './types';

const SPOREN = ['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'];
const LESSON_KINDS = ['werkte', 'werkte_niet'];

/**
 * Issue #14 item 3, the qualitative monitoring of the sources: per wijk, dated baselines (the
 * first is de nulmeting) and a dated lessenlog. A baseline holds a COPY of the sociale-kaart
 * entries it counted (no foreign key to sociale_kaart): a later edit of the sociale kaart must not
 * change what the wijk had at the start. Wijken are referred to by name, as everywhere else.
 */
export const migration013: Migration = {
  version: 13,
  name: 'baselines_lessons',
  up(db) {
    db.exec(`
      CREATE TABLE baselines (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        wijk        TEXT NOT NULL,
        measured_on TEXT NOT NULL CHECK (${sqlDate('measured_on')}),
        households  INTEGER NOT NULL CHECK (households >= 0),
        notes       TEXT
      ) STRICT;
      CREATE INDEX baselines_wijk ON baselines (wijk, measured_on);
      CREATE TABLE baseline_entries (
        baseline_id      TEXT NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        sociale_kaart_id TEXT NOT NULL,
        name             TEXT NOT NULL,
        spoor            TEXT NOT NULL CHECK (${sqlIn('spoor', SPOREN)}),
        organisation     TEXT,
        PRIMARY KEY (baseline_id, position)
      ) STRICT;
      CREATE TABLE lessons (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        wijk        TEXT NOT NULL,
        spoor       TEXT CHECK (spoor IS NULL OR ${sqlIn('spoor', SPOREN)}),
        kind        TEXT NOT NULL CHECK (${sqlIn('kind', LESSON_KINDS)}),
        text        TEXT NOT NULL,
        author      TEXT NOT NULL,
        recorded_on TEXT NOT NULL CHECK (${sqlDate('recorded_on')})
      ) STRICT;
      CREATE INDEX lessons_wijk ON lessons (wijk, recorded_on);
    `);
  },
};
