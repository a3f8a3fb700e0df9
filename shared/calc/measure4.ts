/**
 * Issue #14 item 5: the hoog-weekbedrag register sets its meerkosten beside the booked effect of
 * measure 4 "Terugdringen hoge weekbedragen Jeugd" (seed 003, Bijlage 1: € 0,4 / 0,8 / 1,2 / 1,6 mln
 * for 2024–2027, DOMAIN.md §3). The measure books a saving by capping at € 4.000 per week; every
 * approved euro above the cap is money that saving does not reach. Shown beside it, never netted.
 * Decision: an arrangement's meerkosten count in the year it starts, as the register's year filter
 * does (so each arrangement counts once over the years).
 */
import { GRANTING_OUTCOMES, type BesluitOutcome } from '../domain/enums';
import { addCents } from './money';
import type { WeekbedragRegister } from './weekbedrag';

/** The default series in cents; configuration like measure 19's (./bookedEffect.ts). */
const DEFAULT_BOOKED_EFFECT_MEASURE_4: Readonly<Record<string, number>> = Object.freeze({
  '2024': 40_000_000,
  '2025': 80_000_000,
  '2026': 120_000_000,
  '2027': 160_000_000,
});

export interface Measure4Year {
  year: number;
  /** Measure 4's booked effect for the year, or null when none is configured. */
  bookedEffect: number | null;
  /** Σ meerkostenBovenPlafond of the register's rows starting in the year (every approval state). */
  meerkostenBovenPlafond: number;
  /** Of those, the rows whose deciding besluit granted the request (toegekend, deels toegekend). */
  meerkostenToegekend: number;
}

/**
 * One line per year that has a booked effect or a register row; with `year`, that year only.
 * Ordered by year.
 */
export function measure4Comparison(
  reg: Pick<WeekbedragRegister, 'rows'>,
  year: number | null = null,
  booked: Readonly<Record<string, number>> = DEFAULT_BOOKED_EFFECT_MEASURE_4,
): Measure4Year[] {
  const years = new Set<number>(year === null ? Object.keys(booked).map(Number) : [year]);
  if (year === null) for (const r of reg.rows) years.add(Number(r.from.slice(0, 4)));
  return [...years]
    .sort((a, b) => a - b)
    .map((y) => {
      const rows = reg.rows.filter((r) => Number(r.from.slice(0, 4)) === y);
      const granted = rows.filter((r) => GRANTING_OUTCOMES.includes(r.approvalStatus as BesluitOutcome));
      return {
        year: y,
        bookedEffect: booked[String(y)] ?? null,
        meerkostenBovenPlafond: rows.reduce((acc, r) => addCents(acc, r.meerkostenBovenPlafond), 0),
        meerkostenToegekend: granted.reduce((acc, r) => addCents(acc, r.meerkostenBovenPlafond), 0),
      };
    });
}
