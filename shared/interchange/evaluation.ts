/**
 * Issue #14 item 3: what the (tussen)evaluatie keeps per wijk besides the cases — dated baselines
 * (the first is "de nulmeting") and the lessenlog. Optional arrays of the dataset (§4), so files
 * from before keep importing.
 */
import { z } from 'zod';
import { LESSON_KINDS, SPOREN } from '../domain/enums';
import { identifier, isoDate, longText, shortText } from './primitives';

/** The most households a wijk can hold in view; more is a typing error. */
const MAX_HOUSEHOLDS = 1_000_000;

/**
 * One sociale-kaart entry as it was on the day of the baseline: a copy, so a later edit of the
 * sociale kaart does not change what the wijk had at the start. The id says which entry it was.
 */
const BaselineEntrySchema = z.strictObject({
  socialeKaartId: identifier,
  name: shortText,
  spoor: z.enum(SPOREN),
  organisation: shortText.optional(),
});

export const BaselineSchema = z.strictObject({
  id: identifier,
  wijk: shortText,
  measuredOn: isoDate,
  /** Households in view of the tafel and its partners on that day (a count, not people). */
  households: z
    .number()
    .int('households: vul een geheel aantal huishoudens in.')
    .min(0, 'households: het aantal huishoudens kan niet negatief zijn.')
    .max(MAX_HOUSEHOLDS, 'households: hoogstens 1.000.000 huishoudens.'),
  /** The active networks and initiatives of the wijk on that day (a snapshot of the sociale kaart). */
  socialeKaart: z.array(BaselineEntrySchema),
  notes: longText.optional(),
});

export const LessonSchema = z.strictObject({
  id: identifier,
  wijk: shortText,
  /** null: a lesson about the approach in general, not one spoor ("algemeen"). */
  spoor: z.enum(SPOREN).nullable(),
  kind: z.enum(LESSON_KINDS),
  text: z.string().trim().min(1, 'Vul in wat er werkte of niet werkte.').max(10_000, 'Maximaal 10.000 tekens.'),
  /** Who noted it (a name or a role). */
  author: shortText,
  recordedOn: isoDate,
});

export type BaselineEntryFile = z.infer<typeof BaselineEntrySchema>;
export type BaselineFile = z.infer<typeof BaselineSchema>;
export type LessonFile = z.infer<typeof LessonSchema>;
