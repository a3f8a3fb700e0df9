/**
 * §2.2 editing a bijeenkomst from the screen: header and attendance, the agenda (drag and drop),
 * and per agenda item its notes, besluiten and acties. Every function checks first and writes
 * after, and runs inside the caller's transaction (handlers' `mutation`), so a refusal changes
 * nothing. Positions are 0-based storage order; an agenda item's `order` is position + 1.
 */
import type { ActionStatus } from '../../../shared/domain/enums';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readWijken } from './catalogues';
import { readMeetingRow } from './meetingRead';
import { nul } from './rows';
import { recordIdTag } from './storeIdentity';
import { readTafelRow } from './tafels';

/** The agenda item of `caseCode` in the meeting (the first, should a file have put it on twice). */
function requireItem(db: Db, meetingId: string, caseCode: string): number {
  readMeetingRow(db, meetingId);
  const row = db
    .prepare('SELECT seq FROM agenda_items WHERE meeting_id = ? AND case_code = ? ORDER BY position LIMIT 1')
    .get(meetingId, caseCode) as { seq: number } | undefined;
  if (!row) throw new UserError('NOT_FOUND', `caseCode: Casus ${caseCode} staat niet op de agenda van bijeenkomst '${meetingId}'. Zet de casus eerst op de agenda.`);
  return row.seq;
}

const MAX_ID = 64;

/** `<tafelId>-<date>`, with `-2`, `-3` … when taken; never longer than an identifier may be. */
function newMeetingId(db: Db, tafelId: string, date: string): string {
  const taken = db.prepare('SELECT 1 FROM meetings WHERE id = ?');
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? `-${date}` : `-${date}-${n}`;
    const id = `${tafelId.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (taken.get(id) === undefined) return id;
  }
}

export function createMeeting(db: Db, input: { tafelId: string; date: string; place?: string; chair?: string }): string {
  readTafelRow(db, input.tafelId, 'tafelId');
  const id = newMeetingId(db, input.tafelId, input.date);
  const position = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM meetings').get() as { n: number }).n;
  db.prepare('INSERT INTO meetings (id, position, tafel_id, date, place, chair) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    position,
    input.tafelId,
    input.date,
    nul(input.place),
    nul(input.chair),
  );
  // Attendance starts as the tafel's member list, nobody ticked present yet.
  db.prepare(
    `INSERT INTO meeting_attendance (meeting_id, position, name, organisation, present)
     SELECT ?, position, name, organisation, 0 FROM tafel_members WHERE tafel_id = ?`,
  ).run(id, input.tafelId);
  return id;
}

export interface MeetingUpdate {
  id: string;
  date?: string;
  place?: string | null;
  chair?: string | null;
  attendance?: readonly { name: string; organisation: string; present: boolean }[];
}

/** Updates the given header fields (null clears place/chair) and replaces attendance; returns the changed field names. */
export function updateMeeting(db: Db, u: MeetingUpdate): string[] {
  readMeetingRow(db, u.id);
  const changed: string[] = [];
  for (const field of ['date', 'place', 'chair'] as const) {
    const value = u[field];
    if (value === undefined) continue;
    db.prepare(`UPDATE meetings SET ${field} = ? WHERE id = ?`).run(value, u.id);
    changed.push(field);
  }
  if (u.attendance) {
    db.prepare('DELETE FROM meeting_attendance WHERE meeting_id = ?').run(u.id);
    const insert = db.prepare('INSERT INTO meeting_attendance (meeting_id, position, name, organisation, present) VALUES (?, ?, ?, ?, ?)');
    u.attendance.forEach((a, i) => insert.run(u.id, i, a.name, a.organisation, a.present ? 1 : 0));
    changed.push('attendance');
  }
  return changed;
}

/** The values a tafel's wijk may appear as on a case: the stored value and, for a known wijk, its name and id. */
function wijkKeys(db: Db, wijk: string): Set<string> {
  const keys = new Set([wijk]);
  for (const w of readWijken(db)) if (w.name === wijk || w.id === wijk) keys.add(w.name).add(w.id);
  return keys;
}

/** Dropping an agenda item takes its notes with it; besluiten and acties must be removed on purpose first. */
/** Whatever was recorded for an agenda item — notes, decisions, actions — must not vanish with a drag. */
function hasOutcome(db: Db, seq: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM decisions WHERE agenda_item_seq = @seq UNION ALL SELECT 1 FROM actions WHERE agenda_item_seq = @seq
         UNION ALL SELECT 1 FROM agenda_items WHERE seq = @seq AND notes IS NOT NULL LIMIT 1`,
      )
      .get({ seq }) !== undefined
  );
}

/**
 * Replaces the agenda with `items` in this order. Items whose case stays keep their row (notes,
 * besluiten, acties); new cases must exist, be of the tafel's wijk (a wijk tafel) and not be
 * ingetrokken; a dropped case that has besluiten or acties is refused.
 */
export function setAgenda(db: Db, meetingId: string, items: readonly { caseCode: string; minutes: number }[]): { added: string[]; removed: string[] } {
  const meeting = readMeetingRow(db, meetingId);
  const tafel = readTafelRow(db, meeting.tafel_id, 'tafel');
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.caseCode);
    if (first !== undefined) {
      throw new UserError('BAD_INPUT', `items[${i}].caseCode: Casus ${item.caseCode} staat al op de agenda (items[${first}]). Zet elke casus één keer op de agenda.`);
    }
    seen.set(item.caseCode, i);
  });

  const existing = db.prepare('SELECT seq, case_code FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(meetingId) as { seq: number; case_code: string }[];
  const kept = new Map<string, number>();
  const dropped: { seq: number; case_code: string }[] = [];
  for (const row of existing) {
    if (seen.has(row.case_code) && !kept.has(row.case_code)) kept.set(row.case_code, row.seq);
    else dropped.push(row);
  }

  const caseRow = db.prepare('SELECT wijk, status FROM cases WHERE code = ?');
  const keys = tafel.wijk === null ? null : wijkKeys(db, tafel.wijk);
  items.forEach((item, i) => {
    if (kept.has(item.caseCode)) return;
    const c = caseRow.get(item.caseCode) as { wijk: string; status: string } | undefined;
    if (!c) throw new UserError('NOT_FOUND', `items[${i}].caseCode: Casus ${item.caseCode} bestaat niet. Kies een bestaande casus.`);
    if (c.status === 'ingetrokken') {
      throw new UserError('CONFLICT', `items[${i}].caseCode: Casus ${item.caseCode} is ingetrokken en kan niet op de agenda. Haal de casus van de agenda.`);
    }
    if (keys && !keys.has(c.wijk)) {
      throw new UserError('CONFLICT', `items[${i}].caseCode: Casus ${item.caseCode} hoort bij wijk ${c.wijk}, deze tafel bij wijk ${tafel.wijk}. Bespreek de casus aan de tafel van haar eigen wijk.`);
    }
  });
  for (const row of dropped) {
    if (hasOutcome(db, row.seq)) {
      throw new UserError(
        'CONFLICT',
        `items: Casus ${row.case_code} heeft notities, besluiten of acties in deze bijeenkomst. Verwijder eerst die notities, besluiten en acties, of laat de casus op de agenda.`,
      );
    }
  }

  const remove = db.prepare('DELETE FROM agenda_items WHERE seq = ?');
  for (const row of dropped) remove.run(row.seq);
  // Park the kept rows on negative positions so the final numbering cannot collide (UNIQUE (meeting_id, position)).
  db.prepare('UPDATE agenda_items SET position = -1 - position WHERE meeting_id = ?').run(meetingId);
  const move = db.prepare('UPDATE agenda_items SET position = ?, item_order = ?, minutes = ? WHERE seq = ?');
  const insert = db.prepare('INSERT INTO agenda_items (meeting_id, position, case_code, item_order, minutes, notes) VALUES (?, ?, ?, ?, ?, NULL)');
  items.forEach((item, i) => {
    const seq = kept.get(item.caseCode);
    if (seq === undefined) insert.run(meetingId, i, item.caseCode, i + 1, item.minutes);
    else move.run(i, i + 1, item.minutes, seq);
  });
  return { added: items.filter((i) => !kept.has(i.caseCode)).map((i) => i.caseCode), removed: dropped.map((r) => r.case_code) };
}

/** Notes of one agenda item; an empty text clears them. */
export function saveNotes(db: Db, meetingId: string, caseCode: string, notes: string): void {
  const seq = requireItem(db, meetingId, caseCode);
  db.prepare('UPDATE agenda_items SET notes = ? WHERE seq = ?').run(notes === '' ? null : notes, seq);
}

/** Appends a besluit; returns its 0-based index. */
export function addDecision(db: Db, meetingId: string, caseCode: string, text: string): number {
  const seq = requireItem(db, meetingId, caseCode);
  const index = (db.prepare('SELECT COUNT(*) AS n FROM decisions WHERE agenda_item_seq = ?').get(seq) as { n: number }).n;
  db.prepare('INSERT INTO decisions (agenda_item_seq, position, text) VALUES (?, ?, ?)').run(seq, index, text);
  return index;
}

export function removeDecision(db: Db, meetingId: string, caseCode: string, index: number): void {
  const seq = requireItem(db, meetingId, caseCode);
  const gone = db.prepare('DELETE FROM decisions WHERE agenda_item_seq = ? AND position = ?').run(seq, index).changes;
  if (gone === 0) throw new UserError('NOT_FOUND', `index: Besluit ${index} bestaat niet bij casus ${caseCode} in deze bijeenkomst. Ververs de bijeenkomst en kies een bestaand besluit.`);
  db.prepare('UPDATE decisions SET position = -position WHERE agenda_item_seq = ? AND position > ?').run(seq, index);
  db.prepare('UPDATE decisions SET position = -position - 1 WHERE agenda_item_seq = ? AND position < 0').run(seq);
}

/**
 * `act-<tag>-<n>`: this store's tag (storeIdentity.ts, so ids of two stores never meet) and one
 * above the highest number in use with it, so ids stay short and unique.
 */
function newActionId(db: Db): string {
  const prefix = `act-${recordIdTag(db)}-`;
  const ids = db.prepare('SELECT id FROM actions WHERE substr(id, 1, ?) = ?').all(prefix.length, prefix) as { id: string }[];
  let n = ids.reduce((max, { id }) => (/^\d{1,9}$/.test(id.slice(prefix.length)) ? Math.max(max, Number(id.slice(prefix.length))) : max), 0) + 1;
  const taken = db.prepare('SELECT 1 FROM actions WHERE id = ?');
  while (taken.get(`${prefix}${n}`) !== undefined) n += 1;
  return `${prefix}${n}`;
}

export function addAction(db: Db, meetingId: string, caseCode: string, action: { text: string; owner: string; due: string }): string {
  const seq = requireItem(db, meetingId, caseCode);
  const { date } = readMeetingRow(db, meetingId);
  if (action.due < date) {
    throw new UserError('BAD_INPUT', `due: De deadline ${action.due} ligt vóór de bijeenkomst (${date}). Kies een datum op of na de bijeenkomst.`);
  }
  const id = newActionId(db);
  const position = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM actions WHERE agenda_item_seq = ?').get(seq) as { n: number }).n;
  db.prepare('INSERT INTO actions (id, agenda_item_seq, position, text, owner, due, status) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    seq,
    position,
    action.text,
    action.owner,
    action.due,
    'open',
  );
  return id;
}

/** Any status may follow any other (a finished action can be reopened); setting the current one is refused. */
export function setActionStatus(db: Db, actionId: string, status: ActionStatus): { from: ActionStatus; meetingId: string } {
  const row = db
    .prepare('SELECT a.status, i.meeting_id FROM actions a JOIN agenda_items i ON i.seq = a.agenda_item_seq WHERE a.id = ?')
    .get(actionId) as { status: ActionStatus; meeting_id: string } | undefined;
  if (!row) throw new UserError('NOT_FOUND', `actionId: Actie '${actionId}' bestaat niet (meer). Ververs de lijst met acties.`);
  if (row.status === status) throw new UserError('CONFLICT', `status: Actie '${actionId}' heeft al de status '${status}'. Kies een andere status.`);
  db.prepare('UPDATE actions SET status = ? WHERE id = ?').run(status, actionId);
  return { from: row.status, meetingId: row.meeting_id };
}
