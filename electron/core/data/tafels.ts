/**
 * §2.2 tafels and their members. A tafel is configuration that meetings point at, so an import
 * updates a tafel with a known id (replacing its member list) and adds new ones; none is removed.
 */
import type { TafelFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { defined, groupBy, nul, opt } from './rows';

export function upsertTafels(db: Db, tafels: readonly TafelFile[]): void {
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM tafels').get() as { n: number }).n;
  const upsert = db.prepare(
    `INSERT INTO tafels (id, position, type, name, wijk, cadence) VALUES (@id, @position, @type, @name, @wijk, @cadence)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, wijk = excluded.wijk, cadence = excluded.cadence`,
  );
  const clearMembers = db.prepare('DELETE FROM tafel_members WHERE tafel_id = ?');
  const member = db.prepare('INSERT INTO tafel_members (tafel_id, position, name, organisation, role) VALUES (?, ?, ?, ?, ?)');
  tafels.forEach((t, i) => {
    upsert.run({ id: t.id, position: base + i, type: t.type, name: t.name, wijk: t.wijk, cadence: nul(t.cadence) });
    clearMembers.run(t.id);
    t.members.forEach((m, j) => member.run(t.id, j, m.name, m.organisation, nul(m.role)));
  });
}

export function readTafels(db: Db): TafelFile[] {
  const tafels = db.prepare('SELECT id, type, name, wijk, cadence FROM tafels ORDER BY position').all() as {
    id: string;
    type: string;
    name: string;
    wijk: string | null;
    cadence: string | null;
  }[];
  const members = groupBy(
    db.prepare('SELECT tafel_id, name, organisation, role FROM tafel_members ORDER BY tafel_id, position').all() as {
      tafel_id: string;
      name: string;
      organisation: string;
      role: string | null;
    }[],
    (m) => m.tafel_id,
  );
  return tafels.map((t) =>
    defined({
      id: t.id,
      type: t.type,
      name: t.name,
      wijk: t.wijk,
      members: (members.get(t.id) ?? []).map((m) => defined({ name: m.name, organisation: m.organisation, role: opt(m.role) })),
      cadence: opt(t.cadence),
    }),
  );
}

/** A tafel's id and wijk, or NOT_FOUND naming `field`. */
export function readTafelRow(db: Db, id: string, field: string): { id: string; wijk: string | null } {
  const row = db.prepare('SELECT id, wijk FROM tafels WHERE id = ?').get(id) as { id: string; wijk: string | null } | undefined;
  if (!row) throw new UserError('NOT_FOUND', `${field}: Tafel '${id}' bestaat niet. Kies een bestaande tafel of maak de tafel eerst aan.`);
  return row;
}
