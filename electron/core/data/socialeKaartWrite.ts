/**
 * §2.4 the sociale kaart, one entry at a time. Interventions point at entries by id, so an entry is
 * only ever added or changed here, never removed.
 */
import type { SocialeKaartEntryFile } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import { readWijkName } from './catalogues';
import { readNextNumberedId } from './rows';
import { recordIdTag } from './storeIdentity';
import { readSocialeKaart, upsertSocialeKaart } from './socialeKaart';

export type SocialeKaartInput = Omit<SocialeKaartEntryFile, 'id'> & { id?: string | undefined };

/** Adds (id `sk-<tag>-<n>` when absent, the tag this store's own) or replaces an entry; the wijk must be in the catalogue. */
export function saveSocialeKaartEntry(
  db: Db,
  input: SocialeKaartInput,
): { entry: SocialeKaartEntryFile; previous: SocialeKaartEntryFile | null } {
  const wijk = readWijkName(db, input.wijk, 'entry.wijk');
  const previous = input.id === undefined ? null : (readSocialeKaart(db).find((e) => e.id === input.id) ?? null);
  const entry: SocialeKaartEntryFile = { ...input, id: input.id ?? readNextNumberedId(db, 'sociale_kaart', `sk-${recordIdTag(db)}-`), wijk };
  upsertSocialeKaart(db, [entry]);
  const saved = readSocialeKaart(db).find((e) => e.id === entry.id);
  return { entry: saved ?? entry, previous };
}
