/**
 * §2.2 saving one tafel from the screen: its type must be a configured tafel type and its wijk a
 * known wijk (or null for a city-wide tafel). Wijken are stored by NAME on tafels and cases (the
 * example dataset: wijk "Bloemhof"), so a wijk given by id ("bloemhof") is stored as its name.
 */
import type { TafelFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readTafelTypes } from './catalogues';
import { readWijkName } from './catalogues';
import { upsertTafels } from './tafels';

/** Creates the tafel, or updates the one with this id (members replaced as given). */
export function saveTafel(db: Db, tafel: TafelFile): { created: boolean; tafel: TafelFile } {
  const types = readTafelTypes(db);
  if (!types.some((t) => t.id === tafel.type)) {
    const known = types.map((t) => t.id).join(', ') || '(geen tafeltypes ingesteld)';
    throw new UserError('BAD_INPUT', `tafel.type: Tafeltype '${tafel.type}' bestaat niet. Kies een van: ${known}.`);
  }
  const wijk = tafel.wijk === null ? null : readWijkName(db, tafel.wijk, 'tafel.wijk');
  const created = db.prepare('SELECT 1 FROM tafels WHERE id = ?').get(tafel.id) === undefined;
  const saved = { ...tafel, wijk };
  upsertTafels(db, [saved]);
  return { created, tafel: saved };
}
