/**
 * §2.4 the small catalogues, one entry at a time: upsert by id, audited with the fields that
 * changed (and, where it matters, the old and new figure). Every domain rule of an entry (a
 * multiplier with its source, a cap with its amount) lives in its one schema in
 * shared/interchange/catalogues.ts, so the channel refuses before a handler runs.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import {
  loadInterventionTypes,
  loadRules,
  readEscalationTargets,
  readPartners,
  readTafelTypes,
  readWijken,
} from '../data/catalogues';
import {
  upsertEscalationTarget,
  upsertInterventionType,
  upsertPartner,
  upsertRule,
  upsertTafelType,
  upsertWijk,
} from '../data/catalogueWrite';
import type { Db } from '../store/openDatabase';
import type { HandlerContext } from './context';
import { mutation } from './mutation';

/** The names of the fields whose value differs (none for a new entry). */
export function changedFields<T extends object>(before: T | null, after: T): string[] {
  if (before === null) return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

interface EntryKind<T extends { id: string }> {
  entity: string;
  read: (db: Db) => T[];
  upsert: (db: Db, entry: T) => boolean;
  /** Figures worth keeping in the audit entry (old and new). */
  figures?: (before: T | null, after: T) => Record<string, unknown>;
}

function saveEntry<T extends { id: string }>(ctx: HandlerContext, kind: EntryKind<T>, entry: T): { entry: T; created: boolean } {
  return mutation(ctx, (db) => {
    const before = kind.read(db).find((e) => e.id === entry.id) ?? null;
    const created = kind.upsert(db, entry);
    const saved = kind.read(db).find((e) => e.id === entry.id) ?? entry;
    return {
      result: { entry: saved, created },
      audit: {
        action: `${kind.entity}.save`,
        entity: kind.entity,
        entityId: entry.id,
        detail: { created, changed: changedFields(before, saved), ...kind.figures?.(before, saved) },
      },
    };
  });
}

export function catalogueEntryHandlers(ctx: HandlerContext) {
  return {
    'interventionTypes:save': async ({ type }) =>
      saveEntry(ctx, {
        entity: 'interventionType',
        read: loadInterventionTypes,
        upsert: upsertInterventionType,
        figures: (before, after) => ({ multiplier: { from: before?.multiplier ?? null, to: after.multiplier } }),
      }, type),

    'rules:save': async ({ rule }) =>
      saveEntry(ctx, {
        entity: 'rule',
        read: loadRules,
        upsert: upsertRule,
        figures: (before, after) => ({
          kind: after.kind,
          valueCents: { from: before?.valueCents ?? null, to: after.valueCents },
          effectiveFrom: after.effectiveFrom,
          effectiveTo: after.effectiveTo,
        }),
      }, rule),

    'escalationTargets:save': async ({ target }) =>
      saveEntry(ctx, {
        entity: 'escalationTarget',
        read: readEscalationTargets,
        upsert: upsertEscalationTarget,
        figures: (before, after) => ({
          deadlineWorkingDays: { from: before?.deadlineWorkingDays ?? null, to: after.deadlineWorkingDays },
          active: after.active,
        }),
      }, target),

    'wijken:save': async ({ wijk }) =>
      saveEntry(ctx, { entity: 'wijk', read: readWijken, upsert: upsertWijk, figures: (_b, after) => ({ codePrefix: after.codePrefix }) }, wijk),

    'partners:save': async ({ partner }) => saveEntry(ctx, { entity: 'partner', read: readPartners, upsert: upsertPartner }, partner),

    'tafelTypes:save': async ({ tafelType }) =>
      saveEntry(ctx, { entity: 'tafelType', read: readTafelTypes, upsert: upsertTafelType }, tafelType),
  } satisfies Pick<
    Handlers,
    'interventionTypes:save' | 'rules:save' | 'escalationTargets:save' | 'wijken:save' | 'partners:save' | 'tafelTypes:save'
  >;
}
