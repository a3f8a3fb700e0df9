/** §3.5 the weekbedrag register, with every arrangement the checks flag. */
import { z } from 'zod';
import { ARRANGEMENT_DOMAINS, ARRANGEMENT_SETTINGS } from '../../domain/enums';
import { isoDate, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { ApprovalHistoryEntryOut, ArrangementFlagsOut, reportPeriod, reportYear as year, signedCents, WeekbedragRegisterOut } from '../figures';

const RegisterQuery = z.strictObject({
  /** Only arrangements that start in this year (each arrangement's meerkosten then count in one year only). */
  year: year.optional(),
  /** Only arrangements that start in this period (2025-T2, 2025-Q3, …); wins over year. Neither: every year. */
  period: reportPeriod.optional(),
  /** Only this wijk's cases, as `werkbank export --what register --wijk`. */
  wijk: shortText.optional(),
  /** The day the review window (4 weeks) and the surcharge ban are judged on; default today. */
  asOf: isoDate.optional(),
});

export const RegisterReport = WeekbedragRegisterOut.extend({
  /**
   * The engine's rows (figures unchanged), each with its approval history: every hoog-weekbedrag
   * request and besluit of that arrangement over time, oldest first — not only the latest besluit,
   * which alone decides approvalStatus.
   */
  rows: z.array(WeekbedragRegisterOut.shape.rows.element.extend({ history: z.array(ApprovalHistoryEntryOut) })),
  asOf: z.string(),
  /** Issue #14 item 5: per start year, the register's meerkosten beside measure 4's booked effect. */
  measure4: z.array(
    z.object({ year: z.number().int(), bookedEffect: signedCents.nullable(), meerkostenBovenPlafond: signedCents, meerkostenToegekend: signedCents }),
  ),
  /** The year asked for, or the year the asked period starts in; null for every year. */
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

export const registerChannels = {
  'register:get': defineChannel(RegisterQuery, RegisterReport),
} as const;
