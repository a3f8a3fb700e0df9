/**
 * §2.2 the verslag (minutes) of a bijeenkomst as ONE structured document: the screen shows it and
 * the PDF prints it, so both say the same. Two versions: `volledig` for the dossier, and
 * `geanonimiseerd` for partners — case code only, and every field that is free text about a
 * resident or a person is null there (see electron/core/export/verslag/buildVerslag.ts for which
 * fields and why).
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/enums';

const VerslagAction = z.object({
  id: z.string(),
  /** null in the anonymised version: an action's text can describe the household. */
  text: z.string().nullable(),
  /** The owner's name (volledig); the owner's organisation, or null when unknown (geanonimiseerd). */
  owner: z.string().nullable(),
  due: z.string(),
  status: z.enum(ACTION_STATUSES),
});

export const Verslag = z.object({
  version: z.enum(['volledig', 'geanonimiseerd']),
  meetingId: z.string(),
  tafelName: z.string(),
  date: z.string(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  attendance: z.array(z.object({ name: z.string().nullable(), organisation: z.string(), present: z.boolean() })),
  items: z.array(
    z.object({
      order: z.number().int(),
      caseCode: z.string(),
      alias: z.string().nullable(),
      minutes: z.number().int(),
      notes: z.string().nullable(),
      /** Numbered besluiten; the text is null in the anonymised version. */
      decisions: z.array(z.object({ number: z.number().int(), text: z.string().nullable() })),
      actions: z.array(VerslagAction),
    }),
  ),
  /** Open actions from earlier meetings of the same tafel (they carry over, §2.2). */
  carriedOver: z.array(VerslagAction.extend({ caseCode: z.string(), meetingDate: z.string() })),
  /** What this version leaves out, in Dutch, for the reader. */
  withheld: z.array(z.string()),
});
export type Verslag = z.infer<typeof Verslag>;
export type VerslagAction = z.infer<typeof VerslagAction>;
