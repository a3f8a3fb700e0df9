/**
 * §4 export of the whole dataset in a deterministic order (cases by code, everything else in its
 * stored order), so that export → import into an empty store → export gives the same file.
 * Pseudonymised on request (§5); the caller that hands the file out passes `actor` so the export
 * itself is audited (reading without an actor, e.g. for a comparison in a test, writes nothing).
 */
import { FORMAT_V1, pseudonymiseDataset, type DatasetFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import {
  readAfwegingskader,
  readInterventionTypes,
  readRules,
  readEscalationTargets,
  readPartners,
  readTafelTypes,
  readWijken,
} from './catalogues';
import { casesFromRows } from './caseExport';
import { readCaseRows, type CaseFilter } from './caseRows';
import { readBaselines } from './baselines';
import { readKnelpunten } from './knelpunten';
import { readLessons } from './lessons';
import { readMeetings } from './meetings';
import { readPriceLists } from './priceList';
import { readSocialeKaart } from './socialeKaart';
import { readTafels } from './tafels';

export interface ExportOptions {
  pseudonymised?: boolean;
  now?: Date;
  /** When set, the export is recorded in the audit log (counts only). */
  actor?: string;
}

export function exportDataset(db: Db, options: ExportOptions = {}): DatasetFile {
  const now = options.now ?? new Date();
  const read = db.transaction((): DatasetFile => {
    const prices = readPriceLists(db);
    if (prices.current === null) {
      throw new UserError('NOT_FOUND', 'Deze werkbank heeft nog geen kengetallen. Laad de standaardcatalogi of importeer eerst een prijslijst.');
    }
    const filter: CaseFilter = {};
    return {
      format: FORMAT_V1,
      exportedAt: now.toISOString(),
      priceList: prices.current,
      priceListHistory: prices.history,
      interventionTypes: readInterventionTypes(db),
      rules: readRules(db),
      escalationTargets: readEscalationTargets(db),
      wijken: readWijken(db),
      partners: readPartners(db),
      tafelTypes: readTafelTypes(db),
      afwegingskader: readAfwegingskader(db),
      tafels: readTafels(db),
      meetings: readMeetings(db),
      socialeKaart: readSocialeKaart(db),
      knelpunten: readKnelpunten(db),
      baselines: readBaselines(db),
      lessons: readLessons(db),
      cases: casesFromRows(readCaseRows(db, filter), prices.current.version),
    };
  });
  // One read transaction: a consistent snapshot even while the app keeps writing.
  const full = read();
  const file = options.pseudonymised ? pseudonymiseDataset(full) : full;
  if (options.actor !== undefined) {
    appendAudit(
      db,
      {
        actor: options.actor,
        action: 'dataset.export',
        entity: 'dataset',
        detail: { cases: file.cases.length, pseudonymised: options.pseudonymised === true },
      },
      now,
    );
  }
  return file;
}
