/**
 * §3.3 the booked effect of measure 19, shown next to the realised figures. Source: seed 003,
 * Bijlage 1, maatregel 19 — € 0 (2024), € 0,8 mln (2025), € 4,2 mln (2026), € 4,3 mln (2027).
 * It is configuration (the data layer passes it in), this is only the default series, in cents.
 */
export const DEFAULT_BOOKED_EFFECT_MEASURE_19: Readonly<Record<string, number>> = Object.freeze({
  '2024': 0,
  '2025': 80_000_000,
  '2026': 420_000_000,
  '2027': 430_000_000,
});
