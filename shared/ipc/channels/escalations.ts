/**
 * §2.3 escalaties: a case's escalation with its dossier, the whitelisted state machine, the besluit
 * (§3.2: a granted maatwerkbudget is investering; §3.5: the jeugd hoog-weekbedrag approval), and
 * the PRIO inbox. An escalation is addressed by `{ code, index }`: its 0-based position in the
 * case's `escalations` list, as `cases:get` returns it. Writes answer with the whole case (CaseDetail).
 */
import { z } from 'zod';
import { BEGELEIDING_KINDS, CASE_STATUSES, ESCALATION_STATUSES, ESCALATION_TARGETS, URGENCIES } from '../../domain/enums';
import { BesluitSchema, caseCode, cents, DecidedAfwegingSchema, identifier, longText, quantity, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { CaseDetail } from './cases';

const index = z.number().int('Index is een geheel getal.').min(0, 'Index begint bij 0.');

/**
 * The dossier (§2.3): only what the target needs to decide — the question (which doorbraak), what
 * was tried, the blocking rule with the requested deviation and legal basis, the requested
 * maatwerkbudget, urgency, the consent check, who handles it, and (jeugd weekbedrag, §3.5) the
 * arrangement, the begeleiding, the weekbedrag and weeks asked and why the arrangementenmodel does
 * not suffice.
 */
const DOSSIER = {
  urgency: z.enum(URGENCIES),
  question: longText,
  tried: longText,
  blockingRule: longText,
  requestedDeviation: longText,
  legalBasis: longText,
  requestedBudgetCents: cents,
  consentChecked: z.boolean(),
  owner: shortText,
  arrangementId: identifier,
  begeleiding: z.enum(BEGELEIDING_KINDS),
  requestedWeeklyCents: cents,
  requestedWeeks: quantity,
  whyNotArrangementenmodel: longText,
} as const;
type DossierKey = keyof typeof DOSSIER;
export const DOSSIER_FIELDS = Object.keys(DOSSIER) as DossierKey[];

const optionalDossier = Object.fromEntries(DOSSIER_FIELDS.map((k) => [k, DOSSIER[k].optional()])) as {
  [K in DossierKey]: z.ZodOptional<(typeof DOSSIER)[K]>;
};
/** A field left out stays, null clears it. */
const clearableDossier = Object.fromEntries(DOSSIER_FIELDS.map((k) => [k, DOSSIER[k].nullable().optional()])) as {
  [K in DossierKey]: z.ZodOptional<z.ZodNullable<(typeof DOSSIER)[K]>>;
};

const NewEscalation = z.strictObject({ code: caseCode, target: z.enum(ESCALATION_TARGETS), ...optionalDossier });
export const DossierChanges = z.strictObject({ code: caseCode, index, ...clearableDossier });
export type DossierChanges = z.infer<typeof DossierChanges>;

/** One row of the PRIO inbox: the escalation and its full dossier, never the resident's name or alias. */
export const InboxRow = z.object({
  code: z.string(),
  wijk: z.string(),
  /** Position in the case's escalations list (address for the write channels). */
  index: z.number().int(),
  id: z.string().nullable(),
  target: z.enum(ESCALATION_TARGETS),
  status: z.enum(ESCALATION_STATUSES),
  caseStatus: z.enum(CASE_STATUSES),
  urgency: z.enum(URGENCIES).nullable(),
  submittedOn: z.string().nullable(),
  deadlineOn: z.string().nullable(),
  /** Days since submittedOn (null when never submitted). */
  ageDays: z.number().int().nullable(),
  /** deadlineOn < today while the escalation is still open. */
  overdue: z.boolean(),
  owner: z.string().nullable(),
  question: z.string().nullable(),
  tried: z.string().nullable(),
  blockingRule: z.string().nullable(),
  requestedDeviation: z.string().nullable(),
  legalBasis: z.string().nullable(),
  requestedBudgetCents: z.number().int().nullable(),
  consentChecked: z.boolean().nullable(),
  arrangementId: z.string().nullable(),
  /** §3.5 the jeugd hoog-weekbedrag request (null for other targets). */
  begeleiding: z.enum(BEGELEIDING_KINDS).nullable(),
  requestedWeeklyCents: z.number().int().nullable(),
  requestedWeeks: z.number().nullable(),
  whyNotArrangementenmodel: z.string().nullable(),
  /** Issue #14 item 5: the provider of the arrangement a jeugd weekbedrag request is about (null otherwise). */
  provider: z.string().nullable(),
  /**
   * The stored besluit has that provider at the table as the zorgaanbieder (hasProviderConflict):
   * it asked for the money and took part in deciding on it. False without a besluit or a provider.
   */
  providerConflict: z.boolean(),
});
export type InboxRow = z.infer<typeof InboxRow>;

/** The besluit as escalations:decide takes it: the interchange's, with a reason for every answered criterion. */
const DecidedBesluit = BesluitSchema.extend({ afweging: DecidedAfwegingSchema.optional() });

export const escalationsChannels = {
  /** Adds an escalation in status concept with a generated id (esc-<n>). */
  'escalations:create': defineChannel(NewEscalation, CaseDetail),
  /** Changes the dossier while it is with the aanmelder (concept or teruggelegd). */
  'escalations:updateDossier': defineChannel(DossierChanges, CaseDetail),
  /**
   * One step of the §2.3 state machine. Submitting (ingediend) sets submittedOn and the deadline and
   * moves the case to geescaleerd when its status allows. Every step, with `why`, is kept in the
   * escalation's own statusHistory (and in the case's history too when the step moves the case).
   */
  'escalations:transition': defineChannel(
    z.strictObject({ code: caseCode, index, to: z.enum(ESCALATION_STATUSES), why: longText.optional() }),
    CaseDetail,
  ),
  /**
   * The escalation target's part while it handles the escalation (ingediend, in behandeling): who
   * handles it (`owner`) and its working notes. The dossier itself stays the aanmelder's. A field
   * left out stays, null clears it.
   */
  'escalations:handle': defineChannel(
    z.strictObject({ code: caseCode, index, owner: shortText.nullable().optional(), notes: longText.nullable().optional() }),
    CaseDetail,
  ),
  /**
   * Records the besluit of an escalation in behandeling; its status becomes besluit. A criterion of
   * the afwegingskader answered now carries its reason (DecidedAfwegingSchema), and must be one of
   * the active criteria in the store (the handler checks that).
   */
  'escalations:decide': defineChannel(z.strictObject({ code: caseCode, index, besluit: DecidedBesluit }), CaseDetail),
  /** Open, submitted escalations of all cases: urgency (acuut first), then deadline, then case code. */
  'escalations:inbox': defineChannel(
    z.strictObject({ target: z.enum(ESCALATION_TARGETS).optional(), includeClosed: z.boolean().optional() }),
    z.object({ items: z.array(InboxRow) }),
  ),
  /**
   * For every start screen: how many submitted escalations are open, and how many of them are past
   * their deadline. The banner polls it every minute, so it is passive: it never postpones the auto-lock.
   */
  'escalations:overdueCount': defineChannel(
    z.strictObject({}),
    z.object({ overdue: z.number().int().min(0), open: z.number().int().min(0) }),
    { passive: true },
  ),
} as const;
