/**
 * Issue #14 item 6: an escalation target has a period of validity (§2.4). PRIO was extended
 * "nog 2 jaar" from the end of 2022 (DOMAIN.md §1.6, [001]), and from 2025 professionals are to
 * solve stuck cases themselves; so a target is data with a term, and an escalation to a target
 * outside its term is refused with a message that says what to do. Absent dates are open-ended,
 * which is what a target without a term (or an older file) means.
 */
import { formatDate } from '../format/date';

export interface TargetValidity {
  name: string;
  /** First day the target takes escalations (inclusive); absent: since always. */
  validFrom?: string | undefined;
  /** Last day the target takes escalations (inclusive); absent: open-ended. */
  validTo?: string | undefined;
}

/** Whether the target takes escalations on `date` (ISO; both ends inclusive). */
export function isTargetValidOn(t: TargetValidity, date: string): boolean {
  if (t.validFrom !== undefined && date < t.validFrom) return false;
  if (t.validTo !== undefined && date > t.validTo) return false;
  return true;
}

/** "van 01-03-2022 tot en met 31-12-2024", "tot en met …", "vanaf …", or null without a term. */
export function validityText(t: TargetValidity): string | null {
  const from = t.validFrom === undefined ? null : formatDate(t.validFrom);
  const to = t.validTo === undefined ? null : formatDate(t.validTo);
  if (from !== null && to !== null) return `van ${from} tot en met ${to}`;
  if (to !== null) return `tot en met ${to}`;
  if (from !== null) return `vanaf ${from}`;
  return null;
}

/**
 * The Dutch refusal for an escalation to the target on `date`, or null when it is valid then.
 * `what` names the act ("Een nieuwe escalatie", "Escalatie 1 (esc-1) van BLO-2025-001 indienen").
 */
export function targetValidityRefusal(t: TargetValidity, date: string, what: string): string | null {
  if (isTargetValidOn(t, date)) return null;
  const after = t.validTo !== undefined && date > t.validTo;
  return (
    `${what} bij ${t.name} kan niet: dit escalatiedoel is geldig ${validityText(t) ?? ''} en ${formatDate(date)} valt ${after ? 'na' : 'vóór'} die periode. ` +
    (after
      ? `Los de casus aan de tafel of met het netwerk op, of kies een ander escalatiedoel. Loopt ${t.name} nog door, verleng dan de geldigheid bij Beheer › Escalatiedoelen.`
      : `Kies een ander escalatiedoel, of pas de ingangsdatum aan bij Beheer › Escalatiedoelen.`)
  );
}
