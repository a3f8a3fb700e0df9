/**
 * §2.4 the small catalogues, one entry at a time: upsert by id, audited with the fields that
 * changed (and, where it matters, the old and new figure). Each catalogue's channel file
 * (interventionTypes.ts, rules.ts, …) describes its kind; this is the one way they are saved.
 */
import type { Db } from '../../store/openDatabase';
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

export interface EntryKind<T extends { id: string }> {
  entity: string;
  read: (db: Db) => T[];
  upsert: (db: Db, entry: T) => boolean;
  /** Figures worth keeping in the audit entry (old and new). */
  figures?: (before: T | null, after: T) => Record<string, unknown>;
}

export function saveEntry<T extends { id: string }>(ctx: HandlerContext, kind: EntryKind<T>, entry: T): { entry: T; created: boolean } {
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
