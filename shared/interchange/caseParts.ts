/** The parts of a case in an interchange file: cost lines, interventions, arrangements, escalations. */
import { z } from 'zod';
import {
  ARRANGEMENT_DOMAINS,
  ARRANGEMENT_SETTINGS,
  BEGELEIDING_KINDS,
  BESLUIT_OUTCOMES,
  CLIENTGROEPEN,
  ESCALATION_INSTRUMENTS,
  ESCALATION_STATUSES,
  ESCALATION_TARGETS,
  EVIDENCE_GRADES,
  INTERVENTION_STATUSES,
  PAYERS,
  REFERRAL_ARRIVALS,
  RESULTAATGEBIEDEN,
  SPOREN,
  TAFEL_PARTIES,
  UNITS,
  URGENCIES,
} from '../domain/enums';
import { cents, identifier, isoDate, isoDateTime, longText, percentage, quantity, shortText } from './primitives';

/**
 * §3.1 a cost line: either a price-list `item` (unit, cost, payer and evidence then come from the
 * case's price-list version) or a free line with `label` and all four values written out.
 */
export const CostLineSchema = z
  .strictObject({
    item: identifier.optional(),
    label: shortText.optional(),
    payer: z.enum(PAYERS).optional(),
    unit: z.enum(UNITS).optional(),
    unitCostCents: cents.optional(),
    quantity,
    /** Default 100: the cost is certain to occur without the approach. */
    probabilityPct: percentage.optional(),
    evidence: z.enum(EVIDENCE_GRADES).optional(),
    /**
     * Issue #14 item 4: for care, the setting of the provision (a Wmo extramural line above the cap
     * is already capped by policy). Optional, for item and label lines alike.
     */
    setting: z.enum(ARRANGEMENT_SETTINGS).optional(),
  })
  .superRefine((line, ctx) => {
    if (line.item !== undefined) return;
    if (line.label === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['item'],
        message: 'Kostenregel heeft een kengetal (item) nodig, of een omschrijving (label) met financier, eenheid, bedrag en bewijsgraad.',
      });
      return;
    }
    for (const field of ['payer', 'unit', 'unitCostCents', 'evidence'] as const) {
      if (line[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `Een kostenregel zonder kengetal moet '${field}' zelf vermelden.`,
        });
      }
    }
  });

export const InterventionSchema = z.strictObject({
  id: identifier.optional(),
  spoor: z.enum(SPOREN),
  /** An intervention type id from the catalogue (free for data from other sources). */
  type: identifier,
  status: z.enum(INTERVENTION_STATUSES),
  oneOffCents: cents,
  rateCents: cents,
  unit: z.enum(UNITS),
  quantity,
  payer: z.enum(PAYERS),
  /** Referred to the voorliggend veld (a monitoring indicator, §3.6). */
  voorliggendVeld: z.boolean(),
  /** Needed a rule deviation; which rule, on what legal basis, allowed by whom. */
  doorbraak: z.boolean(),
  partner: shortText.optional(),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  doorbraakRule: longText.optional(),
  doorbraakLegalBasis: longText.optional(),
  doorbraakAllowedBy: shortText.optional(),
  socialeKaartId: identifier.optional(),
  note: longText.optional(),
  /**
   * Issue #14 item 8, a referral (voorliggendVeld) only: did it land, and the day that was
   * established. Checked in CaseSchema (a non-referral has neither).
   */
  referralArrived: z.enum(REFERRAL_ARRIVALS).optional(),
  referralCheckedOn: isoDate.optional(),
});

export const ArrangementSchema = z.strictObject({
  id: identifier,
  domain: z.enum(ARRANGEMENT_DOMAINS),
  setting: z.enum(ARRANGEMENT_SETTINGS),
  provider: shortText,
  weeklyCents: cents,
  from: isoDate,
  /** May be fractional (a period of 2.5 weeks). */
  weeks: quantity,
  /** Any surcharge by a subcontractor is flagged as not allowed (§3.5). */
  subcontractorSurchargePct: percentage.optional(),
  /** Issue #14 item 9: the arrangement as the Wmo-kader names it (seed [004]); all optional. */
  resultaatgebied: z.enum(RESULTAATGEBIEDEN).optional(),
  /** 1 = the lightest; at most the resultaatgebied's number of treden (checked in CaseSchema). */
  trede: z.number().int('Trede is een geheel getal.').min(1, 'Trede is minimaal 1.').max(7, 'Trede is maximaal 7.').optional(),
  clientgroep: z.enum(CLIENTGROEPEN).optional(),
  /**
   * The budget as the provider gets it, per four weeks (seed [004] "per vier weken"). When given,
   * weeklyCents must be its weekbedrag: a quarter, rounded half away from zero to whole cents
   * (shared/calc/fourWeekly.ts); the §3.5 caps compare the four-weekly amount itself, exactly.
   */
  fourWeeklyCents: cents.optional(),
});

/** The walk through the afwegingskader: per criterion one ja/nee (true/false) and its reason. */
function afwegingList() {
  return z.array(z.strictObject({ criterionId: identifier, answer: z.boolean(), reason: longText.optional() })).superRefine((items, ctx) => {
    items.forEach((item, i) => {
      if (items.findIndex((x) => x.criterionId === item.criterionId) !== i) {
        ctx.addIssue({ code: 'custom', path: [i, 'criterionId'], message: `Criterium '${item.criterionId}' staat twee keer in de afweging; geef elk criterium één antwoord.` });
      }
    });
  });
}

export const BesluitSchema = z.strictObject({
  outcome: z.enum(BESLUIT_OUTCOMES),
  instruments: z.array(z.enum(ESCALATION_INSTRUMENTS)).optional(),
  /** Granted maatwerkbudget; counts as investering when the outcome grants (§3.2). */
  maatwerkbudgetCents: cents.optional(),
  /** Who pays the maatwerkbudget; gemeente_overig when absent. */
  payer: z.enum(PAYERS).optional(),
  decidedOn: isoDate,
  /** jeugd_weekbedrag: the allowed weekly maximum (§3.5). */
  approvedWeeklyCents: cents.optional(),
  reviewOn: isoDate.optional(),
  motivation: longText.optional(),
  decidedBy: shortText.optional(),
  validUntil: isoDate.optional(),
  /**
   * Issue #14 item 5 (jeugd hoog-weekbedragtafel): which of the three parties took part, each with
   * its organisation (optional free text, so a pseudonymised export drops it), and the walk through
   * the afwegingskader: per criterion (shared/domain/afwegingskader.ts) a ja/nee and a reason.
   */
  parties: z.array(z.strictObject({ party: z.enum(TAFEL_PARTIES), organisation: shortText.optional() })).optional(),
  afweging: afwegingList().optional(),
});

/**
 * Issue #14 item 5: a besluit recorded now (escalations:decide) gives the reason of every criterion
 * it answers — a bare ja/nee says nothing to whoever reviews the weekbedrag later. The interchange
 * (BesluitSchema) still reads a walk without reasons, so files and dossiers made before stay valid.
 */
export const DecidedAfwegingSchema = afwegingList().superRefine((items, ctx) => {
  items.forEach((item, i) => {
    if ((item.reason ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', path: [i, 'reason'], message: `Criterium '${item.criterionId}' is met ja of nee beantwoord zonder reden. Schrijf op waarom.` });
    }
  });
});

/**
 * §2.3 one step of an escalation (like a case's StatusChange): from null when it was created.
 * `why` matters most for teruggelegd (what is missing). Who and why are dropped in a pseudonymised export.
 */
const EscalationStatusChangeSchema = z.strictObject({
  from: z.enum(ESCALATION_STATUSES).nullable(),
  to: z.enum(ESCALATION_STATUSES),
  at: isoDateTime,
  by: shortText.optional(),
  why: longText.optional(),
});

export const EscalationSchema = z.strictObject({
  id: identifier.optional(),
  target: z.enum(ESCALATION_TARGETS),
  status: z.enum(ESCALATION_STATUSES),
  urgency: z.enum(URGENCIES).optional(),
  submittedOn: isoDate.optional(),
  deadlineOn: isoDate.optional(),
  /** For jeugd_weekbedrag: the arrangement of the same case this request is about. */
  arrangementId: identifier.optional(),
  question: longText.optional(),
  tried: longText.optional(),
  blockingRule: longText.optional(),
  requestedDeviation: longText.optional(),
  legalBasis: longText.optional(),
  requestedBudgetCents: cents.optional(),
  /**
   * §3.5 the jeugd hoog-weekbedrag request (target jeugd_weekbedrag only): the begeleiding it is
   * for, the weekbedrag and number of weeks asked, and why the arrangementenmodel does not suffice.
   */
  begeleiding: z.enum(BEGELEIDING_KINDS).optional(),
  requestedWeeklyCents: cents.optional(),
  /** May be fractional, like an arrangement's weeks. */
  requestedWeeks: quantity.optional(),
  whyNotArrangementenmodel: longText.optional(),
  consentChecked: z.boolean().optional(),
  owner: shortText.optional(),
  /**
   * The escalation target's working notes (PRIO keeps them while it handles the escalation); not
   * part of the dossier the aanmelder sends, and left out of a pseudonymised export (free text).
   */
  notes: longText.optional(),
  besluit: BesluitSchema.optional(),
  /** Every status change, oldest first (absent in data from before it was kept). */
  statusHistory: z.array(EscalationStatusChangeSchema).optional(),
});

export type CostLineFile = z.infer<typeof CostLineSchema>;
export type InterventionFile = z.infer<typeof InterventionSchema>;
export type BesluitFile = z.infer<typeof BesluitSchema>;
export type EscalationStatusChangeFile = z.infer<typeof EscalationStatusChangeSchema>;
export type EscalationFile = z.infer<typeof EscalationSchema>;
