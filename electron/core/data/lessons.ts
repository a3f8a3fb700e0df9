/**
 * Issue #14 item 3: the lessenlog per wijk and spoor — what worked and what did not, dated, with
 * who noted it. Lessons are records people made: an import never overwrites one (CONFLICT).
 */
import type { Spoor } from '../../../shared/domain/enums';
import type { LessonFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';

interface Row {
  id: string;
  wijk: string;
  spoor: LessonFile['spoor'];
  kind: LessonFile['kind'];
  text: string;
  author: string;
  recorded_on: string;
}

export function insertLessons(db: Db, lessons: readonly LessonFile[]): void {
  const exists = db.prepare('SELECT 1 FROM lessons WHERE id = ?');
  for (const l of lessons) {
    if (exists.get(l.id)) {
      throw new UserError('CONFLICT', `Les '${l.id}' bestaat al in deze werkbank. Er is niets geïmporteerd; geef de les een nieuw id.`);
    }
  }
  const base = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM lessons').get() as { n: number }).n;
  const insert = db.prepare('INSERT INTO lessons (id, position, wijk, spoor, kind, text, author, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  lessons.forEach((l, i) => insert.run(l.id, base + i, l.wijk, l.spoor, l.kind, l.text, l.author, l.recordedOn));
}

/** Every lesson in stored order. */
export function readLessons(db: Db): LessonFile[] {
  const rows = db.prepare('SELECT id, wijk, spoor, kind, text, author, recorded_on FROM lessons ORDER BY position').all() as Row[];
  return rows.map((r) => ({ id: r.id, wijk: r.wijk, spoor: r.spoor, kind: r.kind, text: r.text, author: r.author, recordedOn: r.recorded_on }));
}

export interface LessonFilter {
  wijk?: string | undefined;
  /** A spoor, or 'algemeen' for the lessons about no one spoor. */
  spoor?: Spoor | 'algemeen' | undefined;
}

/** The lessenlog of a wijk and/or spoor, newest first (the log a chair reads back). */
export function listLessons(db: Db, filter: LessonFilter): LessonFile[] {
  const spoor = filter.spoor === 'algemeen' ? null : filter.spoor;
  return readLessons(db)
    .filter((l) => (filter.wijk === undefined || l.wijk === filter.wijk) && (filter.spoor === undefined || l.spoor === spoor))
    .sort((a, b) => b.recordedOn.localeCompare(a.recordedOn) || b.id.localeCompare(a.id));
}

export function readLesson(db: Db, id: string): LessonFile {
  const found = readLessons(db).find((l) => l.id === id);
  if (found === undefined) throw new UserError('NOT_FOUND', `Les '${id}' bestaat niet in deze werkbank. Kies een les uit het lessenlog.`);
  return found;
}
