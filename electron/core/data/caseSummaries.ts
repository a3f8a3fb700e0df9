/**
 * The §3.3 businesscase at city scale (issue #13, PRODUCT.md §7) reads each case as one stored
 * summary row instead of summing its cost lines and interventions again on every read.
 *
 * A summary is exactly what readSummedCaseCalcs (caseSums.ts) gives for the case, minus the case
 * row's own columns, which are read live. It is derived data: migration 019's
 * triggers delete a case's summary whenever a row it is derived from is written, and
 * readStoredSummedCaseCalcs rebuilds every missing summary of its selection, from that same SQL,
 * before it reads. So the figures are those of readSummedCaseCalcs to the cent, whatever wrote the
 * case (test/integration/data/caseSummaries.test.ts).
 */
import type { SummedCaseCalc } from '../../../shared/calc';
import type { Db } from '../store/openDatabase';
import { CALC_CASE_COLUMNS, type CalcCaseRow } from './caseCalcs';
import { caseFilterParams, selectedCasesSql, type CaseFilter } from './caseRows';
import { readSummedCaseCalcs } from './caseSums';
import { decodeSummary, encodeSummary, type CaseSummary } from './caseSummaryCodec';
import { cached } from './rows';

/**
 * The shape of CaseSummary. Raise it whenever CaseSummary or its derivation changes: a summary of
 * another version counts as missing and is rebuilt, so no store ever reads an old shape.
 */
export const CASE_SUMMARY_VERSION = 1;

function summaryOf(c: SummedCaseCalc): CaseSummary {
  const { planOn, stuckOn, sporen, tafels, discussedOn, escalations, arrangements, sums } = c;
  return { planOn, stuckOn, sporen, tafels, discussedOn, escalations, arrangements, sums };
}

/** (Re)writes the summaries of the selected cases from their rows as they are now. */
function refreshCaseSummaries(db: Db, filter: CaseFilter): number {
  const upsert = cached(db, 'INSERT OR REPLACE INTO case_summaries (case_code, version, summary) VALUES (?, ?, ?)');
  const calcs = readSummedCaseCalcs(db, filter);
  db.transaction(() => {
    for (const c of calcs) upsert.run(c.code, CASE_SUMMARY_VERSION, encodeSummary(summaryOf(c)));
  })();
  return calcs.length;
}

/** Builds the summaries the selection lacks (written since, or of an older version). */
function fillMissingSummaries(db: Db, filter: CaseFilter): void {
  const missing = db
    .prepare(
      `SELECT code FROM (${selectedCasesSql(filter)}) sel
        WHERE NOT EXISTS (SELECT 1 FROM case_summaries s WHERE s.case_code = sel.code AND s.version = @version)`,
    )
    .pluck()
    .all({ ...caseFilterParams(filter), version: CASE_SUMMARY_VERSION }) as string[];
  if (missing.length > 0) refreshCaseSummaries(db, { codes: missing });
}

/** readSummedCaseCalcs(db, filter), read from the summaries: the same cases, the same figures. */
export function readStoredSummedCaseCalcs(db: Db, filter: CaseFilter = {}): SummedCaseCalc[] {
  fillMissingSummaries(db, filter);
  const rows = db
    .prepare(
      `SELECT ${CALC_CASE_COLUMNS}, s.summary FROM cases c JOIN case_summaries s ON s.case_code = c.code
        WHERE c.code IN (${selectedCasesSql(filter)}) ORDER BY c.code`,
    )
    .all(caseFilterParams(filter)) as (CalcCaseRow & { summary: string })[];
  return rows.map((c): SummedCaseCalc => {
    const summary = decodeSummary(c.summary);
    return {
      code: c.code,
      wijk: c.wijk,
      isSignaal: c.is_signaal === 1,
      status: c.status,
      registeredOn: c.registered_on,
      referenceDate: c.reference_date,
      planOn: summary.planOn,
      stuckOn: summary.stuckOn,
      horizonWeeks: c.horizon_weeks,
      attributionPct: c.attribution_pct,
      sporen: summary.sporen,
      calculationStatus: c.calculation_status,
      tafels: summary.tafels,
      discussedOn: summary.discussedOn,
      escalations: summary.escalations,
      arrangements: summary.arrangements,
      sums: summary.sums,
    };
  });
}
