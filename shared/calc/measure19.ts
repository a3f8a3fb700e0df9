/**
 * §3.3/§3.4/§3.8 the comparison with measure 19's booked effect: the budget books the cut per
 * calendar year, so the comparison is made in the kalenderjaar view (each case's savings spread
 * over the years its horizon covers) on the gemeente figure (only what the gemeente pays: wmo,
 * jeugd, participatie, schuldhulp, gemeente_overig). The cohort figure (the whole horizon booked in
 * the year of the reference date) stands beside it, so a reader sees why the two differ.
 */
import type { Businesscase } from './businesscase';
import type { Kalenderjaar } from './kalenderjaar';
import { subCents } from './money';
import type { PayerFigures } from './payers';

interface GemeenteFigure extends PayerFigures {
  /** vermedenKosten − investering, both for the gemeente only (before attribution, §3.2 per payer). */
  netto: number;
}

export interface Measure19Comparison {
  year: number;
  bookedEffect: number;
  /** The figure the comparison is made on (§3.8). */
  kalenderjaar: GemeenteFigure;
  /** Beside it, for reading: the same gemeente figure in the cohort view of §3.3. */
  cohort: GemeenteFigure;
  /** kalenderjaar.vermedenKosten − bookedEffect: above the booked effect when positive. */
  difference: number;
}

const gemeente = (g: PayerFigures): GemeenteFigure => ({ ...g, netto: subCents(g.vermedenKosten, g.investering) });

/** Null when the businesscase's period has no booked effect (not a whole calendar year, or none configured). */
export function compareWithMeasure19(cohort: Businesscase, kalenderjaar: Pick<Kalenderjaar, 'gemeente'>): Measure19Comparison | null {
  if (cohort.bookedEffect === null) return null;
  const kj = gemeente(kalenderjaar.gemeente);
  return { year: cohort.year, bookedEffect: cohort.bookedEffect, kalenderjaar: kj, cohort: gemeente(cohort.gemeente), difference: subCents(kj.vermedenKosten, cohort.bookedEffect) };
}
