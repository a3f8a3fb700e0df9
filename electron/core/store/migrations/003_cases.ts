import { sqlBool, sqlDate, sqlIn } from './sql';
import type { Migration } from './types';

const SPOREN = ['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'];
const PAYERS = ['wmo', 'jeugd', 'wlz', 'zvw', 'participatie', 'schuldhulp', 'woningcorporatie', 'gemeente_overig', 'overig'];
const UNITS = ['dag', 'nacht', 'week', 'maand', 'jaar', 'uur', 'eenmalig'];
const EVIDENCE = ['A', 'B', 'C'];
const CASE_STATUSES = ['aangemeld', 'geagendeerd', 'in_behandeling', 'plan_vastgesteld', 'in_uitvoering', 'afgesloten', 'vastgelopen', 'geescaleerd', 'ingetrokken'];
const CALCULATION_STATUSES = ['concept', 'vastgesteld'];
const HOUSEHOLD_TYPES = ['alleenstaand', 'alleenstaand_met_kinderen', 'paar', 'paar_met_kinderen', 'overig'];
const LEEFGEBIEDEN = ['financien', 'dagbesteding', 'huisvesting', 'huiselijke_relaties', 'geestelijke_gezondheid', 'lichamelijke_gezondheid', 'verslaving', 'adl_vaardigheden', 'sociaal_netwerk', 'maatschappelijke_participatie', 'justitie'];
const CONSENT_BASES = ['toestemming', 'overeenkomst', 'wettelijke_verplichting', 'vitaal_belang', 'wettelijke_taak', 'gerechtvaardigd_belang'];
const INTERVENTION_STATUSES = ['voorgesteld', 'ingezet', 'afgerond', 'afgebroken'];
const DOMAINS = ['wmo', 'jeugd'];
const SETTINGS = ['extramuraal', 'intramuraal', 'semimuraal'];
const TARGETS = ['netwerk', 'prio', 'wijk_mt', 'jeugd_weekbedrag', 'overig'];
const ESCALATION_STATUSES = ['concept', 'ingediend', 'in_behandeling', 'besluit', 'afgerond', 'teruggelegd', 'ingetrokken'];
const URGENCIES = ['laag', 'normaal', 'hoog', 'acuut'];
const OUTCOMES = ['toegekend', 'deels_toegekend', 'afgewezen'];

/**
 * §2.1 cases and everything that belongs to one. Every child row cascades with its case, so the
 * erasure workflow (§5) deletes a resident's data with one DELETE and leaves nothing behind.
 *
 * Cost lines store their resolved values and the §3.1 amount (`amount_cents`), rounded once when
 * written: the businesscase is then a plain SUM … GROUP BY (ARCHITECTURE.md "The store").
 * `label_given` remembers whether an item line carried its own label, so an export writes back
 * exactly what was imported.
 */
export const migration003: Migration = {
  version: 3,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        code                        TEXT PRIMARY KEY,
        wijk                        TEXT NOT NULL,
        alias                       TEXT,
        birth_year                  INTEGER,
        age_band                    TEXT,
        is_signaal                  INTEGER NOT NULL DEFAULT 0 CHECK (${sqlBool('is_signaal')}),
        status                      TEXT NOT NULL CHECK (${sqlIn('status', CASE_STATUSES)}),
        registered_on               TEXT NOT NULL CHECK (${sqlDate('registered_on')}),
        reference_date              TEXT CHECK (reference_date IS NULL OR ${sqlDate('reference_date')}),
        horizon_weeks               INTEGER NOT NULL CHECK (horizon_weeks >= 1),
        attribution_pct             REAL NOT NULL CHECK (attribution_pct BETWEEN 0 AND 100),
        calculation_status          TEXT NOT NULL CHECK (${sqlIn('calculation_status', CALCULATION_STATUSES)}),
        calc_price_list_version     TEXT REFERENCES price_list_versions (version),
        calc_fixed_on               TEXT CHECK (calc_fixed_on IS NULL OR ${sqlDate('calc_fixed_on')}),
        calc_fixed_by               TEXT,
        casusregisseur              TEXT,
        casusregisseur_organisation TEXT,
        aanmelder_name              TEXT,
        aanmelder_organisation      TEXT,
        aanleiding                  TEXT,
        doel                        TEXT,
        household                   TEXT CHECK (household IS NULL OR ${sqlIn('household', HOUSEHOLD_TYPES)}),
        household_size              INTEGER CHECK (household_size IS NULL OR household_size >= 1),
        retention_until             TEXT CHECK (retention_until IS NULL OR ${sqlDate('retention_until')}),
        notes                       TEXT,
        -- §2.1: a signaal carries no alias and no birth year until consent is recorded (checked by the schema).
        CHECK (reference_date IS NOT NULL OR is_signaal = 1 OR status IN ('aangemeld', 'geagendeerd'))
      ) STRICT;
      CREATE INDEX cases_wijk_reference ON cases (wijk, reference_date);
      CREATE INDEX cases_reference_date ON cases (reference_date, status);
      CREATE INDEX cases_status ON cases (status);
      CREATE INDEX cases_registered ON cases (registered_on DESC, code);

      CREATE TABLE case_sporen (
        case_code TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        spoor     TEXT NOT NULL CHECK (${sqlIn('spoor', SPOREN)}),
        position  INTEGER NOT NULL,
        PRIMARY KEY (case_code, spoor)
      ) STRICT;
      CREATE INDEX case_sporen_spoor ON case_sporen (spoor);

      CREATE TABLE case_status_history (
        case_code   TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        from_status TEXT CHECK (from_status IS NULL OR ${sqlIn('from_status', CASE_STATUSES)}),
        to_status   TEXT NOT NULL CHECK (${sqlIn('to_status', CASE_STATUSES)}),
        at          TEXT NOT NULL,
        by          TEXT,
        why         TEXT,
        PRIMARY KEY (case_code, position)
      ) STRICT;
      CREATE INDEX case_status_history_to ON case_status_history (to_status, case_code);

      CREATE TABLE case_scores (
        case_code TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        leefgebied TEXT NOT NULL CHECK (${sqlIn('leefgebied', LEEFGEBIEDEN)}),
        position  INTEGER NOT NULL,
        intake    INTEGER CHECK (intake IS NULL OR intake BETWEEN 1 AND 5),
        follow_up INTEGER CHECK (follow_up IS NULL OR follow_up BETWEEN 1 AND 5),
        PRIMARY KEY (case_code, leefgebied)
      ) STRICT;

      -- scope is a small list [{partner, granted}] that is only ever read whole: JSON text.
      CREATE TABLE consents (
        case_code   TEXT PRIMARY KEY REFERENCES cases (code) ON DELETE CASCADE,
        basis       TEXT NOT NULL CHECK (${sqlIn('basis', CONSENT_BASES)}),
        recorded_on TEXT NOT NULL CHECK (${sqlDate('recorded_on')}),
        scope       TEXT CHECK (scope IS NULL OR json_valid(scope))
      ) STRICT;

      CREATE TABLE cost_lines (
        case_code          TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        scenario           TEXT NOT NULL CHECK (${sqlIn('scenario', ['reference', 'actual'])}),
        position           INTEGER NOT NULL,
        price_list_version TEXT,
        item_id            TEXT,
        label              TEXT NOT NULL,
        label_given        INTEGER NOT NULL DEFAULT 1 CHECK (${sqlBool('label_given')}),
        payer              TEXT NOT NULL CHECK (${sqlIn('payer', PAYERS)}),
        unit               TEXT NOT NULL CHECK (${sqlIn('unit', UNITS)}),
        unit_cost_cents    INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
        quantity           REAL NOT NULL CHECK (quantity >= 0),
        probability_pct    REAL NOT NULL CHECK (probability_pct BETWEEN 0 AND 100),
        evidence           TEXT NOT NULL CHECK (${sqlIn('evidence', EVIDENCE)}),
        amount_cents       INTEGER NOT NULL,
        PRIMARY KEY (case_code, scenario, position),
        FOREIGN KEY (price_list_version, item_id) REFERENCES price_list_items (version, id),
        CHECK ((item_id IS NULL) = (price_list_version IS NULL))
      ) STRICT;
      CREATE INDEX cost_lines_item ON cost_lines (price_list_version, item_id);

      CREATE TABLE interventions (
        seq                   INTEGER PRIMARY KEY,
        case_code             TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        position              INTEGER NOT NULL,
        id                    TEXT,
        spoor                 TEXT NOT NULL CHECK (${sqlIn('spoor', SPOREN)}),
        type                  TEXT NOT NULL,
        status                TEXT NOT NULL CHECK (${sqlIn('status', INTERVENTION_STATUSES)}),
        one_off_cents         INTEGER NOT NULL CHECK (one_off_cents >= 0),
        rate_cents            INTEGER NOT NULL CHECK (rate_cents >= 0),
        unit                  TEXT NOT NULL CHECK (${sqlIn('unit', UNITS)}),
        quantity              REAL NOT NULL CHECK (quantity >= 0),
        payer                 TEXT NOT NULL CHECK (${sqlIn('payer', PAYERS)}),
        voorliggend_veld      INTEGER NOT NULL CHECK (${sqlBool('voorliggend_veld')}),
        doorbraak             INTEGER NOT NULL CHECK (${sqlBool('doorbraak')}),
        -- §3.2 oneOffCents + round(rateCents × quantity), stored when written.
        cost_cents            INTEGER NOT NULL,
        partner               TEXT,
        started_on            TEXT CHECK (started_on IS NULL OR ${sqlDate('started_on')}),
        ended_on              TEXT CHECK (ended_on IS NULL OR ${sqlDate('ended_on')}),
        doorbraak_rule        TEXT,
        doorbraak_legal_basis TEXT,
        doorbraak_allowed_by  TEXT,
        sociale_kaart_id      TEXT,
        note                  TEXT,
        UNIQUE (case_code, position),
        UNIQUE (case_code, id)
      ) STRICT;
      CREATE INDEX interventions_spoor ON interventions (spoor, status);

      CREATE TABLE arrangements (
        case_code                   TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        id                          TEXT NOT NULL,
        position                    INTEGER NOT NULL,
        domain                      TEXT NOT NULL CHECK (${sqlIn('domain', DOMAINS)}),
        setting                     TEXT NOT NULL CHECK (${sqlIn('setting', SETTINGS)}),
        provider                    TEXT NOT NULL,
        weekly_cents                INTEGER NOT NULL CHECK (weekly_cents >= 0),
        from_date                   TEXT NOT NULL CHECK (${sqlDate('from_date')}),
        weeks                       REAL NOT NULL CHECK (weeks >= 0),
        subcontractor_surcharge_pct REAL CHECK (subcontractor_surcharge_pct IS NULL OR subcontractor_surcharge_pct BETWEEN 0 AND 100),
        PRIMARY KEY (case_code, id),
        UNIQUE (case_code, position)
      ) STRICT;
      CREATE INDEX arrangements_domain ON arrangements (domain, setting, weekly_cents);

      CREATE TABLE escalations (
        seq                   INTEGER PRIMARY KEY,
        case_code             TEXT NOT NULL REFERENCES cases (code) ON DELETE CASCADE,
        position              INTEGER NOT NULL,
        id                    TEXT,
        target                TEXT NOT NULL CHECK (${sqlIn('target', TARGETS)}),
        status                TEXT NOT NULL CHECK (${sqlIn('status', ESCALATION_STATUSES)}),
        urgency               TEXT CHECK (urgency IS NULL OR ${sqlIn('urgency', URGENCIES)}),
        submitted_on          TEXT CHECK (submitted_on IS NULL OR ${sqlDate('submitted_on')}),
        deadline_on           TEXT CHECK (deadline_on IS NULL OR ${sqlDate('deadline_on')}),
        arrangement_id        TEXT,
        question              TEXT,
        tried                 TEXT,
        blocking_rule         TEXT,
        requested_deviation   TEXT,
        legal_basis           TEXT,
        requested_budget_cents INTEGER CHECK (requested_budget_cents IS NULL OR requested_budget_cents >= 0),
        consent_checked       INTEGER CHECK (consent_checked IS NULL OR ${sqlBool('consent_checked')}),
        owner                 TEXT,
        UNIQUE (case_code, position),
        UNIQUE (case_code, id),
        FOREIGN KEY (case_code, arrangement_id) REFERENCES arrangements (case_code, id)
      ) STRICT;
      CREATE INDEX escalations_inbox ON escalations (target, status, deadline_on);

      -- instruments is a short list of enum values, read whole: JSON text (NULL = not stated).
      CREATE TABLE besluiten (
        escalation_seq        INTEGER PRIMARY KEY REFERENCES escalations (seq) ON DELETE CASCADE,
        outcome               TEXT NOT NULL CHECK (${sqlIn('outcome', OUTCOMES)}),
        instruments           TEXT CHECK (instruments IS NULL OR json_valid(instruments)),
        maatwerkbudget_cents  INTEGER CHECK (maatwerkbudget_cents IS NULL OR maatwerkbudget_cents >= 0),
        payer                 TEXT CHECK (payer IS NULL OR ${sqlIn('payer', PAYERS)}),
        decided_on            TEXT NOT NULL CHECK (${sqlDate('decided_on')}),
        approved_weekly_cents INTEGER CHECK (approved_weekly_cents IS NULL OR approved_weekly_cents >= 0),
        review_on             TEXT CHECK (review_on IS NULL OR ${sqlDate('review_on')}),
        motivation            TEXT,
        decided_by            TEXT,
        valid_until           TEXT CHECK (valid_until IS NULL OR ${sqlDate('valid_until')})
      ) STRICT;

      -- §2.1 case codes are never reused: the last number handed out per wijk prefix and year.
      CREATE TABLE case_code_counters (
        prefix      TEXT NOT NULL,
        year        INTEGER NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (prefix, year)
      ) STRICT;
    `);
  },
};
