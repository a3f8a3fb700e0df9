/**
 * §3.3 the businesscase of a period (a calendar year, a tertiaal, a quarter or a date range), with
 * the §3.7 maatschappelijk rendement next to it (never added to it), and §3.8 the kalenderjaar view
 * with the comparison with measure 19: the engine's figures (../figures.ts) plus the filters as applied.
 */
import { z } from 'zod';
import { BUSINESSCASE_VIEWS, SPOREN } from '../../domain/enums';
import { identifier, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { BusinesscaseOut, KalenderjaarOut, MaatschappelijkOut, Measure19Out, reportPeriod, reportYear as year, signedCents } from '../figures';

/**
 * §3.3 the period: `period` (2025, 2025-T2, 2025-Q3, 2025-01-01..2025-06-30) or `year`, shorthand
 * for that calendar year (one of the two; period wins); wijk, spoor and tafel narrow it (see
 * electron/core/reports/businesscase.ts).
 */
const BusinesscaseQuery = z.strictObject({
  year: year.optional(),
  period: reportPeriod.optional(),
  /** §3.8 which view the screen and the export lead with; cohort by default. */
  view: z.enum(BUSINESSCASE_VIEWS).optional(),
  /** The wijk's name as in the catalogue (Bloemhof). */
  wijk: shortText.optional(),
  /** Cases working on this spoor: the spoor is among the case's sporen or one of its interventions is in it. */
  spoor: z.enum(SPOREN).optional(),
  /** Cases discussed at this tafel (its id) at any time. */
  tafel: identifier.optional(),
  /** Only cases whose calculation is vastgesteld (the engine also gives these figures under `vastgesteld`). */
  onlyVastgesteld: z.boolean().optional(),
});
type BusinesscaseQuery = z.infer<typeof BusinesscaseQuery>;

export const BusinesscaseReport = BusinesscaseOut.extend({
  /** §3.8 the view the figures are read in (cohort unless asked). */
  view: z.enum(BUSINESSCASE_VIEWS),
  /** §3.8 the same selection spread over the calendar years, in the kalenderjaar view; null in the cohort view. */
  kalenderjaar: KalenderjaarOut.nullable(),
  /** §3.8 measure 19's booked effect against the gemeente figure in the kalenderjaar view, the cohort figure beside it (in either view). */
  measure19: Measure19Out.nullable(),
  /** The filters as applied (null = not filtered); year is the year the period starts in. */
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

/** The same filters without the period and the view: businesscase:years runs the cohort businesscase once per year. */
const BusinesscaseYearsQuery = BusinesscaseQuery.omit({ year: true, period: true, view: true });

const YearTotalsOut = z.object({
  vermedenGecorrigeerd: signedCents,
  investering: signedCents,
  nettoRendement: signedCents,
});

/**
 * Which years have cases, and per year (and per wijk) the figures the businesscase of that year
 * gives: the same engine call as businesscase:get for each year, so the chart over the years shows
 * the figures the year's own screen shows. Years: every year with a case in this selection and
 * every year with a booked effect of measure 19, ascending.
 */
export const BusinesscaseYears = z.object({
  /** The most recent year with at least one case in this selection; null when there is none. */
  latestYearWithCases: z.number().int().nullable(),
  years: z.array(
    YearTotalsOut.extend({
      year: z.number().int(),
      cases: z.number().int().min(0),
      bookedEffect: signedCents.nullable(),
      /** §3.8 the gemeente's vermedenKosten of that calendar year in the kalenderjaar view: what measure 19 is compared with. */
      gemeenteKalenderjaar: signedCents,
      /** The same gemeente figure in the cohort view (cases with their reference date in the year), beside it. */
      gemeenteCohort: signedCents,
      perWijk: z.record(z.string(), YearTotalsOut),
    }),
  ),
});
export type BusinesscaseYears = z.infer<typeof BusinesscaseYears>;

export const businesscaseChannels = {
  'businesscase:get': defineChannel(BusinesscaseQuery, BusinesscaseReport),
  'businesscase:years': defineChannel(BusinesscaseYearsQuery, BusinesscaseYears),
} as const;
