/**
 * §2.4 the small catalogues one entry at a time. An import replaces a whole list (catalogues.ts);
 * the beheer screens upsert one entry by id: a known id keeps its place in the list, a new one is
 * added at the end. Wijken are referred to by name (cases, knelpunten, sociale kaart, tafels), so
 * a wijk in use keeps its name and two wijken never share a name or code prefix.
 */
import type { Rule } from '../../../shared/calc/beleidsregels';
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
import { readWijkNameUsage, readWijken } from './catalogues';
import { nul, toFlag } from './rows';

type CatalogueTable = 'wijken' | 'partners' | 'escalation_targets' | 'tafel_types' | 'intervention_types' | 'rules' | 'afweging_criteria';
type SqlValue = string | number | null;

/** Inserts (at the end of the list) or updates the row with this id; returns true when it was new. */
function upsertRow(db: Db, table: CatalogueTable, row: { id: string } & Record<string, SqlValue>): boolean {
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.id) !== undefined;
  const columns = Object.keys(row).filter((c) => c !== 'id');
  if (exists) {
    db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
  } else {
    db.prepare(
      `INSERT INTO ${table} (id, position, ${columns.join(', ')})
       VALUES (@id, (SELECT COALESCE(MAX(position) + 1, 0) FROM ${table}), ${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  }
  return !exists;
}

export function upsertInterventionType(db: Db, t: InterventionTypeFile): boolean {
  return upsertRow(db, 'intervention_types', {
    id: t.id,
    spoor: t.spoor,
    name: t.name,
    multiplier: t.multiplier,
    multiplier_source: t.multiplierSource,
  });
}

export function upsertRule(db: Db, r: Rule): boolean {
  return upsertRow(db, 'rules', {
    id: r.id,
    kind: r.kind,
    value_cents: r.valueCents,
    effective_from: r.effectiveFrom,
    effective_to: r.effectiveTo,
    source: r.source,
  });
}

export function upsertEscalationTarget(db: Db, t: EscalationTargetFile): boolean {
  return upsertRow(db, 'escalation_targets', {
    id: t.id,
    name: t.name,
    description: nul(t.description),
    deadline_working_days: t.deadlineWorkingDays,
    active: toFlag(t.active),
    partner: nul(t.partner),
    valid_from: nul(t.validFrom),
    valid_to: nul(t.validTo),
  });
}

export function upsertPartner(db: Db, p: PartnerFile): boolean {
  return upsertRow(db, 'partners', { id: p.id, name: p.name, kind: p.kind });
}

export function upsertTafelType(db: Db, t: TafelTypeFile): boolean {
  return upsertRow(db, 'tafel_types', { id: t.id, name: t.name, description: t.description });
}

/**
 * Issue #14 item 5: a criterion of the afwegingskader, by id. There is no delete: besluiten name
 * criteria, so retiring one is saving it with active false. An import upserts its list the same
 * way (it adds and updates, never removes), like the tafels.
 */
export function upsertAfwegingCriterion(db: Db, c: AfwegingCriterionFile): boolean {
  return upsertRow(db, 'afweging_criteria', { id: c.id, text: c.text, source: nul(c.source), active: toFlag(c.active) });
}

/**
 * Upserts a wijk. Refused with CONFLICT when another wijk has the name or code prefix, or when a
 * wijk in use would be renamed (cases and registers refer to it by name).
 */
export function upsertWijk(db: Db, w: WijkFile): boolean {
  const all = readWijken(db);
  const sameName = all.find((o) => o.id !== w.id && o.name.toLowerCase() === w.name.toLowerCase());
  if (sameName) throw new UserError('CONFLICT', `wijk.name: wijk '${sameName.id}' heet al '${sameName.name}'. Kies een andere naam.`);
  const samePrefix = all.find((o) => o.id !== w.id && o.codePrefix === w.codePrefix);
  if (samePrefix) {
    throw new UserError('CONFLICT', `wijk.codePrefix: codevoorvoegsel '${w.codePrefix}' hoort al bij wijk '${samePrefix.name}'. Kies een ander voorvoegsel.`);
  }
  const old = all.find((o) => o.id === w.id);
  if (old !== undefined && old.name !== w.name) {
    const uses = readWijkNameUsage(db, old.name);
    if (uses > 0) {
      throw new UserError(
        'CONFLICT',
        `wijk.name: wijk '${old.name}' wordt ${String(uses)} keer gebruikt (casussen, knelpunten, sociale kaart, tafels) en kan niet van naam veranderen. Voeg zo nodig een nieuwe wijk toe.`,
      );
    }
  }
  return upsertRow(db, 'wijken', { id: w.id, name: w.name, code_prefix: w.codePrefix });
}
