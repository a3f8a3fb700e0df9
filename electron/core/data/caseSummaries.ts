/**
 * The §3.3 businesscase at city scale (issue #13, PRODUCT.md §7) reads each case as one stored
 * summary row instead of summing its cost lines and interventions again on every read.
 *
 * A summary is exactly what readSummedCaseCalcs (caseSums.ts) gives for the case, minus the case
 * row's own columns, which are read live. It is derived data: migration 019's triggers delete a
 * case's summary whenever a row it is derived from is written, every writing transaction ends by
 * writing the missing ones from that same SQL (writeMissingCaseSummaries), and a read sums any
 * case still without one from its rows. So the figures are those of readSummedCaseCalcs to the
 * cent, whatever wrote the case (test/integration/data/caseSummaries.test.ts).
 */
import { kalenderjaarCaseOf, type KalenderjaarCase, type SummedCaseCalc } from '../../../shared/calc';
import { addPayerFigures, gemeenteFigures, type PayerFigures } from '../../../shared/calc/payers';
import { yearPeriod } from '../../../shared/calc/period';
import type { Db } from '../store/openDatabase';
import { CALC_CASE_COLUMNS, caseHeadOf, type CalcCaseRow } from './caseCalcs';
import { caseFilterParams, selectedCasesCondition, type CaseFilter } from './caseRows';
import { readSummedCaseCalcs } from './caseSums';
import { decodeSummary, encodeSummary, type CaseSummary } from './caseSummaryCodec';
import { decodeYearShare, SHARE_ROW_COLUMNS, yearSharesOf, type ShareRow } from './caseYearShares';
import { casesWithoutCurrentRow, currentRowSql, everyCaseHasCurrentRow } from './derivedRows';
import { cached } from './rows';

/**
 * The shape of CaseSummary and of its year shares (caseYearShares.ts). Raise it whenever either or
 * their derivation changes: a summary of another version counts as missing and is rebuilt with its
 * shares, and a share is only read beside a summary of this version, so no store reads an old shape.
 * 3: the per-payer figures as one flat run of numbers (perPayerCodec.ts).
 */
export const CASE_SUMMARY_VERSION = 3;

function summaryOf(c: SummedCaseCalc): CaseSummary {
  const { planOn, stuckOn, sporen, tafels, discussedOn, escalations, arrangements, sums } = c;
  return { planOn, stuckOn, sporen, tafels, discussedOn, escalations, arrangements, sums };
}

/** The codes of the selected cases without a summary of the current version (derivedRows.ts). */
const casesWithoutSummary = (db: Db, filter: CaseFilter) => casesWithoutCurrentRow(db, 'case_summaries', CASE_SUMMARY_VERSION, filter);
const everyCaseSummarised = (db: Db) => everyCaseHasCurrentRow(db, 'case_summaries', CASE_SUMMARY_VERSION);

/**
 * Writes the summary of every case that lacks one (written since, or of an older version), from
 * its rows as they are now. Every writing transaction calls it last — writeAudited, the dataset
 * import, the dossier import — so the next read finds them; it is derived data, not audited.
 * With each summary go the case's §3.8 shares per calendar year (caseYearShares.ts, migration
 * 020), replaced as a whole, and its §3.3 figures are cleared (caseFigures.ts writes them next,
 * from this summary): INSERT OR REPLACE fires no delete trigger.
 */
export function writeMissingCaseSummaries(db: Db): void {
  const missing = casesWithoutSummary(db, {});
  if (missing.length === 0) return;
  const upsert = cached(db, 'INSERT OR REPLACE INTO case_summaries (case_code, version, summary) VALUES (?, ?, ?)');
  const clearShares = cached(db, 'DELETE FROM case_year_shares WHERE case_code = ?');
  const clearFigures = cached(db, 'DELETE FROM case_figures WHERE case_code = ?');
  const insertShare = cached(db, 'INSERT INTO case_year_shares (case_code, year, share, gemeente_vermeden, gemeente_investering) VALUES (?, ?, ?, ?, ?)');
  for (const c of readSummedCaseCalcs(db, { codes: missing })) {
    upsert.run(c.code, CASE_SUMMARY_VERSION, encodeSummary(summaryOf(c)));
    clearShares.run(c.code);
    clearFigures.run(c.code);
    for (const { year, share, gemeente } of yearSharesOf(c)) insertShare.run(c.code, year, share, gemeente.vermedenKosten, gemeente.investering);
  }
}

/**
 * readSummedCaseCalcs(db, filter), read from the summaries: the same cases, the same figures. A
 * read never writes: a case without a current summary (none written since migration 019, or a
 * write that did not end in writeMissingCaseSummaries) is summed from its rows for this read.
 */
export function readStoredSummedCaseCalcs(db: Db, filter: CaseFilter = {}): SummedCaseCalc[] {
  const missing = casesWithoutSummary(db, filter);
  const rows = db
    .prepare(
      `SELECT ${CALC_CASE_COLUMNS}, s.summary FROM cases c JOIN case_summaries s ON s.case_code = c.code
        WHERE ${selectedCasesCondition(filter)} AND ${currentRowSql('s')} ORDER BY c.code`,
    )
    .all({ ...caseFilterParams(filter), version: CASE_SUMMARY_VERSION }) as (CalcCaseRow & { summary: string })[];
  const stored = rows.map(fromSummary);
  if (missing.length === 0) return stored;
  return [...stored, ...readSummedCaseCalcs(db, { codes: missing })].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function fromSummary(c: CalcCaseRow & { summary: string }): SummedCaseCalc {
  const summary = decodeSummary(c.summary);
  return { ...caseHeadOf(c, summary), sums: summary.sums };
}

/**
 * Where the selected cases' stored shares of one year are read (readStoredYearShares and
 * readStoredYearGemeente read the same rows), and the cases whose shares must be spread from their
 * rows for this read: those without a current summary (a read never writes).
 */
function yearSharesQuery(db: Db, year: number, filter: CaseFilter) {
  // With every case summarised, every stored share is current: no join to the summaries needed.
  const all = everyCaseSummarised(db);
  const current = all ? '' : `JOIN case_summaries s ON s.case_code = y.case_code AND ${currentRowSql('s')}`;
  return {
    from: `case_year_shares y JOIN cases c ON c.code = y.case_code ${current} WHERE y.year = @year AND ${selectedCasesCondition(filter)}`,
    params: { ...caseFilterParams(filter), year, ...(current === '' ? {} : { version: CASE_SUMMARY_VERSION }) },
    spreadNow: (): KalenderjaarCase[] => {
      const missing = all ? [] : casesWithoutSummary(db, filter);
      if (missing.length === 0) return [];
      const period = yearPeriod(year);
      return readSummedCaseCalcs(db, { codes: missing }).flatMap((c) => kalenderjaarCaseOf(c, period) ?? []);
    },
  };
}

/**
 * §3.8: the selected cases' shares of one calendar year (kalenderjaarCaseOf for each case that has
 * one), read from the stored shares; a case without a current summary is spread from its rows for
 * this read, as readStoredSummedCaseCalcs sums it. In no particular order (sumKalenderjaar sorts).
 */
export function readStoredYearShares(db: Db, year: number, filter: CaseFilter = {}): KalenderjaarCase[] {
  const q = yearSharesQuery(db, year, filter);
  const rows = db.prepare(`SELECT ${SHARE_ROW_COLUMNS} FROM ${q.from}`).raw().all(q.params) as ShareRow[];
  return [...rows.map(decodeYearShare), ...q.spreadNow()];
}

/**
 * §3.8 the gemeente figure of those shares — sumKalenderjaar(readStoredYearShares(…)).gemeente —
 * summed in SQL from the columns migration 022 keeps beside each share, for the comparison with
 * measure 19 in the cohort view (which shows no other kalenderjaar figure). onlyVastgesteld keeps
 * only the cases whose calculation is vastgesteld, as the report narrows the shares.
 */
export function readStoredYearGemeente(db: Db, year: number, filter: CaseFilter = {}, onlyVastgesteld = false): PayerFigures {
  const q = yearSharesQuery(db, year, filter);
  const vastgesteld = onlyVastgesteld ? " AND c.calculation_status = 'vastgesteld'" : '';
  const stored = db
    .prepare(`SELECT COALESCE(SUM(y.gemeente_vermeden), 0) AS vermedenKosten, COALESCE(SUM(y.gemeente_investering), 0) AS investering FROM ${q.from}${vastgesteld}`)
    .get(q.params) as PayerFigures;
  const spread = q.spreadNow().filter((c) => !onlyVastgesteld || c.calculationStatus === 'vastgesteld');
  return spread.reduce((sum, c) => addPayerFigures(sum, gemeenteFigures(c.perPayer)), stored);
}
