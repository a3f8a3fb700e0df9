/**
 * `werkbank bench` (issue #13 item 3, PRODUCT.md §7): the floor the businesscase is measured
 * against — ONE hand-written SQL aggregate over the same rows the §3.3 report reads (own cases
 * whose reference date lies in the period, not ingetrokken): the avoided costs from the stored,
 * once-rounded line amounts, and the investering of the counted interventions. Not a report: no
 * attribution, no splits, no maatwerkbudget; only what SQLite alone needs to touch every row once.
 */
import { COUNTED_INTERVENTION_STATUSES } from '../../../shared/domain/enums';
import type { Db } from '../store/openDatabase';
import { receivedCaseSql } from './storeIdentity';

export interface BenchFloor {
  cases: number;
  vermedenKosten: number;
  investering: number;
}

export function readBenchFloor(db: Db, from: string, to: string): BenchFloor {
  const counted = COUNTED_INTERVENTION_STATUSES.map((s) => `'${s}'`).join(', ');
  return db
    .prepare(
      `WITH sel AS (SELECT c.code FROM cases c
                     WHERE c.reference_date BETWEEN @from AND @to AND c.status <> 'ingetrokken' AND NOT ${receivedCaseSql('c.code')})
       SELECT (SELECT COUNT(*) FROM sel) AS cases,
              (SELECT COALESCE(SUM(CASE l.scenario WHEN 'reference' THEN l.amount_cents ELSE -l.amount_cents END), 0)
                 FROM cost_lines l WHERE l.case_code IN sel) AS vermedenKosten,
              (SELECT COALESCE(SUM(i.cost_cents), 0) FROM interventions i
                WHERE i.case_code IN sel AND i.status IN (${counted})) AS investering`,
    )
    .get({ from, to }) as BenchFloor;
}
