/**
 * §2.3 the escalation dossier as it travels between two werkbanken (issue #9 item 4): the plaintext
 * inside one encrypted dossier file (electron/core/exchange/dossierFile.ts). Data minimisation is
 * decided HERE, by listing fields, never by copying a case and deleting some: a field added to the
 * case or the escalation later does not travel until it is named below.
 *
 * What travels, and why:
 * - `case`: the code (the only key both sides share; a pseudonym, §5), the wijk (the target works
 *   per wijk and the PRIO store files the case under it; a PRIO store that does not know the wijk
 *   adds it, with the code's prefix as its codevoorvoegsel), the sporen (which domains the question touches), and the
 *   status, registration and reference dates (a case on the target's store must be a valid case, and
 *   a discussed case needs its reference date). Nothing that names or describes the resident: no
 *   alias (the target deals with the professional, not the resident; the code is enough to talk
 *   about the case), no birth year, household, aanleiding, doel, notes, scores, consent details,
 *   cost lines, interventions or meetings.
 * - `arrangement`: only for an escalation about an arrangement (§3.5 hoog weekbedrag jeugd): that
 *   one arrangement (provider, setting, weekbedrag, weeks), because it is what the table decides on.
 * - `escalation`: the §2.3 dossier fields (question, tried, blocking rule, requested deviation with
 *   its legal basis, requested maatwerkbudget, urgency, deadline, consent check, owner), for a
 *   hoog-weekbedrag request also what the jeugd tafel decides on (§3.5: the begeleiding, 1-op-1 or
 *   2-op-1; the weekbedrag and weeks asked; why the arrangementenmodel does not suffice — the
 *   seeds make that the test: "uitgangspunt moet altijd zijn dat het arrangementenmodel voldoet"), its status
 *   and status history (who moved it and why, e.g. what is missing when teruggelegd — the exchange
 *   itself), and, in an answer, the besluit.
 * - `originStore`: the random id of the werkbank the case belongs to, so an answer is merged only
 *   into the store that asked, and a request of another store with the same case code is refused.
 *
 * `kind` is `request` (the case's own store asks) or `answer` (the target's store replies).
 */
import { z } from 'zod';
import { CASE_STATUSES, SPOREN } from '../domain/enums';
import { ArrangementSchema, BesluitSchema, EscalationSchema } from './caseParts';
import { caseCode, identifier, isoDate, isoDateTime, shortText } from './primitives';

export const DOSSIER_FORMAT = 'casuistiek-werkbank/dossier-v1';

const DOSSIER_KINDS = ['request', 'answer'] as const;

const DossierCaseSchema = z.strictObject({
  code: caseCode,
  wijk: shortText,
  sporen: z.array(z.enum(SPOREN)),
  status: z.enum(CASE_STATUSES),
  registeredOn: isoDate,
  referenceDate: isoDate.nullable(),
  isSignaal: z.literal(true).optional(),
});

/** The escalation with an id (the key on both sides) and only the fields listed here. */
const DossierEscalationSchema = EscalationSchema.pick({
  target: true,
  status: true,
  urgency: true,
  submittedOn: true,
  deadlineOn: true,
  arrangementId: true,
  question: true,
  tried: true,
  blockingRule: true,
  requestedDeviation: true,
  legalBasis: true,
  requestedBudgetCents: true,
  consentChecked: true,
  owner: true,
  begeleiding: true,
  requestedWeeklyCents: true,
  requestedWeeks: true,
  whyNotArrangementenmodel: true,
  statusHistory: true,
}).extend({ id: identifier, besluit: BesluitSchema.optional() });

export const DossierSchema = z
  .strictObject({
    format: z.literal(DOSSIER_FORMAT, { error: `format moet '${DOSSIER_FORMAT}' zijn.` }),
    kind: z.enum(DOSSIER_KINDS),
    exportedAt: isoDateTime,
    originStore: identifier,
    case: DossierCaseSchema,
    arrangement: ArrangementSchema.optional(),
    escalation: DossierEscalationSchema,
  })
  .superRefine((d, ctx) => {
    const wanted = d.escalation.arrangementId;
    if ((wanted === undefined) !== (d.arrangement === undefined) || (d.arrangement !== undefined && d.arrangement.id !== wanted)) {
      ctx.addIssue({ code: 'custom', path: ['arrangement'], message: 'Het arrangement hoort bij de escalatie (arrangementId) en reist alleen met haar mee.' });
    }
  });

export type DossierFile = z.infer<typeof DossierSchema>;
export type DossierEscalationFile = z.infer<typeof DossierEscalationSchema>;
