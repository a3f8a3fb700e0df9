/** Issue #14 item 3: the lessenlog — list per wijk and spoor, add or change, delete. */
import type { Handlers } from '../../../shared/ipc/contract';
import { listLessons } from '../data/lessons';
import { removeLesson, saveLesson } from '../data/lessonWrite';
import { changedFields } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';
import { mutation, today } from './support/mutation';
import { wijkFilter } from './support/wijkFilter';

export function lessonsHandlers(ctx: HandlerContext) {
  return {
    'lessons:list': async ({ wijk, spoor }) => {
      const db = ctx.session.database();
      return { items: listLessons(db, { wijk: wijkFilter(db, wijk), spoor }) };
    },

    // The audit entry names the wijk, spoor, kind and changed fields — never the text or who wrote it.
    'lessons:save': async ({ lesson }) =>
      mutation(ctx, (db) => {
        const { lesson: saved, previous } = saveLesson(db, lesson, today(ctx));
        const created = previous === null;
        return {
          result: { entry: saved, created },
          audit: {
            action: created ? 'lesson.create' : 'lesson.update',
            entity: 'lesson',
            entityId: saved.id,
            detail: { wijk: saved.wijk, spoor: saved.spoor, kind: saved.kind, changed: changedFields(previous, saved) },
          },
        };
      }),

    'lessons:remove': async ({ id }) =>
      mutation(ctx, (db) => {
        const removed = removeLesson(db, id);
        return {
          result: removed,
          audit: { action: 'lesson.remove', entity: 'lesson', entityId: id, detail: { wijk: removed.wijk, spoor: removed.spoor, kind: removed.kind } },
        };
      }),
  } satisfies Pick<Handlers, 'lessons:list' | 'lessons:save' | 'lessons:remove'>;
}
