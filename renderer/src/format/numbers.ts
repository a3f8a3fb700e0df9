/**
 * Quantities and percentages in Dutch notation ("37,25", "75,5 %"). Never money: amounts go
 * through shared/format/money.ts so a screen shows exactly what every export shows.
 */
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 });

export function formatQuantity(value: number): string {
  return number.format(value);
}

export function formatPct(value: number): string {
  return `${number.format(value)}\u00a0%`;
}
