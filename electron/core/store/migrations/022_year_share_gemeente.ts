import type { Migration } from './types';

/**
 * Issue #13 (PRODUCT.md §7): the cohort view of a year compares measure 19's booked effect with
 * the gemeente figure in the kalenderjaar view (§3.8) — one sum over every case's share of the
 * year. Read from the shares' JSON, that sum built the whole kalenderjaar view (7.151 cases at
 * 10.000) for two numbers the screen shows. Each share now keeps its gemeente figure (the payers
 * wmo, jeugd, participatie, schuldhulp and gemeente_overig summed) in two columns, so the year's
 * figure is one SQL SUM (data/caseSummaries.ts readStoredYearGemeente).
 *
 * The rows there are filled from their own shares: the per-payer run at the end of the share's
 * array (data/perPayerCodec.ts: from place 8, triples of payer index, vermeden, investering),
 * taking the gemeente payers' indexes in PAYERS — 0 wmo, 1 jeugd, 4 participatie, 5 schuldhulp,
 * 7 gemeente_overig — as the codec wrote them. Integer sums: exact, as the engine adds them.
 */
const GEMEENTE_PLACES = '0, 1, 4, 5, 7';

const runSum = (offset: 1 | 2) =>
  `(SELECT COALESCE(SUM(json_extract(share, '$[' || (p.key + ${String(offset)}) || ']')), 0)
      FROM json_each(share) p WHERE p.key >= 8 AND (p.key - 8) % 3 = 0 AND p.value IN (${GEMEENTE_PLACES}))`;

export const migration022: Migration = {
  version: 22,
  name: 'year_share_gemeente',
  up(db) {
    db.exec(`
      ALTER TABLE case_year_shares ADD COLUMN gemeente_vermeden INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE case_year_shares ADD COLUMN gemeente_investering INTEGER NOT NULL DEFAULT 0;
      UPDATE case_year_shares SET gemeente_vermeden = ${runSum(1)}, gemeente_investering = ${runSum(2)};
    `);
  },
};
