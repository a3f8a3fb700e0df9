import { DEFAULT_AFWEGINGSKADER } from '../../../../shared/domain/afwegingskader';
import { sqlBool } from './sql';
import type { Migration } from './types';

/**
 * Issue #14 item 5: the hoog-weekbedragtafel's afwegingskader becomes a catalogue that Beheer
 * keeps (add, reword, retire). Every store — new or existing — starts with the default criteria
 * from the sources, all active. Rows are never deleted by the app: besluiten name criteria by id
 * (besluiten.afweging, migration 014), so a retired criterion keeps its row and its text.
 * The seed reads DEFAULT_AFWEGINGSKADER: those are the sources' criteria and change only by a new
 * migration (test/integration/data/migration-018-afwegingskader.test.ts holds the two together).
 */
export const migration018: Migration = {
  version: 18,
  name: 'afwegingskader',
  up(db) {
    db.exec(`
      CREATE TABLE afweging_criteria (
        id       TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
        source   TEXT CHECK (source IS NULL OR length(trim(source)) > 0),
        active   INTEGER NOT NULL CHECK (${sqlBool('active')})
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO afweging_criteria (id, position, text, source, active) VALUES (?, ?, ?, ?, 1)');
    DEFAULT_AFWEGINGSKADER.forEach((c, i) => insert.run(c.id, i, c.text, c.source));
  },
};
