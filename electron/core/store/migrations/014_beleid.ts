import type { Migration } from './types';

const DATE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

/**
 * Issue #14 items 4, 5 and 6 (all optional: an older row has none of them):
 *  - besluiten: the parties at the hoog-weekbedragtafel and the afweging (item 5), JSON arrays;
 *  - escalation_targets: the term in which a target takes escalations (item 6). PRIO gets the start
 *    of the sources, as the shipped catalogue has it (resources/catalogues/escalatiedoelen.json):
 *    from March 2022 ([001]), and no end. "Nog 2 jaar" from the end of 2022 would end it on
 *    2024-12-31, but whether PRIO went on after that is an open question (DOMAIN.md, question 12),
 *    and an end in the past would refuse every PRIO escalation of a store that still uses it. An
 *    administrator whose PRIO stopped sets the end in Beheer.
 *  - cost_lines: the setting of a reference line for care (extramuraal, intramuraal, semimuraal),
 *    so a Wmo extramural line above the cap can be recognised as already capped by policy (item 4).
 * `addColumns` adds only what is missing, so migration 016 can run this again on a store that
 * passed the empty placeholder version 14 of main (see 016_beleid_catch_up.ts).
 */
const COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: 'escalation_targets', column: 'valid_from', type: `TEXT ${DATE('valid_from')}` },
  { table: 'escalation_targets', column: 'valid_to', type: `TEXT ${DATE('valid_to')}` },
  // Issue #14 item 5: a hoog-weekbedrag besluit's parties and afweging, JSON arrays read and written with the case.
  { table: 'besluiten', column: 'parties', type: 'TEXT CHECK (parties IS NULL OR json_valid(parties))' },
  { table: 'besluiten', column: 'afweging', type: 'TEXT CHECK (afweging IS NULL OR json_valid(afweging))' },
  { table: 'cost_lines', column: 'setting', type: "TEXT CHECK (setting IS NULL OR setting IN ('extramuraal', 'intramuraal', 'semimuraal'))" },
];

export const migration014: Migration = {
  version: 14,
  name: 'beleid',
  up(db) {
    for (const c of COLUMNS) {
      const present = (db.prepare(`SELECT name FROM pragma_table_info('${c.table}')`).all() as { name: string }[]).some((r) => r.name === c.column);
      if (!present) db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
    }
    db.exec(`UPDATE escalation_targets SET valid_from = '2022-03-01' WHERE id = 'prio' AND valid_from IS NULL AND valid_to IS NULL`);
  },
};
