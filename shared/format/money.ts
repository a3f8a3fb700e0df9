/**
 * One way to show money everywhere (screens, CSV, XLSX, PDF), so a figure on a screen equals the
 * same figure in every export: integer cents in, Dutch notation out ("€ 1.234,56").
 */
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const plain = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new Error(`not an integer amount of cents: ${cents}`);
}

/** "€ 1.234,56" (with the non-breaking space Intl puts after the sign). */
export function formatEuro(cents: number): string {
  assertCents(cents);
  return euro.format(cents / 100);
}

/** "1.234,56" — for table cells under a column headed "(€)". */
export function formatEuroPlain(cents: number): string {
  assertCents(cents);
  return plain.format(cents / 100);
}

/** rendementPerEuro: "1,53" or "n.v.t." when there was no investment (PRODUCT.md §3.2). */
export function formatRatio(value: number | null): string {
  return value === null ? 'n.v.t.' : plain.format(value);
}
