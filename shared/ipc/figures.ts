/**
 * The calc engine's figures as zod schemas (§3.2–§3.7), shared by the read-only report channels
 * (businesscase, indicators, register, cases:rendement). Each schema is checked against the
 * engine's own type below, so no figure is dropped on the way to a screen and no engine change
 * goes unnoticed. Amounts are integer cents and may be negative (a case can cost more than it
 * saves); `rendementPerEuro` has 2 decimals or is null.
 */
import { z } from 'zod';
import type {
  ApprovalHistoryEntry,
  ApprovalStatus,
  ArrangementFlags,
  Businesscase,
  CaseRendement,
  Indicators,
  Kalenderjaar,
  MaatschappelijkRendement,
  Measure19Comparison,
  WeekbedragFlag,
  WeekbedragRegister,
} from '../calc';
import {
  BESLUIT_OUTCOMES,
  CALCULATION_STATUSES,
  ESCALATION_STATUSES,
  ESCALATION_TARGETS,
  LEEFGEBIEDEN,
  PAYERS,
  SPOREN,
} from '../domain/enums';
import { parsePeriod, PERIOD_KINDS, type Period } from '../calc/period';

/** A report's calendar year. */
export const reportYear = z
  .number({ message: 'Jaar moet een geheel getal zijn, bijvoorbeeld 2024.' })
  .int('Jaar moet een geheel getal zijn, bijvoorbeeld 2024.')
  .min(2000, 'Jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2024.')
  .max(2100, 'Jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2024.');

/**
 * §3.3 a report's period in its text form (2025, 2025-T2, 2025-Q3, 2025-01-01..2025-06-30), read
 * into a Period; a text parsePeriod cannot read gets its Dutch message.
 */
export const reportPeriod = z.string({ message: 'Periode is een tekst, bijvoorbeeld 2025, 2025-T2, 2025-Q3 of 2025-01-01..2025-06-30.' }).transform((text, ctx): Period => {
  const parsed = parsePeriod(text);
  if (parsed.ok) return parsed.period;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

export const signedCents = z.number().int();
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
  begrensdDoorBeleid: signedCents,
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

const BusinesscaseCaseRowOut = CaseRendementOut.extend({
  code: z.string(),
  wijk: z.string(),
  calculationStatus: z.enum(CALCULATION_STATUSES),
});

/** §3.3 a report's period as the engine applied it (both ends inclusive, with its Dutch label). */
const PeriodOut = z.object({ kind: z.enum(PERIOD_KINDS), from: z.string(), to: z.string(), label: z.string() });

/** The engine's §3.3 object (computeBusinesscase). */
export const BusinesscaseOut = FigureSetOut.extend({
  year: z.number().int(),
  period: PeriodOut,
  vastgesteld: FigureSetOut,
  bookedEffect: signedCents.nullable(),
  cases: z.array(BusinesscaseCaseRowOut),
});

/** §3.8 spreads or books these §3.2 totals; it has no scenarios per period and no "begrensd" of its own. */
const KalenderjaarTotalsOut = RendementTotalsOut.pick({
  vermedenKosten: true,
  vermedenGecorrigeerd: true,
  vermedenZeker: true,
  investering: true,
  nettoRendement: true,
  rendementPerEuro: true,
});

/** The engine's §3.8 object (computeKalenderjaar). */
export const KalenderjaarOut = KalenderjaarTotalsOut.extend({
  from: z.string(),
  to: z.string(),
  perPayer,
  gemeente: PayerFiguresOut,
  totaal: PayerFiguresOut,
  perWijk: z.record(z.string(), KalenderjaarTotalsOut),
  cases: z.array(
    KalenderjaarTotalsOut.extend({
      code: z.string(),
      wijk: z.string(),
      calculationStatus: z.enum(CALCULATION_STATUSES),
      horizonFrom: z.string(),
      horizonTo: z.string(),
      daysInPeriod: count,
      horizonDays: count,
      perPayer,
    }),
  ),
});

const GemeenteFigureOut = PayerFiguresOut.extend({ netto: signedCents });

/** The engine's §3.8 comparison with measure 19 (compareWithMeasure19). */
export const Measure19Out = z.object({
  year: z.number().int(),
  bookedEffect: signedCents,
  kalenderjaar: GemeenteFigureOut,
  cohort: GemeenteFigureOut,
  difference: signedCents,
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

const WijkIndicatorsOut = z.object({
  aanmeldingen: count,
  signalen: count,
  casesDiscussed: count,
  interventionsPerSpoor: z.record(z.enum(SPOREN), count),
  doorbraken: count,
  voorliggendVeld: count,
  voorliggendVeldArrived: count,
  multiSpoor: count,
  doorbraakZonderPrio: count,
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

const WEEKBEDRAG_FLAGS = [
  'jeugd_boven_plafond_zonder_besluit',
  'boven_goedgekeurd_maximum',
  'wmo_extramuraal_boven_plafond',
  'onderaannemer_opslag',
] as const satisfies readonly WeekbedragFlag[];
const APPROVAL_STATUSES = [
  'toegekend',
  'deels_toegekend',
  'afgewezen',
  'aangevraagd',
  'geen_aanvraag',
] as const satisfies readonly ApprovalStatus[];
const flags = z.array(z.enum(WEEKBEDRAG_FLAGS));

/** checkArrangements' answer for one arrangement. */
export const ArrangementFlagsOut = z.object({ caseCode: z.string(), arrangementId: z.string(), flags });

/** The engine's §3.5 register (buildRegister). */
export const WeekbedragRegisterOut = z.object({
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
      surchargeCents: signedCents,
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

/** §3.5 one step of an arrangement's approval history (approvalHistory): a request or a besluit. */
export const ApprovalHistoryEntryOut = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('aanvraag'),
    escalationId: z.string().nullable(),
    on: z.string(),
    requestedWeeklyCents: signedCents.nullable(),
    requestedWeeks: z.number().nullable(),
    status: z.enum(ESCALATION_STATUSES),
  }),
  z.object({
    kind: z.literal('besluit'),
    escalationId: z.string().nullable(),
    on: z.string(),
    outcome: z.enum(BESLUIT_OUTCOMES),
    approvedWeeklyCents: signedCents.nullable(),
    reviewOn: z.string().nullable(),
    decides: z.boolean(),
  }),
]);

// The schemas above must describe the engine's types exactly, both ways, so no figure is dropped
// on the way to a screen and no engine change goes unnoticed. A mismatch fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact = <_T extends true>() => undefined;
exact<Same<z.infer<typeof BusinesscaseOut>, Businesscase>>();
exact<Same<z.infer<typeof CaseRendementOut>, CaseRendement>>();
exact<Same<z.infer<typeof KalenderjaarOut>, Kalenderjaar>>();
exact<Same<z.infer<typeof Measure19Out>, Measure19Comparison>>();
exact<Same<z.infer<typeof MaatschappelijkOut>, MaatschappelijkRendement>>();
exact<Same<z.infer<typeof IndicatorsOut>, Indicators>>();
exact<Same<z.infer<typeof WeekbedragRegisterOut>, WeekbedragRegister>>();
exact<Same<z.infer<typeof ArrangementFlagsOut>, ArrangementFlags>>();
exact<Same<z.infer<typeof ApprovalHistoryEntryOut>, ApprovalHistoryEntry>>();

