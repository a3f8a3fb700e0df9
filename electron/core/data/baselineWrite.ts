/**
 * Issue #14 item 3: recording a baseline of a wijk, and removing one recorded by mistake. The
 * sociale-kaart entries it counts are copied as they are today, so later edits of the sociale kaart
 * leave the baseline as it was measured.
 */
import type { BaselineFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { insertBaselines, readBaseline } from './baselines';
import { readWijkName } from './catalogues';
import { readNextNumberedId } from './rows';
import { listSocialeKaart } from './socialeKaart';
import { recordIdTag } from './storeIdentity';

export interface BaselineInput {
  wijk: string;
  measuredOn: string;
  households: number;
  /** The entries of the wijk's sociale kaart that were active on that day. */
  socialeKaartIds: readonly string[];
  notes?: string | undefined;
}

/** Records a new baseline (id `nm-<tag>-<n>`); every id must be an entry of this wijk's sociale kaart. */
export function saveBaseline(db: Db, input: BaselineInput): BaselineFile {
  const wijk = readWijkName(db, input.wijk, 'baseline.wijk');
  const kaart = new Map(listSocialeKaart(db, { wijk }).map((e) => [e.id, e]));
  const entries = [...new Set(input.socialeKaartIds)].map((id) => {
    const e = kaart.get(id);
    if (e === undefined) {
      throw new UserError(
        'BAD_INPUT',
        `baseline.socialeKaartIds: '${id}' staat niet op de sociale kaart van ${wijk}. Kies alleen netwerken en initiatieven van deze wijk.`,
      );
    }
    return { socialeKaartId: e.id, name: e.name, spoor: e.spoor, ...(e.organisation === undefined ? {} : { organisation: e.organisation }) };
  });
  const baseline: BaselineFile = {
    id: readNextNumberedId(db, 'baselines', `nm-${recordIdTag(db)}-`),
    wijk,
    measuredOn: input.measuredOn,
    households: input.households,
    socialeKaart: entries,
    ...(input.notes === undefined ? {} : { notes: input.notes }),
  };
  insertBaselines(db, [baseline]);
  return readBaseline(db, baseline.id);
}

export function removeBaseline(db: Db, id: string): BaselineFile {
  const current = readBaseline(db, id);
  db.prepare('DELETE FROM baselines WHERE id = ?').run(id);
  return current;
}
