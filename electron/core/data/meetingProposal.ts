/**
 * §2.2 the proposed agenda of a meeting (a proposal only; nothing is written). Four groups, in
 * this order (PRODUCT.md §2.2 names them so), each with a fixed order inside it so the same store
 * always gives the same proposal:
 *
 *  1. nieuwe_aanmelding — status `aangemeld` and on no agenda at all; oldest registration first,
 *     then case code.
 *  2. opvolging — the case's follow-up date (§2.1) is today or past; the oldest date first, then
 *     case code. Cases `afgesloten` or `ingetrokken` are left out.
 *  3. open_acties — at least one `open` action, overdue or not (open actions carry over, §2.2);
 *     the oldest due date first, then most open actions, then case code. Cases `afgesloten`
 *     or `ingetrokken` are left out.
 *  4. vastgelopen — status `vastgelopen`, longest stuck first (days since the last status change,
 *     or since registration when there is no history), then case code.
 *
 * A case that fits several groups appears once, in its first group, with every reason it has (in
 * group order).
 *
 * Ordered by need first (issue #14 item 7: the tafel is for residents with expected high care
 * costs): the case's care-cost band, highest first, cases without a band last; within one band the
 * order above (group, then the group's own order). So a new aanmelding of more than € 100.000 a
 * year comes before a case stuck for months with a band under € 10.000. Only cases of the tafel's wijk are proposed (every wijk for a city-wide tafel), and
 * cases already on this meeting's agenda are left out: the proposal is what to add.
 */
import { daysBetween } from '../../../shared/calc';
import { CARE_COST_BANDS, type CareCostBand } from '../../../shared/domain/enums';
import type { AgendaProposal, ProposalReason } from '../../../shared/ipc/channels/meetings';
import type { Db } from '../store/openDatabase';
import { readWijken } from './catalogues';
import { FOLLOW_UP_DUE } from './followUp';
import { readMeetingRow } from './meetingRead';
import { readTafelRow } from './tafels';

export function listAgendaProposals(db: Db, meetingId: string, today: string): AgendaProposal[] {
  const meeting = readMeetingRow(db, meetingId);
  const tafel = readTafelRow(db, meeting.tafel_id, 'tafel');
  const wijken = new Set<string>();
  if (tafel.wijk !== null) {
    wijken.add(tafel.wijk);
    for (const w of readWijken(db)) if (w.name === tafel.wijk || w.id === tafel.wijk) wijken.add(w.name).add(w.id);
  }
  const params = { meeting: meetingId, today, wijken: JSON.stringify([...wijken]), cityWide: tafel.wijk === null ? 1 : 0 };
  const scope = `(@cityWide = 1 OR c.wijk IN (SELECT value FROM json_each(@wijken)))
    AND NOT EXISTS (SELECT 1 FROM agenda_items x WHERE x.meeting_id = @meeting AND x.case_code = c.code)`;

  const nieuw = db
    .prepare(
      `SELECT c.code, c.wijk, c.registered_on FROM cases c
        WHERE c.status = 'aangemeld' AND ${scope}
          AND NOT EXISTS (SELECT 1 FROM agenda_items y WHERE y.case_code = c.code)
        ORDER BY c.registered_on, c.code`,
    )
    .all(params) as { code: string; wijk: string; registered_on: string }[];

  const followUp = db
    .prepare(
      `SELECT c.code, c.wijk, c.follow_up_on FROM cases c
        WHERE ${FOLLOW_UP_DUE} AND ${scope}
        ORDER BY c.follow_up_on, c.code`,
    )
    .all(params) as { code: string; wijk: string; follow_up_on: string }[];

  const openActions = db
    .prepare(
      `SELECT c.code, c.wijk, COUNT(*) AS n, SUM(a.due < @today) AS overdue, MIN(a.due) AS oldest FROM cases c
         JOIN agenda_items i ON i.case_code = c.code
         JOIN actions a ON a.agenda_item_seq = i.seq
        WHERE a.status = 'open' AND c.status NOT IN ('afgesloten', 'ingetrokken') AND ${scope}
        GROUP BY c.code
        ORDER BY oldest, n DESC, c.code`,
    )
    .all(params) as { code: string; wijk: string; n: number; overdue: number; oldest: string }[];

  const stuck = (
    db
      .prepare(
        `SELECT c.code, c.wijk,
                COALESCE((SELECT substr(h.at, 1, 10) FROM case_status_history h WHERE h.case_code = c.code
                           ORDER BY h.position DESC LIMIT 1), c.registered_on) AS since
           FROM cases c
          WHERE c.status = 'vastgelopen' AND ${scope}`,
      )
      .all(params) as { code: string; wijk: string; since: string }[]
  )
    .map((r) => ({ ...r, days: daysBetween(r.since, today) }))
    .sort((a, b) => b.days - a.days || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const out = new Map<string, AgendaProposal>();
  const add = (code: string, wijk: string, reason: ProposalReason) => {
    const entry = out.get(code);
    if (entry) entry.reasons.push(reason);
    else out.set(code, { caseCode: code, wijk, reasons: [reason] });
  };
  for (const r of nieuw) add(r.code, r.wijk, { kind: 'nieuwe_aanmelding', registeredOn: r.registered_on });
  for (const r of followUp) add(r.code, r.wijk, { kind: 'opvolging', followUpOn: r.follow_up_on });
  for (const r of openActions) add(r.code, r.wijk, { kind: 'open_acties', openActions: r.n, overdueActions: r.overdue, oldestDue: r.oldest });
  for (const r of stuck) add(r.code, r.wijk, { kind: 'vastgelopen', since: r.since, days: r.days });
  const proposals = [...out.values()];
  const bands = readCareCostBands(db, proposals.map((p) => p.caseCode));
  for (const p of proposals) {
    const band = bands.get(p.caseCode);
    if (band !== undefined) p.careCostBand = band;
  }
  // Array.prototype.sort is stable: within a band the group order above stays.
  return proposals.sort((a, b) => bandRank(b.careCostBand) - bandRank(a.careCostBand));
}

/** 4 for boven_100k … 1 for tot_10k; 0 without a band, so those come last. */
function bandRank(band: CareCostBand | undefined): number {
  return band === undefined ? 0 : CARE_COST_BANDS.indexOf(band) + 1;
}

function readCareCostBands(db: Db, codes: readonly string[]): Map<string, CareCostBand> {
  const rows = db
    .prepare('SELECT code, care_cost_band FROM cases WHERE care_cost_band IS NOT NULL AND code IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(codes)) as { code: string; care_cost_band: CareCostBand }[];
  return new Map(rows.map((r) => [r.code, r.care_cost_band]));
}
