/**
 * Reading and writing one case (§2.1, §3.2): the aanmelding, status transitions, cost lines,
 * interventions, arrangements and the calculation's fix/recalculate acts. Every write answers with
 * the whole case as stored, so a screen shows exactly what the werkbank now holds.
 */
import { z } from 'zod';
import { CASE_STATUSES, SPOREN } from '../../domain/enums';
import {
  ArrangementSchema,
  CaseSchema,
  caseCode,
  CostLineSchema,
  identifier,
  InterventionSchema,
  isoDate,
  longText,
  SCENARIOS,
  shortText,
} from '../../interchange';
import { defineChannel } from '../defineChannel';

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
});
export type CaseDetail = z.infer<typeof CaseDetail>;

const CaseRef = z.strictObject({ code: caseCode });

/** §2.1 a 3-minute aanmelding: minimal identifying data; everything but the wijk may follow later. */
export const NewCase = z.strictObject({
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
  retentionUntil: isoDate.nullable().optional(),
  referenceDate: isoDate.nullable().optional(),
  horizonWeeks: f.horizonWeeks.optional(),
  attributionPct: f.attributionPct.optional(),
});
export type CaseChanges = z.infer<typeof CaseChanges>;

const index = z.number().int('Index is een geheel getal.').min(0, 'Index begint bij 0.');

export const caseEditChannels = {
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
  'interventions:add': defineChannel(z.strictObject({ code: caseCode, intervention: InterventionSchema }), CaseDetail),
  'interventions:update': defineChannel(z.strictObject({ code: caseCode, index, intervention: InterventionSchema }), CaseDetail),
  'interventions:remove': defineChannel(z.strictObject({ code: caseCode, index }), CaseDetail),
  /** Adds the arrangement, or replaces the one with the same id. */
  'arrangements:save': defineChannel(z.strictObject({ code: caseCode, arrangement: ArrangementSchema }), CaseDetail),
  'arrangements:remove': defineChannel(z.strictObject({ code: caseCode, id: identifier }), CaseDetail),
  /** The tafel fixes the calculation (§3.2): it becomes vastgesteld and freezes its price-list version. */
  'calculation:fix': defineChannel(CaseRef, CaseDetail),
  /**
   * The explicit, audited recalculation (§3.2): the case's price-list items are resolved against
   * another version (default: the current one) and the calculation returns to concept, to be fixed again.
   */
  'calculation:recalculate': defineChannel(
    z.strictObject({ code: caseCode, priceListVersion: identifier.optional(), why: longText.min(1, 'Geef een reden voor de herberekening.') }),
    CaseDetail,
  ),
} as const;
