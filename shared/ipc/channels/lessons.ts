/** Issue #14 item 3: the lessenlog per wijk and spoor — what worked and what did not. */
import { z } from 'zod';
import { SPOREN } from '../../domain/enums';
import { identifier, LessonSchema, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

/** A new lesson needs no id (generated) or date (today). */
const LessonInput = LessonSchema.partial({ id: true, recordedOn: true });

export const lessonsChannels = {
  'lessons:list': defineChannel(
    // 'algemeen': the lessons about the approach as a whole (spoor null).
    z.strictObject({ wijk: shortText.optional(), spoor: z.enum([...SPOREN, 'algemeen']).optional() }),
    z.object({ items: z.array(LessonSchema) }),
  ),
  'lessons:save': defineChannel(z.strictObject({ lesson: LessonInput }), saved(LessonSchema)),
  'lessons:remove': defineChannel(z.strictObject({ id: identifier }), LessonSchema),
} as const;
