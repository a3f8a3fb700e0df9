/**
 * The derived data every writing transaction ends by bringing up to date (issue #13): first each
 * written case's summary with its year shares (caseSummaries.ts), then its §3.3 figures, which are
 * computed from that summary (caseFigures.ts). writeAudited, the dataset import and the dossier
 * import call this last.
 */
import type { Db } from '../store/openDatabase';
import { writeMissingCaseFigures } from './caseFigures';
import { writeMissingCaseSummaries } from './caseSummaries';

export function writeDerivedCaseData(db: Db): void {
  writeMissingCaseSummaries(db);
  writeMissingCaseFigures(db);
}
