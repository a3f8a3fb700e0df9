import { sqlBool, sqlDate, sqlIn } from './sql';
import type { Migration } from './types';

const UNITS = ['dag', 'nacht', 'week', 'maand', 'jaar', 'uur', 'eenmalig'];
const PAYERS = ['wmo', 'jeugd', 'wlz', 'zvw', 'participatie', 'schuldhulp', 'woningcorporatie', 'gemeente_overig', 'overig'];
const EVIDENCE = ['A', 'B', 'C'];
const SPOREN = ['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'];
const TARGETS = ['netwerk', 'prio', 'wijk_mt', 'jeugd_weekbedrag', 'overig'];
const RULE_KINDS = ['jeugd_weekbedrag_plafond', 'wmo_extramuraal_weekbedrag_plafond', 'onderaannemer_opslag_verboden'];

/**
 * §2.4 the catalogues: price-list versions and kengetallen, intervention types, beleidsregels,
 * wijken, partners, escalation targets, tafel types and the sociale kaart. `position` keeps the
 * order a person (or a file) gave, so an export writes lists back in the same order.
 *
 * A price-list version is frozen once a vastgesteld calculation uses it (§2.4/§3.2): triggers then
 * refuse any change to its items and refuse unfreezing, so a fixed calculation can never drift.
 */
export const migration002: Migration = {
  version: 2,
  name: 'catalogues',
  up(db) {
    db.exec(`
      CREATE TABLE wijken (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        name        TEXT NOT NULL UNIQUE,
        code_prefix TEXT NOT NULL UNIQUE CHECK (code_prefix GLOB '[A-Z][A-Z]*')
      ) STRICT;

      CREATE TABLE partners (
        id       TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE escalation_targets (
        id                    TEXT PRIMARY KEY CHECK (${sqlIn('id', TARGETS)}),
        position              INTEGER NOT NULL,
        name                  TEXT NOT NULL,
        description           TEXT,
        deadline_working_days INTEGER NOT NULL CHECK (deadline_working_days >= 1),
        active                INTEGER NOT NULL CHECK (${sqlBool('active')})
      ) STRICT;

      CREATE TABLE tafel_types (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        name        TEXT NOT NULL,
        description TEXT NOT NULL
      ) STRICT;

      CREATE TABLE price_list_versions (
        version    TEXT PRIMARY KEY,
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        frozen     INTEGER NOT NULL DEFAULT 0 CHECK (${sqlBool('frozen')}),
        is_current INTEGER NOT NULL DEFAULT 0 CHECK (${sqlBool('is_current')})
      ) STRICT;
      -- At most one current version: the one new calculations use.
      CREATE UNIQUE INDEX price_list_versions_one_current ON price_list_versions (is_current) WHERE is_current = 1;

      CREATE TABLE price_list_items (
        version         TEXT NOT NULL REFERENCES price_list_versions (version) ON DELETE CASCADE,
        id              TEXT NOT NULL,
        position        INTEGER NOT NULL,
        name            TEXT NOT NULL,
        unit            TEXT NOT NULL CHECK (${sqlIn('unit', UNITS)}),
        unit_cost_cents INTEGER CHECK (unit_cost_cents IS NULL OR unit_cost_cents >= 0),
        payer           TEXT NOT NULL CHECK (${sqlIn('payer', PAYERS)}),
        evidence        TEXT NOT NULL CHECK (${sqlIn('evidence', EVIDENCE)}),
        source          TEXT NOT NULL,
        year            INTEGER NOT NULL,
        PRIMARY KEY (version, id)
      ) STRICT;

      CREATE TRIGGER price_list_items_frozen_insert BEFORE INSERT ON price_list_items
      WHEN (SELECT frozen FROM price_list_versions WHERE version = NEW.version) = 1
      BEGIN SELECT RAISE(ABORT, 'price list version is frozen: a vastgesteld calculation uses it'); END;
      CREATE TRIGGER price_list_items_frozen_update BEFORE UPDATE ON price_list_items
      WHEN (SELECT frozen FROM price_list_versions WHERE version = OLD.version) = 1
        OR (SELECT frozen FROM price_list_versions WHERE version = NEW.version) = 1
      BEGIN SELECT RAISE(ABORT, 'price list version is frozen: a vastgesteld calculation uses it'); END;
      CREATE TRIGGER price_list_items_frozen_delete BEFORE DELETE ON price_list_items
      WHEN (SELECT frozen FROM price_list_versions WHERE version = OLD.version) = 1
      BEGIN SELECT RAISE(ABORT, 'price list version is frozen: a vastgesteld calculation uses it'); END;
      CREATE TRIGGER price_list_versions_stay_frozen BEFORE UPDATE ON price_list_versions
      WHEN OLD.frozen = 1 AND (NEW.frozen = 0 OR NEW.version <> OLD.version)
      BEGIN SELECT RAISE(ABORT, 'price list version is frozen: a vastgesteld calculation uses it'); END;
      CREATE TRIGGER price_list_versions_frozen_delete BEFORE DELETE ON price_list_versions
      WHEN OLD.frozen = 1
      BEGIN SELECT RAISE(ABORT, 'price list version is frozen: a vastgesteld calculation uses it'); END;

      CREATE TABLE intervention_types (
        id                TEXT PRIMARY KEY,
        position          INTEGER NOT NULL,
        spoor             TEXT NOT NULL CHECK (${sqlIn('spoor', SPOREN)}),
        name              TEXT NOT NULL,
        multiplier        REAL CHECK (multiplier IS NULL OR multiplier >= 0),
        multiplier_source TEXT
      ) STRICT;

      CREATE TABLE rules (
        id             TEXT PRIMARY KEY,
        position       INTEGER NOT NULL,
        kind           TEXT NOT NULL CHECK (${sqlIn('kind', RULE_KINDS)}),
        value_cents    INTEGER CHECK (value_cents IS NULL OR value_cents >= 0),
        effective_from TEXT NOT NULL CHECK (${sqlDate('effective_from')}),
        effective_to   TEXT CHECK (effective_to IS NULL OR (${sqlDate('effective_to')} AND effective_to >= effective_from)),
        source         TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sociale_kaart (
        id           TEXT PRIMARY KEY,
        position     INTEGER NOT NULL,
        wijk         TEXT NOT NULL,
        name         TEXT NOT NULL,
        spoor        TEXT NOT NULL CHECK (${sqlIn('spoor', SPOREN)}),
        organisation TEXT,
        contact      TEXT,
        note         TEXT
      ) STRICT;
      CREATE INDEX sociale_kaart_wijk ON sociale_kaart (wijk, spoor);
    `);
  },
};
