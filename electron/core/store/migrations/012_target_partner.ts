import type { Migration } from './types';

/**
 * §5 consent before sharing (issue #11 item 6): an escalation target names the partner
 * organisation its dossier goes to, as a consent's scope names it. Existing stores get the shipped
 * default of the targets whose organisation is fixed (resources/catalogues/escalatiedoelen.json);
 * the netwerk (the organisations at the wijk's tafels) and overig (the target under its own name)
 * stay NULL, which is what they mean without a partner.
 */
export const migration012: Migration = {
  version: 12,
  name: 'target_partner',
  up(db) {
    db.exec(`
      ALTER TABLE escalation_targets ADD COLUMN partner TEXT CHECK (partner IS NULL OR length(trim(partner)) > 0);
      UPDATE escalation_targets SET partner = CASE id
        WHEN 'prio' THEN 'PRIO'
        WHEN 'wijk_mt' THEN 'Wijk-MT'
        WHEN 'jeugd_weekbedrag' THEN 'Casuïstiektafel hoog weekbedrag jeugd'
      END;
    `);
  },
};
