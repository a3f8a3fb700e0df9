/** §2.2 what the meeting screens and writes read: one meeting, the meeting list, the open actions, a meeting's row. */
import type { MeetingFile } from '../../../shared/interchange';
import type { OpenAction } from '../../../shared/ipc/channels/actions';
import type { MeetingSummary } from '../../../shared/ipc/channels/meetings';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readMeetings } from './meetings';
import { readTafelRow } from './tafels';

/** The full meeting in its interchange shape, or NOT_FOUND. */
export function readMeeting(db: Db, id: string): MeetingFile {
  const meeting = readMeetings(db).find((m) => m.id === id);
  if (!meeting) throw new UserError('NOT_FOUND', `Bijeenkomst '${id}' bestaat niet (meer). Kies een bijeenkomst uit de lijst.`);
  return meeting;
}

/** Meeting summaries, newest first (date, then most recently created); `from`/`to` inclusive. */
export function listMeetingSummaries(db: Db, q: { tafelId?: string; from?: string; to?: string }): MeetingSummary[] {
  if (q.tafelId !== undefined) readTafelRow(db, q.tafelId, 'tafelId');
  const rows = db
    .prepare(
      `SELECT m.id, m.tafel_id, t.name AS tafel_name, m.date, m.place, m.chair,
              (SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS agenda_items,
              (SELECT COUNT(*) FROM actions a JOIN agenda_items i ON i.seq = a.agenda_item_seq
                WHERE i.meeting_id = m.id AND a.status = 'open') AS open_actions
         FROM meetings m JOIN tafels t ON t.id = m.tafel_id
        WHERE (@tafel IS NULL OR m.tafel_id = @tafel)
          AND (@from IS NULL OR m.date >= @from)
          AND (@to IS NULL OR m.date <= @to)
        ORDER BY m.date DESC, m.position DESC`,
    )
    .all({ tafel: q.tafelId ?? null, from: q.from ?? null, to: q.to ?? null }) as {
    id: string;
    tafel_id: string;
    tafel_name: string;
    date: string;
    place: string | null;
    chair: string | null;
    agenda_items: number;
    open_actions: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    tafel: r.tafel_id,
    tafelName: r.tafel_name,
    date: r.date,
    place: r.place,
    chair: r.chair,
    agendaItems: r.agenda_items,
    openActions: r.open_actions,
  }));
}

/**
 * Every open action (they carry over to the next meeting until done or dropped), earliest due
 * first, then by action id; `overdue` when due < today.
 */
export function listOpenActions(db: Db, q: { tafelId?: string }, today: string): OpenAction[] {
  if (q.tafelId !== undefined) readTafelRow(db, q.tafelId, 'tafelId');
  const rows = db
    .prepare(
      `SELECT a.id, a.text, a.owner, a.due, i.case_code, m.id AS meeting_id, m.date AS meeting_date, m.tafel_id
         FROM actions a
         JOIN agenda_items i ON i.seq = a.agenda_item_seq
         JOIN meetings m ON m.id = i.meeting_id
        WHERE a.status = 'open' AND (@tafel IS NULL OR m.tafel_id = @tafel)
        ORDER BY a.due, a.id`,
    )
    .all({ tafel: q.tafelId ?? null }) as {
    id: string;
    text: string;
    owner: string;
    due: string;
    case_code: string;
    meeting_id: string;
    meeting_date: string;
    tafel_id: string;
  }[];
  return rows.map((r) => ({
    actionId: r.id,
    text: r.text,
    owner: r.owner,
    due: r.due,
    overdue: r.due < today,
    caseCode: r.case_code,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date,
    tafel: r.tafel_id,
  }));
}

/** A meeting's own row (no agenda), or NOT_FOUND: what a write checks before it touches the meeting. */
interface MeetingRow {
  id: string;
  tafel_id: string;
  date: string;
}

export function readMeetingRow(db: Db, id: string): MeetingRow {
  const row = db.prepare('SELECT id, tafel_id, date FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw new UserError('NOT_FOUND', `Bijeenkomst '${id}' bestaat niet (meer). Kies een bijeenkomst uit de lijst.`);
  return row;
}
