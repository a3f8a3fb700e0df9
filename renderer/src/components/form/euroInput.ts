/** Euro and quantity text of the form kit, read with the app's one Dutch amount parser. */
import { parseEuroInput } from '../../../../shared/format/euroInput';

export { centsToEuroInput, parseDutchQuantity } from '../../../../shared/format/euroInput';

/** Cents, or null for blank or unreadable text (the form then says what to type). */
export function parseEuroToCents(text: string): number | null {
  const r = parseEuroInput(text);
  return r.ok ? r.cents : null;
}
