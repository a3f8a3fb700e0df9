/**
 * §2.2 bijeenkomsten: attendance, the agenda of cases, and per agenda item its decisions and
 * actions. Meetings are case data, so an import never overwrites one: a known id is a CONFLICT.
 */
import type { ActionFile, MeetingFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { defined, fromFlag, groupBy, nul, opt, toFlag } from './rows';

export function insertMeetings(db: Db, meetings: readonly MeetingFile[]): void {
  const exists = db.prepare('SELECT 1 FROM meetings WHERE id = ?');
  const actionExists = db.prepare('SELECT 1 FROM actions WHERE id = ?');
  for (const m of meetings) {
    if (exists.get(m.id)) {
      throw new UserError('CONFLICT', `Bijeenkomst '${m.id}' bestaat al in deze werkbank. Er is niets geïmporteerd; verwijder de bijeenkomst uit het bestand of geef haar een nieuw id.`);
    }
    for (const a of m.agenda.flatMap((item) => item.actions)) {
      if (actionExists.get(a.id)) {
        throw new UserError('CONFLICT', `Actie '${a.id}' bestaat al in deze werkbank. Er is niets geïmporteerd; geef de actie een nieuw id.`);
      }
    }
  }
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM meetings').get() as { n: number }).n;
  const meeting = db.prepare('INSERT INTO meetings (id, position, tafel_id, date, place, chair) VALUES (?, ?, ?, ?, ?, ?)');
  const attendance = db.prepare('INSERT INTO meeting_attendance (meeting_id, position, name, organisation, present) VALUES (?, ?, ?, ?, ?)');
  const agenda = db.prepare('INSERT INTO agenda_items (meeting_id, position, case_code, item_order, minutes, notes) VALUES (?, ?, ?, ?, ?, ?)');
  const decision = db.prepare('INSERT INTO decisions (agenda_item_seq, position, text) VALUES (?, ?, ?)');
  const action = db.prepare('INSERT INTO actions (id, agenda_item_seq, position, text, owner, due, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
  meetings.forEach((m, i) => {
    meeting.run(m.id, base + i, m.tafel, m.date, nul(m.place), nul(m.chair));
    m.attendance.forEach((a, j) => attendance.run(m.id, j, a.name, a.organisation, toFlag(a.present)));
    m.agenda.forEach((item, j) => {
      const seq = agenda.run(m.id, j, item.caseCode, item.order, item.minutes, nul(item.notes)).lastInsertRowid;
      item.decisions.forEach((d, k) => decision.run(seq, k, d.text));
      item.actions.forEach((a, k) => action.run(a.id, seq, k, a.text, a.owner, a.due, a.status));
    });
  });
}

interface AgendaRow {
  seq: number;
  meeting_id: string;
  case_code: string;
  item_order: number;
  minutes: number;
  notes: string | null;
}

export function readMeetings(db: Db): MeetingFile[] {
  const meetings = db.prepare('SELECT id, tafel_id, date, place, chair FROM meetings ORDER BY position').all() as {
    id: string;
    tafel_id: string;
    date: string;
    place: string | null;
    chair: string | null;
  }[];
  const attendance = groupBy(
    db.prepare('SELECT meeting_id, name, organisation, present FROM meeting_attendance ORDER BY meeting_id, position').all() as {
      meeting_id: string;
      name: string;
      organisation: string;
      present: number;
    }[],
    (a) => a.meeting_id,
  );
  const agenda = groupBy(
    db.prepare('SELECT seq, meeting_id, case_code, item_order, minutes, notes FROM agenda_items ORDER BY meeting_id, position').all() as AgendaRow[],
    (a) => a.meeting_id,
  );
  const decisions = groupBy(
    db.prepare('SELECT agenda_item_seq, text FROM decisions ORDER BY agenda_item_seq, position').all() as { agenda_item_seq: number; text: string }[],
    (d) => d.agenda_item_seq,
  );
  const actions = groupBy(
    db.prepare('SELECT agenda_item_seq, id, text, owner, due, status FROM actions ORDER BY agenda_item_seq, position').all() as (ActionFile & {
      agenda_item_seq: number;
    })[],
    (a) => a.agenda_item_seq,
  );
  return meetings.map((m) =>
    defined({
      id: m.id,
      tafel: m.tafel_id,
      date: m.date,
      place: opt(m.place),
      chair: opt(m.chair),
      attendance: (attendance.get(m.id) ?? []).map((a) => ({ name: a.name, organisation: a.organisation, present: fromFlag(a.present) })),
      agenda: (agenda.get(m.id) ?? []).map((item) =>
        defined({
          caseCode: item.case_code,
          order: item.item_order,
          minutes: item.minutes,
          notes: opt(item.notes),
          decisions: (decisions.get(item.seq) ?? []).map((d) => ({ text: d.text })),
          actions: (actions.get(item.seq) ?? []).map((a) => ({ id: a.id, text: a.text, owner: a.owner, due: a.due, status: a.status })),
        }),
      ),
    }),
  );
}
