/** What the verslag of a bijeenkomst is built from: the meeting, its tafel, the aliases, earlier open actions. */
import type { MeetingFile, TafelFile } from '../../../shared/interchange';
import type { OpenAction } from '../../../shared/ipc/channels/actions';
import type { Db } from '../store/openDatabase';
import { readMeeting } from './meetingRead';
import { listOpenActions } from './meetingRead';
import { readTafels } from './tafels';

export interface VerslagData {
  meeting: MeetingFile;
  tafel: TafelFile | undefined;
  aliases: ReadonlyMap<string, string | null>;
  /** Open actions of this tafel agreed at an EARLIER meeting (by date), due date then id. */
  carriedOver: OpenAction[];
}

export function readVerslagData(db: Db, meetingId: string): VerslagData {
  const meeting = readMeeting(db, meetingId);
  const tafel = readTafels(db).find((t) => t.id === meeting.tafel);
  const alias = db.prepare('SELECT alias FROM cases WHERE code = ?');
  const aliases = new Map(
    meeting.agenda.map((item) => [item.caseCode, (alias.get(item.caseCode) as { alias: string | null } | undefined)?.alias ?? null] as const),
  );
  // `today` only sets `overdue`, which the verslag does not use: the verslag depends on the data alone.
  const carriedOver = listOpenActions(db, { tafelId: meeting.tafel }, meeting.date).filter(
    (a) => a.meetingId !== meeting.id && a.meetingDate < meeting.date,
  );
  return { meeting, tafel, aliases, carriedOver };
}
