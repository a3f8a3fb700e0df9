/**
 * §2.1, §3.2 the cases: the list, one case as stored (with what may happen next and every stored
 * amount), the aanmelding, changes, status transitions, the cost lines per scenario and the case's
 * rendement. Every write answers with the whole case as stored (CaseDetail), so a screen shows
 * exactly what the werkbank now holds; interventions, arrangements, the calculation and the
 * escalations have their own prefix files and answer with the same CaseDetail.
 */
import { z } from 'zod';
import { CALCULATION_STATUSES, CASE_STATUSES, SPOREN } from '../../domain/enums';
import { CaseSchema, caseCode, CostLineSchema, isoDate, longText, SCENARIOS, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { ArrangementFlagsOut, CaseRendementOut } from '../figures';

/** One row of the case list: only what a chair needs to pick a case, nothing more (data minimisation). */
export const CaseSummary = z.object({
  code: z.string(),
  wijk: z.string(),
  alias: z.string().nullable(),
  isSignaal: z.boolean(),
  status: z.enum(CASE_STATUSES),
  registeredOn: z.string(),
  sporen: z.array(z.enum(SPOREN)),
  casusregisseur: z.string().nullable(),
  followUpOn: z.string().nullable(),
  /** Received through a dossier from another werkbank (a copy: it counts in that store's figures, not here). */
  received: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseListQuery = z
  .object({
    wijk: z.string().max(100).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    search: z.string().max(100).optional(),
    spoor: z.enum(SPOREN).optional(),
    /** The casusregisseur's name, exactly as recorded. */
    casusregisseur: z.string().max(200).optional(),
    /** Only cases whose follow-up date (§2.1) is today or past; closed and withdrawn cases left out. */
    followUpDue: z.literal(true).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

const f = CaseSchema.shape;
const Person = z.strictObject({ name: shortText.optional(), organisation: shortText.optional() });

/** The case as stored, with what may happen next. */
export const CaseDetail = z.object({
  case: CaseSchema,
  allowedTransitions: z.array(z.enum(CASE_STATUSES)),
  /** A vastgesteld calculation: cost lines and calculation parameters are locked until recalculated. */
  calculationLocked: z.boolean(),
  /**
   * The stored amount of every cost line (same order as case.reference / case.actual) and the
   * cost of every intervention (same order as case.interventions), in cents, rounded once by the
   * server (§3.1, §3.2): screens show these and never recompute money.
   */
  amounts: z.object({ reference: z.array(z.number().int()), actual: z.array(z.number().int()), interventions: z.array(z.number().int()) }),
  /** Received through a dossier from another werkbank: a copy of that store's case, left out of this store's figures. */
  received: z.boolean(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** Addresses one case. */
export const CaseRef = z.strictObject({ code: caseCode });

/** §2.1 a 3-minute aanmelding: minimal identifying data; everything but the wijk may follow later. */
const NewCase = z.strictObject({
  /** The wijk's name as in the catalogue (Bloemhof); its code prefix makes the case code. */
  wijk: shortText,
  isSignaal: z.boolean().optional(),
  alias: f.alias,
  birthYear: f.birthYear,
  ageBand: f.ageBand,
  /** Default today. */
  registeredOn: isoDate.optional(),
  sporen: z.array(z.enum(SPOREN)),
  aanmelder: Person.optional(),
  casusregisseur: Person.optional(),
  aanleiding: longText.optional(),
  doel: longText.optional(),
  household: f.household,
  householdSize: f.householdSize,
  consent: f.consent,
  notes: longText.optional(),
  /** Issue #14 item 7: the expected care costs per year, asked at the aanmelding. */
  careCostBand: f.careCostBand,
});

/** Changes to the aanmelding and the calculation parameters: a field left out stays, null clears it. */
export const CaseChanges = z.strictObject({
  alias: shortText.nullable().optional(),
  birthYear: f.birthYear.unwrap().nullable().optional(),
  ageBand: f.ageBand.unwrap().nullable().optional(),
  isSignaal: z.boolean().optional(),
  sporen: z.array(z.enum(SPOREN)).optional(),
  aanmelder: Person.nullable().optional(),
  casusregisseur: Person.nullable().optional(),
  aanleiding: longText.nullable().optional(),
  doel: longText.nullable().optional(),
  household: f.household.unwrap().nullable().optional(),
  householdSize: f.householdSize.unwrap().nullable().optional(),
  consent: f.consent.unwrap().nullable().optional(),
  scores: f.scores.unwrap().optional(),
  notes: longText.nullable().optional(),
  followUpOn: isoDate.nullable().optional(),
  referenceDate: isoDate.nullable().optional(),
  horizonWeeks: f.horizonWeeks.optional(),
  attributionPct: f.attributionPct.optional(),
  /** Issue #14 item 7. */
  careCostBand: f.careCostBand.unwrap().nullable().optional(),
  /** Issue #14 item 7: the sporen ticked "overwogen"; [] clears them all. */
  sporenConsidered: f.sporenConsidered.unwrap().optional(),
});
export type CaseChanges = z.infer<typeof CaseChanges>;

/** A 0-based position in one of the case's lists (interventions, escalations), as cases:get returns them. */
export const listIndex = z.number().int('Index is een geheel getal.').min(0, 'Index begint bij 0.');

const CaseRendementReport = CaseRendementOut.extend({
  code: z.string(),
  wijk: z.string(),
  calculationStatus: z.enum(CALCULATION_STATUSES),
  /** One entry per arrangement of the case, flags empty when it is in order (judged today). */
  arrangementFlags: z.array(ArrangementFlagsOut),
});
type CaseRendementReport = z.infer<typeof CaseRendementReport>;

export const casesChannels = {
  'cases:list': defineChannel(CaseListQuery, z.object({ items: z.array(CaseSummary) })),
  'cases:get': defineChannel(CaseRef, CaseDetail),
  'cases:create': defineChannel(NewCase, CaseDetail),
  'cases:update': defineChannel(z.strictObject({ code: caseCode, changes: CaseChanges }), CaseDetail),
  /** Every transition is recorded with who, when and why (§2.1). */
  'cases:transition': defineChannel(
    z.strictObject({
      code: caseCode,
      to: z.enum(CASE_STATUSES),
      why: longText.optional(),
      /** The first tafel discussion; default today when the case gets its first one now. */
      referenceDate: isoDate.optional(),
    }),
    CaseDetail,
  ),
  'cases:setCostLines': defineChannel(
    z.strictObject({ code: caseCode, scenario: z.enum(SCENARIOS), lines: z.array(CostLineSchema).max(500, 'Maximaal 500 kostenregels.') }),
    CaseDetail,
  ),
  /** §3.2 the figures of one case, as the businesscase computes them. */
  'cases:rendement': defineChannel(CaseRef, CaseRendementReport),
} as const;
