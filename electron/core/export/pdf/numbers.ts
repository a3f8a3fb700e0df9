/** Counts, days and score changes in the screen's Dutch notation (businesscase/parts.tsx), with §5 small cells. */
import { suppressCount } from '../smallCells';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const upToOne = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const signedTwo = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const upToTwo = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A count; under pseudonymisation 1–4 becomes "<5" (PRODUCT.md §5). */
export function countText(n: number, pseudonymised: boolean): string {
  const v = suppressCount(n, pseudonymised);
  return typeof v === 'string' ? v : whole.format(v);
}

export const daysText = (n: number | null): string => (n === null ? '—' : upToOne.format(n));
export const scoreChangeText = (n: number | null): string => (n === null ? '—' : signedTwo.format(n));
export const multiplierText = (n: number): string => `× ${upToTwo.format(n)}`;
