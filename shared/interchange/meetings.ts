/** §2.2 casuïstiektafels and their bijeenkomsten, and §2.1 knelpunten, as they travel in a file. */
import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/enums';
import { caseCode, identifier, isoDate, longText, shortText } from './primitives';
import { KNELPUNT_STATUSES } from './vocabulary';

export const TafelSchema = z.strictObject({
  id: identifier,
  /** A tafel type slug (wijktafel, jeugd_weekbedrag, or a configured one). */
  type: identifier,
  name: shortText,
  /** null for a city-wide tafel such as the jeugd hoog-weekbedragtafel. */
  wijk: shortText.nullable(),
  members: z.array(z.strictObject({ name: shortText, organisation: shortText, role: shortText.optional() })),
  cadence: shortText.optional(),
});

const ActionSchema = z.strictObject({
  /** Unique in the whole file: open actions carry over to the next meeting by id. */
  id: identifier,
  text: longText,
  owner: shortText,
  due: isoDate,
  status: z.enum(ACTION_STATUSES),
});

export const AgendaItemSchema = z.strictObject({
  caseCode,
  order: z.number().int('Volgorde is een geheel getal.').min(1, 'Volgorde begint bij 1.'),
  /** Time-box in minutes. */
  minutes: z.number().int('Minuten is een geheel getal.').min(0, 'Minuten mag niet negatief zijn.').max(480, 'Maximaal 480 minuten.'),
  notes: longText.optional(),
  decisions: z.array(z.strictObject({ text: longText })),
  actions: z.array(ActionSchema),
});

export const MeetingSchema = z.strictObject({
  id: identifier,
  tafel: identifier,
  date: isoDate,
  place: shortText.optional(),
  chair: shortText.optional(),
  attendance: z.array(z.strictObject({ name: shortText, organisation: shortText, present: z.boolean() })),
  agenda: z.array(AgendaItemSchema),
});

export const KnelpuntSchema = z.strictObject({
  id: identifier,
  /** The case that ran into it; null for a signal raised without one (or after erasure). */
  caseCode: caseCode.nullable(),
  wijk: shortText,
  /** The rule or gap in the offer that blocked (free text, aggregated per rule). */
  rule: shortText,
  description: longText,
  raisedOn: isoDate,
  status: z.enum(KNELPUNT_STATUSES),
});

export type TafelFile = z.infer<typeof TafelSchema>;
export type MeetingFile = z.infer<typeof MeetingSchema>;
export type AgendaItemFile = z.infer<typeof AgendaItemSchema>;
export type ActionFile = z.infer<typeof ActionSchema>;
export type KnelpuntFile = z.infer<typeof KnelpuntSchema>;
