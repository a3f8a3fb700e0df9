/**
 * Issue #14 item 3: the dated baselines of a wijk (the first is de nulmeting), each with its own
 * copy of the sociale-kaart entries it counted. Baselines are records people made, so an import
 * never overwrites one: a known id is a CONFLICT.
 */
import type { BaselineEntryFile, BaselineFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { defined, groupBy, nul, opt } from './rows';

interface Row {
  id: string;
  wijk: string;
  measured_on: string;
  households: number;
  notes: string | null;
}

interface EntryRow {
  baseline_id: string;
  sociale_kaart_id: string;
  name: string;
  spoor: BaselineEntryFile['spoor'];
  organisation: string | null;
}

export function insertBaselines(db: Db, baselines: readonly BaselineFile[]): void {
  const exists = db.prepare('SELECT 1 FROM baselines WHERE id = ?');
  for (const b of baselines) {
    if (exists.get(b.id)) {
      throw new UserError('CONFLICT', `Nulmeting '${b.id}' bestaat al in deze werkbank. Er is niets geïmporteerd; geef de meting een nieuw id.`);
    }
  }
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM baselines').get() as { n: number }).n;
  const insert = db.prepare('INSERT INTO baselines (id, position, wijk, measured_on, households, notes) VALUES (?, ?, ?, ?, ?, ?)');
  const entry = db.prepare(
    'INSERT INTO baseline_entries (baseline_id, position, sociale_kaart_id, name, spoor, organisation) VALUES (?, ?, ?, ?, ?, ?)',
  );
  baselines.forEach((b, i) => {
    insert.run(b.id, base + i, b.wijk, b.measuredOn, b.households, nul(b.notes));
    b.socialeKaart.forEach((e, p) => entry.run(b.id, p, e.socialeKaartId, e.name, e.spoor, nul(e.organisation)));
  });
}

/** Every baseline in stored order (the order they were recorded or imported). */
export function readBaselines(db: Db): BaselineFile[] {
  const rows = db.prepare('SELECT id, wijk, measured_on, households, notes FROM baselines ORDER BY position').all() as Row[];
  const entries = groupBy(
    db.prepare('SELECT baseline_id, sociale_kaart_id, name, spoor, organisation FROM baseline_entries ORDER BY baseline_id, position').all() as EntryRow[],
    (e) => e.baseline_id,
  );
  return rows.map((r) =>
    defined({
      id: r.id,
      wijk: r.wijk,
      measuredOn: r.measured_on,
      households: r.households,
      socialeKaart: (entries.get(r.id) ?? []).map((e) =>
        defined({ socialeKaartId: e.sociale_kaart_id, name: e.name, spoor: e.spoor, organisation: opt(e.organisation) }),
      ),
      notes: opt(r.notes),
    }),
  );
}

/** The baselines of one wijk (or all), oldest first: the first of a wijk is its nulmeting. */
export function listBaselines(db: Db, filter: { wijk?: string | undefined }): BaselineFile[] {
  return readBaselines(db)
    .filter((b) => filter.wijk === undefined || b.wijk === filter.wijk)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.id.localeCompare(b.id));
}

export function readBaseline(db: Db, id: string): BaselineFile {
  const found = readBaselines(db).find((b) => b.id === id);
  if (found === undefined) throw new UserError('NOT_FOUND', `Nulmeting '${id}' bestaat niet in deze werkbank. Kies een meting uit de lijst van de wijk.`);
  return found;
}
