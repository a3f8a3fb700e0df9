/** Issue #14 item 3: the lessenlog one entry at a time — add, change, delete. */
import type { LessonFile } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import { readWijkName } from './catalogues';
import { insertLessons, readLesson, readLessons } from './lessons';
import { readNextNumberedId } from './rows';
import { recordIdTag } from './storeIdentity';

export type LessonInput = Omit<LessonFile, 'id' | 'recordedOn'> & Partial<Pick<LessonFile, 'id' | 'recordedOn'>>;

/**
 * Adds (id `les-<tag>-<n>` when absent; dated today unless given) or changes a lesson. The wijk must
 * be in the catalogue (by name or id; stored as its name); a given id that does not exist is NOT_FOUND.
 */
export function saveLesson(db: Db, input: LessonInput, today: string): { lesson: LessonFile; previous: LessonFile | null } {
  const wijk = readWijkName(db, input.wijk, 'lesson.wijk');
  const previous = input.id === undefined ? null : readLesson(db, input.id);
  const lesson: LessonFile = {
    id: input.id ?? readNextNumberedId(db, 'lessons', `les-${recordIdTag(db)}-`),
    wijk,
    spoor: input.spoor,
    kind: input.kind,
    text: input.text,
    author: input.author,
    recordedOn: input.recordedOn ?? previous?.recordedOn ?? today,
  };
  if (previous === null) insertLessons(db, [lesson]);
  else {
    db.prepare(
      'UPDATE lessons SET wijk = @wijk, spoor = @spoor, kind = @kind, text = @text, author = @author, recorded_on = @recordedOn WHERE id = @id',
    ).run(lesson);
  }
  return { lesson: readLessons(db).find((l) => l.id === lesson.id) ?? lesson, previous };
}

export function removeLesson(db: Db, id: string): LessonFile {
  const current = readLesson(db, id);
  db.prepare('DELETE FROM lessons WHERE id = ?').run(id);
  return current;
}
