import type { Migration } from './types';

const DATE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

/**
 * Issue #14 items 7–9, all optional (an old case has none of them):
 *  - cases: the care-cost band expected at the aanmelding, and the sporen considered (a JSON array
 *    of spoor ids, like consents.scope: a small set read and written with the case as a whole);
 *  - interventions: the follow-up of a referral to the voorliggend veld (landed? and when checked);
 *  - arrangements: resultaatgebied, trede and cliëntgroep, and the amount per four weeks.
 * The enums are checked by CaseSchema before anything is written; the CHECKs guard the store's shape.
 */
export const migration015: Migration = {
  version: 15,
  name: 'intake_fields',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN care_cost_band TEXT CHECK (care_cost_band IS NULL OR care_cost_band IN ('tot_10k', 'van_10k_tot_50k', 'van_50k_tot_100k', 'boven_100k'));
      ALTER TABLE cases ADD COLUMN sporen_considered TEXT CHECK (sporen_considered IS NULL OR json_valid(sporen_considered));
      ALTER TABLE interventions ADD COLUMN referral_arrived TEXT CHECK (referral_arrived IS NULL OR referral_arrived IN ('aangekomen', 'niet_aangekomen', 'onbekend'));
      ALTER TABLE interventions ADD COLUMN referral_checked_on TEXT ${DATE('referral_checked_on')};
      ALTER TABLE arrangements ADD COLUMN resultaatgebied TEXT CHECK (resultaatgebied IS NULL OR resultaatgebied IN ('sociaal_persoonlijk_functioneren', 'huishouden', 'financien', 'dagbesteding', 'zelfzorg_gezondheid', 'huisvesting', 'mantelzorgondersteuning'));
      ALTER TABLE arrangements ADD COLUMN trede INTEGER CHECK (trede IS NULL OR trede BETWEEN 1 AND 7);
      ALTER TABLE arrangements ADD COLUMN clientgroep TEXT CHECK (clientgroep IS NULL OR clientgroep IN ('ouderen', 'lichamelijk_beperkten', 'verstandelijk_beperkten', 'ggz_mo_extramuraal', 'ggz_mo_intramuraal', 'zintuiglijk_beperkten'));
      ALTER TABLE arrangements ADD COLUMN four_weekly_cents INTEGER CHECK (four_weekly_cents IS NULL OR four_weekly_cents >= 0);
    `);
  },
};
