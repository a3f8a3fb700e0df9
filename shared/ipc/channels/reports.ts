/**
 * The read-only figures screens (§3.2–§3.7): the businesscase with the maatschappelijk rendement
 * next to it (never added to it), the monitoring indicators, the weekbedrag register and one case's
 * rendement. Every output is what the calc engine returns, checked here field by field, so a
 * screen shows exactly the figures the CLI export writes. Amounts are integer cents and may be
 * negative (a case can cost more than it saves); `rendementPerEuro` has 2 decimals or is null.
 */
import { z } from 'zod';
import type {
  ApprovalStatus,
  ArrangementFlags,
  Businesscase,
  CaseRendement,
  Indicators,
  MaatschappelijkRendement,
  WeekbedragFlag,
  WeekbedragRegister,
} from '../../calc';
import {
  ARRANGEMENT_DOMAINS,
  ARRANGEMENT_SETTINGS,
  BESLUIT_OUTCOMES,
  CALCULATION_STATUSES,
  ESCALATION_TARGETS,
  LEEFGEBIEDEN,
  PAYERS,
  SPOREN,
} from '../../domain/enums';
import { caseCode, identifier, isoDate, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';

// ---------------------------------------------------------------- inputs

const year = z
  .number({ message: 'Jaar moet een geheel getal zijn, bijvoorbeeld 2024.' })
  .int('Jaar moet een geheel getal zijn, bijvoorbeeld 2024.')
  .min(2000, 'Jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2024.')
  .max(2100, 'Jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2024.');

/** §3.3 the period is a calendar year; wijk, spoor and tafel narrow it (see electron/core/reports/businesscase.ts). */
export const BusinesscaseQuery = z.strictObject({
  year,
  /** The wijk's name as in the catalogue (Bloemhof). */
  wijk: shortText.optional(),
  /** Cases working on this spoor: the spoor is among the case's sporen or one of its interventions is in it. */
  spoor: z.enum(SPOREN).optional(),
  /** Cases discussed at this tafel (its id) at any time. */
  tafel: identifier.optional(),
  /** Only cases whose calculation is vastgesteld (the engine also gives these figures under `vastgesteld`). */
  onlyVastgesteld: z.boolean().optional(),
});
export type BusinesscaseQuery = z.infer<typeof BusinesscaseQuery>;

export const IndicatorsQuery = z.strictObject({ year, wijk: shortText.optional() });

export const RegisterQuery = z.strictObject({
  /** Only arrangements that start in this year (each arrangement's meerkosten then count in one year only). */
  year: year.optional(),
  /** Only this wijk's cases, as `werkbank export --what register --wijk`. */
  wijk: shortText.optional(),
  /** The day the review window (4 weeks) and the surcharge ban are judged on; default today. */
  asOf: isoDate.optional(),
});

// ---------------------------------------------------------------- outputs

const signedCents = z.number().int();
const count = z.number().int().min(0);
const perEuro = z.number().nullable();
const median = z.number().nullable();

const PayerFiguresOut = z.object({ vermedenKosten: signedCents, investering: signedCents });
const perPayer = z.record(z.enum(PAYERS), PayerFiguresOut);
const perSpoor = z.record(z.enum(SPOREN), signedCents);
const byTarget = z.record(z.enum(ESCALATION_TARGETS), count);
const byOutcome = z.record(z.enum([...BESLUIT_OUTCOMES, 'open']), count);

const RendementTotalsOut = z.object({
  referenceCents: signedCents,
  actualCents: signedCents,
  vermedenKosten: signedCents,
  vermedenGecorrigeerd: signedCents,
  vermedenZeker: signedCents,
  investering: signedCents,
  nettoRendement: signedCents,
  rendementPerEuro: perEuro,
});

/** §3.2 the figures of one case. */
export const CaseRendementOut = RendementTotalsOut.extend({ perPayer, perSpoor, nietToegerekend: signedCents });

const FigureSetOut = RendementTotalsOut.extend({
  gemeente: PayerFiguresOut,
  totaal: PayerFiguresOut,
  perPayer,
  perSpoor,
  nietToegerekend: signedCents,
  perWijk: z.record(z.string(), RendementTotalsOut),
  counts: z.object({
    cases: count,
    signalen: count,
    interventions: count,
    doorbraken: count,
    voorliggendVeld: count,
    escalationsByTarget: byTarget,
    escalationsByOutcome: byOutcome,
    medianDaysToPlan: median,
  }),
});

export const BusinesscaseCaseRowOut = CaseRendementOut.extend({
  code: z.string(),
  wijk: z.string(),
  calculationStatus: z.enum(CALCULATION_STATUSES),
});

/** The engine's §3.3 object (computeBusinesscase). */
export const BusinesscaseOut = FigureSetOut.extend({
  year: z.number().int(),
  vastgesteld: FigureSetOut,
  bookedEffect: signedCents.nullable(),
  cases: z.array(BusinesscaseCaseRowOut),
});

/** §3.7 indicative, per intervention type with a published multiplier; never part of the savings. */
export const MaatschappelijkOut = z.object({
  rows: z.array(
    z.object({
      typeId: z.string(),
      name: z.string(),
      spoor: z.enum(SPOREN),
      costCents: signedCents,
      multiplier: z.number(),
      indicativeReturnCents: signedCents,
      source: z.string().nullable(),
    }),
  ),
  totalIndicativeReturnCents: signedCents,
});

export const BusinesscaseReport = BusinesscaseOut.extend({
  /** The filters as applied (null = not filtered). */
  filters: z.object({
    year: z.number().int(),
    wijk: z.string().nullable(),
    spoor: z.enum(SPOREN).nullable(),
    tafel: z.string().nullable(),
    onlyVastgesteld: z.boolean(),
  }),
  /** Over the same selected cases as the figures above, and reported apart from them (§3.7). */
  maatschappelijk: MaatschappelijkOut,
});
export type BusinesscaseReport = z.infer<typeof BusinesscaseReport>;

const WijkIndicatorsOut = z.object({
  aanmeldingen: count,
  signalen: count,
  casesDiscussed: count,
  interventionsPerSpoor: z.record(z.enum(SPOREN), count),
  doorbraken: count,
  voorliggendVeld: count,
  escalations: z.object({ byTarget, byOutcome, overdue: count }),
  medianDaysToPlan: median,
  medianDaysToBesluit: median,
  scoreChange: z.record(z.enum(LEEFGEBIEDEN), z.object({ averageChange: z.number().nullable(), n: count })),
  knelpuntenPerRule: z.record(z.string(), count),
});

/** The engine's §3.6 object (computeIndicators). */
export const IndicatorsOut = z.object({
  from: z.string(),
  to: z.string(),
  perWijk: z.record(z.string(), WijkIndicatorsOut),
  totaal: WijkIndicatorsOut,
});

export const WEEKBEDRAG_FLAGS = [
  'jeugd_boven_plafond_zonder_besluit',
  'boven_goedgekeurd_maximum',
  'wmo_extramuraal_boven_plafond',
  'onderaannemer_opslag',
] as const satisfies readonly WeekbedragFlag[];
export const APPROVAL_STATUSES = [
  'toegekend',
  'deels_toegekend',
  'afgewezen',
  'aangevraagd',
  'geen_aanvraag',
] as const satisfies readonly ApprovalStatus[];
const flags = z.array(z.enum(WEEKBEDRAG_FLAGS));

/** checkArrangements' answer for one arrangement. */
const ArrangementFlagsOut = z.object({ caseCode: z.string(), arrangementId: z.string(), flags });

/** The engine's §3.5 register (buildRegister). */
const WeekbedragRegisterOut = z.object({
  rows: z.array(
    z.object({
      caseCode: z.string(),
      arrangementId: z.string(),
      provider: z.string(),
      from: z.string(),
      weeks: z.number(),
      weeklyCents: signedCents,
      capCents: signedCents,
      approvalStatus: z.enum(APPROVAL_STATUSES),
      approvedWeeklyCents: signedCents.nullable(),
      meerkostenBovenPlafond: signedCents,
      reviewOn: z.string().nullable(),
      reviewDueSoon: z.boolean(),
      flags,
    }),
  ),
  totalMeerkostenBovenPlafond: signedCents,
  wmoExtramuraalBovenPlafond: z.array(
    z.object({ caseCode: z.string(), arrangementId: z.string(), provider: z.string(), weeklyCents: signedCents, capCents: signedCents }),
  ),
});

export const RegisterReport = WeekbedragRegisterOut.extend({
  asOf: z.string(),
  year: z.number().int().nullable(),
  wijk: z.string().nullable(),
  /**
   * Every arrangement checkArrangements flags (any domain), with what the flag is about: this is
   * where a subcontractor surcharge shows, also on arrangements the register rows leave out.
   */
  flagged: z.array(
    ArrangementFlagsOut.extend({
      domain: z.enum(ARRANGEMENT_DOMAINS),
      setting: z.enum(ARRANGEMENT_SETTINGS),
      provider: z.string(),
      weeklyCents: signedCents,
      subcontractorSurchargePct: z.number().nullable(),
    }),
  ),
});
export type RegisterReport = z.infer<typeof RegisterReport>;

export const CaseRendementReport = CaseRendementOut.extend({
  code: z.string(),
  wijk: z.string(),
  calculationStatus: z.enum(CALCULATION_STATUSES),
  /** One entry per arrangement of the case, flags empty when it is in order (judged today). */
  arrangementFlags: z.array(ArrangementFlagsOut),
});
export type CaseRendementReport = z.infer<typeof CaseRendementReport>;

// The schemas above must describe the engine's types exactly, both ways, so no figure is dropped
// on the way to a screen and no engine change goes unnoticed. A mismatch fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact = <_T extends true>() => undefined;
exact<Same<z.infer<typeof BusinesscaseOut>, Businesscase>>();
exact<Same<z.infer<typeof CaseRendementOut>, CaseRendement>>();
exact<Same<z.infer<typeof MaatschappelijkOut>, MaatschappelijkRendement>>();
exact<Same<z.infer<typeof IndicatorsOut>, Indicators>>();
exact<Same<z.infer<typeof WeekbedragRegisterOut>, WeekbedragRegister>>();
exact<Same<z.infer<typeof ArrangementFlagsOut>, ArrangementFlags>>();

export const reportChannels = {
  'businesscase:get': defineChannel(BusinesscaseQuery, BusinesscaseReport),
  'indicators:get': defineChannel(IndicatorsQuery, IndicatorsOut),
  'register:get': defineChannel(RegisterQuery, RegisterReport),
  'cases:rendement': defineChannel(z.strictObject({ code: caseCode }), CaseRendementReport),
} as const;
