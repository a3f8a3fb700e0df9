/**
 * §2.2 the bijeenkomsten (meetings) of a casuïstiektafel with agenda, notes, besluiten and acties.
 * Reads give the interchange shape (MeetingSchema); writes return what the screen needs to refresh
 * (usually the whole meeting, so a drag-and-drop agenda can redraw at once). The tafels and the
 * acties that carry over have their own prefix files.
 */
import { z } from 'zod';
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
});
export type AgendaProposal = z.infer<typeof AgendaProposal>;

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
} as const;
