/**
 * Migration 022 (issue #13): every stored §3.8 year share gets its gemeente figure — the payers
 * wmo, jeugd, participatie, schuldhulp and gemeente_overig summed — in two columns, filled from the
 * share's own per-payer run, so a year's figure for measure 19 is one SQL SUM. The filled columns
 * equal gemeenteFigures of the share as the app decodes it, for shares with gemeente payers, with
 * only other payers, with negative savings and with no payer at all.
 */
import { describe, expect, it } from 'vitest';
import { gemeenteFigures, type PayerFigures } from '../../../shared/calc/payers';
import { PAYERS, type Payer } from '../../../shared/domain/enums';
import { decodeYearShare, type ShareRow } from '../../../electron/core/data/caseYearShares';
import { encodePerPayer } from '../../../electron/core/data/perPayerCodec';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

const perPayerOf = (figures: Partial<Record<Payer, PayerFigures>>): Record<Payer, PayerFigures> =>
  Object.fromEntries(PAYERS.map((p) => [p, figures[p] ?? { vermedenKosten: 0, investering: 0 }])) as Record<Payer, PayerFigures>;

const SHARES: Record<string, Partial<Record<Payer, PayerFigures>>> = {
  'C-1': { wmo: { vermedenKosten: 120_050, investering: 3_000 }, jeugd: { vermedenKosten: 400_001, investering: 0 }, zvw: { vermedenKosten: 99_999, investering: 7 } },
  'C-2': { wlz: { vermedenKosten: 50_000, investering: 0 }, woningcorporatie: { vermedenKosten: 0, investering: 1_250 }, overig: { vermedenKosten: 3, investering: 4 } },
  'C-3': { participatie: { vermedenKosten: -2_500, investering: 10_000 }, schuldhulp: { vermedenKosten: 7_777, investering: 1 }, gemeente_overig: { vermedenKosten: 15, investering: 16 } },
  'C-4': {},
};

describe('migration 022 year_share_gemeente: each stored share keeps its gemeente figure', () => {
  it('fills the two columns of every existing share with gemeenteFigures of that share, payer by payer as the codec wrote them', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 21));
    for (const [code, figures] of Object.entries(SHARES)) {
      db.prepare(
        `INSERT INTO cases (code, wijk, is_signaal, status, registered_on, reference_date, horizon_weeks, attribution_pct, calculation_status)
         VALUES (?, 'Bloemhof', 0, 'aangemeld', '2025-01-10', '2025-02-01', 52, 80, 'concept')`,
      ).run(code);
      const share = JSON.stringify(['2025-12-31', 334, 1, 2, 3, 4, 5, null, ...encodePerPayer(perPayerOf(figures))]);
      db.prepare('INSERT INTO case_year_shares (case_code, year, share) VALUES (?, 2025, ?)').run(code, share);
    }
    migrate(db, MIGRATIONS.slice(0, 22));
    const rows = db
      .prepare(
        `SELECT c.code, c.wijk, c.calculation_status, c.reference_date, c.horizon_weeks, y.share, y.gemeente_vermeden, y.gemeente_investering
           FROM case_year_shares y JOIN cases c ON c.code = y.case_code ORDER BY c.code`,
      )
      .raw()
      .all() as [...ShareRow, number, number][];
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const expected = gemeenteFigures(decodeYearShare(row.slice(0, 6) as ShareRow).perPayer);
      expect({ code: row[0], vermedenKosten: row[6], investering: row[7] }).toEqual({ code: row[0], ...expected });
    }
    // The figures by hand: C-1 wmo + jeugd (zvw is not the gemeente's), C-2 none, C-3 the three, C-4 none.
    expect(rows.map((r) => [r[6], r[7]])).toEqual([[520_051, 3_000], [0, 0], [5_292, 10_017], [0, 0]]);
  });
});
