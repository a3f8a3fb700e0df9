/**
 * §2.2 the bijeenkomsten (meetings) of a casuïstiektafel with agenda, notes, besluiten and acties.
 * Reads give the interchange shape (MeetingSchema); writes return what the screen needs to refresh
 * (usually the whole meeting, so a drag-and-drop agenda can redraw at once). The tafels and the
 * acties that carry over have their own prefix files.
 */
import { z } from 'zod';
import { ACTION_STATUSES, CARE_COST_BANDS } from '../../domain/enums';
import { AgendaItemSchema, MeetingSchema } from '../../interchange/meetings';
import { caseCode, identifier, isoDate, longText, shortText } from '../../interchange/primitives';
import { defineChannel } from '../defineChannel';

/** A meeting header field that may be cleared: a value sets it, null clears it, absent leaves it. */
const clearableText = shortText.nullable().optional();
const Attendance = MeetingSchema.shape.attendance.max(100, 'Maximaal 100 aanwezigen.');

export const MeetingSummary = z.object({
  id: z.string(),
  tafel: z.string(),
  tafelName: z.string(),
  date: z.string(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  agendaItems: z.number().int(),
  openActions: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** Why a case is proposed for the agenda (§2.2); figures only, the screen words them. */
export const ProposalReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nieuwe_aanmelding'), registeredOn: z.string() }),
  z.object({ kind: z.literal('opvolging'), followUpOn: z.string() }),
  /** Open actions carry over to the next meeting (§2.2): every case with one, overdue or not. */
  z.object({ kind: z.literal('open_acties'), openActions: z.number().int(), overdueActions: z.number().int(), oldestDue: z.string() }),
  z.object({ kind: z.literal('vastgelopen'), since: z.string(), days: z.number().int() }),
]);
export type ProposalReason = z.infer<typeof ProposalReason>;

export const AgendaProposal = z.object({
  caseCode: z.string(),
  wijk: z.string(),
  reasons: z.array(ProposalReason),
  /** Issue #14 item 7: the case's expected care costs (the first ordering key); absent when not estimated. */
  careCostBand: z.enum(CARE_COST_BANDS).optional(),
});
export type AgendaProposal = z.infer<typeof AgendaProposal>;

/**
 * §2.2 the verslag (minutes) of a bijeenkomst as ONE structured document: the screen shows it and
 * the PDF prints it, so both say the same. Two versions: `volledig` for the dossier, and
 * `geanonimiseerd` for partners — case code only, and every field that is free text about a
 * resident or a person is null there (see electron/core/export/verslag/buildVerslag.ts for which
 * fields and why).
 */
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

const MeetingResult = z.object({ meeting: MeetingSchema });
const MeetingRef = { id: identifier };
const ItemRef = { id: identifier, caseCode };

export const meetingsChannels = {
  'meetings:list': defineChannel(
    z
      .strictObject({ tafelId: identifier.optional(), from: isoDate.optional(), to: isoDate.optional() })
      .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
        message: "De einddatum ligt vóór de begindatum; kies een 'tot' op of na de 'van'-datum.",
        path: ['to'],
      }),
    z.object({ items: z.array(MeetingSummary) }),
  ),
  'meetings:get': defineChannel(z.strictObject(MeetingRef), MeetingSchema),
  'meetings:create': defineChannel(
    z.strictObject({ tafelId: identifier, date: isoDate, place: shortText.optional(), chair: shortText.optional() }),
    z.object({ id: z.string() }),
  ),
  'meetings:update': defineChannel(
    z
      .strictObject({ ...MeetingRef, date: isoDate.optional(), place: clearableText, chair: clearableText, attendance: Attendance.optional() })
      .refine((u) => u.date !== undefined || u.place !== undefined || u.chair !== undefined || u.attendance !== undefined, {
        message: 'Er is niets om te wijzigen; geef datum, plaats, voorzitter of aanwezigheid mee.',
      }),
    MeetingResult,
  ),
  'meetings:setAgenda': defineChannel(
    z.strictObject({
      ...MeetingRef,
      items: z.array(z.strictObject({ caseCode, minutes: AgendaItemSchema.shape.minutes })).max(100, 'Maximaal 100 agendapunten.'),
    }),
    MeetingResult,
  ),
  'meetings:proposeAgenda': defineChannel(z.strictObject(MeetingRef), z.object({ items: z.array(AgendaProposal) })),
  'meetings:saveNotes': defineChannel(z.strictObject({ ...ItemRef, notes: longText }), MeetingResult),
  'meetings:addDecision': defineChannel(
    z.strictObject({ ...ItemRef, text: longText.trim().min(1, 'Vul het besluit in.') }),
    MeetingResult,
  ),
  'meetings:removeDecision': defineChannel(
    /** index: the 0-based position of the besluit in the agenda item's `decisions` list. */
    z.strictObject({ ...ItemRef, index: z.number().int('Index is een geheel getal.').min(0, 'Index begint bij 0.') }),
    MeetingResult,
  ),
  'meetings:addAction': defineChannel(
    z.strictObject({ ...ItemRef, text: longText.trim().min(1, 'Beschrijf de actie.'), owner: shortText, due: isoDate }),
    z.object({ actionId: z.string(), meeting: MeetingSchema }),
  ),
  /**
   * The verslag (§2.2): `json` gives the structured document the screen shows; `pdf` gives it too,
   * with the PDF (base64) to save — an export, audited. `pseudonymised` is the partners' version.
   */
  'meetings:verslag': defineChannel(
    z.strictObject({ ...MeetingRef, pseudonymised: z.boolean(), format: z.enum(['json', 'pdf']) }),
    z.object({ fileName: z.string(), verslag: Verslag, pdf: z.base64().nullable() }),
  ),
} as const;
