/**
 * §2.4 the small catalogues: wijken, partners, escalation targets, tafel types, intervention types,
 * beleidsregels. They are configuration without rows pointing at them, so a list that a file (or
 * the default catalogue) provides replaces the whole list; a list it omits is left alone.
 */
import type { Rule } from '../../../shared/calc/beleidsregels';
import type { InterventionTypeCalc } from '../../../shared/calc/maatschappelijk';
import type {
  AfwegingCriterionFile,
  EscalationTargetFile,
  InterventionTypeFile,
  PartnerFile,
  TafelTypeFile,
  WijkFile,
} from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { defined, fromFlag, nul, opt, toFlag } from './rows';

export function replaceWijken(db: Db, wijken: readonly WijkFile[]): void {
  db.prepare('DELETE FROM wijken').run();
  const insert = db.prepare('INSERT INTO wijken (id, position, name, code_prefix) VALUES (?, ?, ?, ?)');
  wijken.forEach((w, i) => insert.run(w.id, i, w.name, w.codePrefix));
}

export function readWijken(db: Db): WijkFile[] {
  const rows = db.prepare('SELECT id, name, code_prefix FROM wijken ORDER BY position').all() as { id: string; name: string; code_prefix: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, codePrefix: r.code_prefix }));
}

export function replacePartners(db: Db, partners: readonly PartnerFile[]): void {
  db.prepare('DELETE FROM partners').run();
  const insert = db.prepare('INSERT INTO partners (id, position, name, kind) VALUES (?, ?, ?, ?)');
  partners.forEach((p, i) => insert.run(p.id, i, p.name, p.kind));
}

export function readPartners(db: Db): PartnerFile[] {
  return db.prepare('SELECT id, name, kind FROM partners ORDER BY position').all() as PartnerFile[];
}

export function replaceEscalationTargets(db: Db, targets: readonly EscalationTargetFile[]): void {
  db.prepare('DELETE FROM escalation_targets').run();
  const insert = db.prepare(
    'INSERT INTO escalation_targets (id, position, name, description, deadline_working_days, active, partner, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  targets.forEach((t, i) =>
    insert.run(t.id, i, t.name, nul(t.description), t.deadlineWorkingDays, toFlag(t.active), nul(t.partner), nul(t.validFrom), nul(t.validTo)),
  );
}

export function readEscalationTargets(db: Db): EscalationTargetFile[] {
  const rows = db
    .prepare('SELECT id, name, description, deadline_working_days, active, partner, valid_from, valid_to FROM escalation_targets ORDER BY position')
    .all() as {
    id: EscalationTargetFile['id'];
    name: string;
    description: string | null;
    deadline_working_days: number;
    active: number;
    partner: string | null;
    valid_from: string | null;
    valid_to: string | null;
  }[];
  return rows.map((r) =>
    defined({
      id: r.id,
      name: r.name,
      description: opt(r.description),
      deadlineWorkingDays: r.deadline_working_days,
      active: fromFlag(r.active),
      partner: opt(r.partner),
      validFrom: opt(r.valid_from),
      validTo: opt(r.valid_to),
    }),
  );
}

export function replaceTafelTypes(db: Db, types: readonly TafelTypeFile[]): void {
  db.prepare('DELETE FROM tafel_types').run();
  const insert = db.prepare('INSERT INTO tafel_types (id, position, name, description) VALUES (?, ?, ?, ?)');
  types.forEach((t, i) => insert.run(t.id, i, t.name, t.description));
}

export function readTafelTypes(db: Db): TafelTypeFile[] {
  return db.prepare('SELECT id, name, description FROM tafel_types ORDER BY position').all() as TafelTypeFile[];
}

/** Issue #14 item 5: the afwegingskader in its order, retired criteria too (active false). */
export function readAfwegingskader(db: Db): AfwegingCriterionFile[] {
  const rows = db.prepare('SELECT id, text, source, active FROM afweging_criteria ORDER BY position').all() as {
    id: string;
    text: string;
    source: string | null;
    active: number;
  }[];
  return rows.map((r) => defined({ id: r.id, text: r.text, source: opt(r.source), active: fromFlag(r.active) }));
}

export function replaceInterventionTypes(db: Db, types: readonly InterventionTypeFile[]): void {
  db.prepare('DELETE FROM intervention_types').run();
  const insert = db.prepare(
    'INSERT INTO intervention_types (id, position, spoor, name, multiplier, multiplier_source) VALUES (?, ?, ?, ?, ?, ?)',
  );
  types.forEach((t, i) => insert.run(t.id, i, t.spoor, t.name, t.multiplier, t.multiplierSource));
}

/** The intervention types as the calc engine (§3.7) and the interchange file both use them. */
export function readInterventionTypes(db: Db): InterventionTypeCalc[] {
  const rows = db
    .prepare('SELECT id, spoor, name, multiplier, multiplier_source FROM intervention_types ORDER BY position')
    .all() as { id: string; spoor: InterventionTypeCalc['spoor']; name: string; multiplier: number | null; multiplier_source: string | null }[];
  return rows.map((r) => ({ id: r.id, spoor: r.spoor, name: r.name, multiplier: r.multiplier, multiplierSource: r.multiplier_source }));
}

export function replaceRules(db: Db, rules: readonly Rule[]): void {
  db.prepare('DELETE FROM rules').run();
  const insert = db.prepare(
    'INSERT INTO rules (id, position, kind, value_cents, effective_from, effective_to, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  rules.forEach((r, i) => insert.run(r.id, i, r.kind, r.valueCents, r.effectiveFrom, r.effectiveTo, r.source));
}

/** The beleidsregels (weekbedrag caps, surcharge ban) with their effective dates (§3.5). */
export function readRules(db: Db): Rule[] {
  const rows = db
    .prepare('SELECT id, kind, value_cents, effective_from, effective_to, source FROM rules ORDER BY position')
    .all() as { id: string; kind: Rule['kind']; value_cents: number | null; effective_from: string; effective_to: string | null; source: string }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    valueCents: r.value_cents,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    source: r.source,
  }));
}

/** How often a wijk name is used by cases, knelpunten, the sociale kaart, tafels, baselines and lessons. */
export function readWijkNameUsage(db: Db, name: string): number {
  return (
    db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM cases WHERE wijk = @n) + (SELECT COUNT(*) FROM knelpunten WHERE wijk = @n)
              + (SELECT COUNT(*) FROM sociale_kaart WHERE wijk = @n) + (SELECT COUNT(*) FROM tafels WHERE wijk = @n)
              + (SELECT COUNT(*) FROM baselines WHERE wijk = @n) + (SELECT COUNT(*) FROM lessons WHERE wijk = @n) AS n`,
      )
      .get({ n: name }) as { n: number }
  ).n;
}

/**
 * The wijk a person chose, by name or id. Unknown → BAD_INPUT naming `field`, with the wijken that
 * exist.
 */
export function readWijk(db: Db, given: string, field: string): WijkFile {
  const wijken = readWijken(db);
  const found = wijken.find((w) => w.name === given || w.id === given);
  if (found === undefined) {
    const known = wijken.map((w) => w.name).join(', ');
    throw new UserError(
      'BAD_INPUT',
      `${field}: wijk '${given}' staat niet in de catalogus${known === '' ? '' : ` (bekend: ${known})`}. Kies een bestaande wijk of voeg haar toe bij Beheer › Wijken.`,
    );
  }
  return found;
}

/** The wijk's name, as cases and registers store it. */
export function readWijkName(db: Db, given: string, field: string): string {
  return readWijk(db, given, field).name;
}
