/**
 * §2.4 the sociale kaart per wijk. Interventions point at its entries by id, so entries are never
 * removed by an import: an entry with a known id is updated, a new one is added.
 */
import type { SocialeKaartEntryFile } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import { defined, nul, opt } from './rows';

interface Row {
  id: string;
  wijk: string;
  name: string;
  spoor: SocialeKaartEntryFile['spoor'];
  organisation: string | null;
  contact: string | null;
  note: string | null;
}

export function upsertSocialeKaart(db: Db, entries: readonly SocialeKaartEntryFile[]): void {
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM sociale_kaart').get() as { n: number }).n;
  const upsert = db.prepare(
    `INSERT INTO sociale_kaart (id, position, wijk, name, spoor, organisation, contact, note)
     VALUES (@id, @position, @wijk, @name, @spoor, @organisation, @contact, @note)
     ON CONFLICT (id) DO UPDATE SET wijk = excluded.wijk, name = excluded.name, spoor = excluded.spoor,
       organisation = excluded.organisation, contact = excluded.contact, note = excluded.note`,
  );
  entries.forEach((e, i) =>
    upsert.run({
      id: e.id,
      position: base + i,
      wijk: e.wijk,
      name: e.name,
      spoor: e.spoor,
      organisation: nul(e.organisation),
      contact: nul(e.contact),
      note: nul(e.note),
    }),
  );
}

export function readSocialeKaart(db: Db): SocialeKaartEntryFile[] {
  const rows = db.prepare('SELECT id, wijk, name, spoor, organisation, contact, note FROM sociale_kaart ORDER BY position').all() as Row[];
  return rows.map((r) =>
    defined({
      id: r.id,
      wijk: r.wijk,
      name: r.name,
      spoor: r.spoor,
      organisation: opt(r.organisation),
      contact: opt(r.contact),
      note: opt(r.note),
    }),
  );
}

/** The entries of one wijk and/or spoor, in stored order. */
export function listSocialeKaart(db: Db, filter: { wijk?: string | undefined; spoor?: SocialeKaartEntryFile['spoor'] | undefined }): SocialeKaartEntryFile[] {
  return readSocialeKaart(db).filter(
    (e) => (filter.wijk === undefined || e.wijk === filter.wijk) && (filter.spoor === undefined || e.spoor === filter.spoor),
  );
}
