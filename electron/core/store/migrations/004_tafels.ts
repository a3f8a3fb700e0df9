import { sqlBool, sqlDate, sqlIn } from './sql';
import type { Migration } from './types';

const ACTION_STATUSES = ['open', 'gedaan', 'vervallen'];

/**
 * §2.2 casuïstiektafels, their members, bijeenkomsten with attendance and an agenda of cases, and
 * the decisions and actions per agenda item. An agenda item belongs to its case as well as to its
 * meeting: erasing a case (§5) removes it, and its decisions and actions, from every meeting.
 */
export const migration004: Migration = {
  version: 4,
  name: 'tafels',
  up(db) {
    db.exec(`
      CREATE TABLE tafels (
        id       TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        type     TEXT NOT NULL,
        name     TEXT NOT NULL,
        wijk     TEXT,
        cadence  TEXT
      ) STRICT;

      CREATE TABLE tafel_members (
        tafel_id     TEXT NOT NULL REFERENCES tafels (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL,
        role         TEXT,
        PRIMARY KEY (tafel_id, position)
      ) STRICT;

      CREATE TABLE meetings (
        id       TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        tafel_id TEXT NOT NULL REFERENCES tafels (id),
        date     TEXT NOT NULL CHECK (${sqlDate('date')}),
        place    TEXT,
        chair    TEXT
      ) STRICT;
      CREATE INDEX meetings_tafel_date ON meetings (tafel_id, date);

      CREATE TABLE meeting_attendance (
        meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL,
        present      INTEGER NOT NULL CHECK (${sqlBool('present')}),
        PRIMARY KEY (meeting_id, position)
      ) STRICT;

      CREATE TABLE agenda_items (
        seq        INTEGER PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        case_code  TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        item_order INTEGER NOT NULL CHECK (item_order >= 1),
        minutes    INTEGER NOT NULL CHECK (minutes >= 0),
        notes      TEXT,
        UNIQUE (meeting_id, position)
      ) STRICT;
      CREATE INDEX agenda_items_case ON agenda_items (case_code);

      CREATE TABLE decisions (
        agenda_item_seq INTEGER NOT NULL REFERENCES agenda_items (seq) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        text            TEXT NOT NULL,
        PRIMARY KEY (agenda_item_seq, position)
      ) STRICT;

      CREATE TABLE actions (
        id              TEXT PRIMARY KEY,
        agenda_item_seq INTEGER NOT NULL REFERENCES agenda_items (seq) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        text            TEXT NOT NULL,
        owner           TEXT NOT NULL,
        due             TEXT NOT NULL CHECK (${sqlDate('due')}),
        status          TEXT NOT NULL CHECK (${sqlIn('status', ACTION_STATUSES)}),
        UNIQUE (agenda_item_seq, position)
      ) STRICT;
      CREATE INDEX actions_open ON actions (status, due);
    `);
  },
};
