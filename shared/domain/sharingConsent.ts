/**
 * §5 consent before sharing (issue #11 item 6): an escalation dossier goes to a partner only when
 * the case's consent or legal basis covers that partner. The one rule behind the refusal on the
 * server (submitting an escalation, exporting its dossier) and the notice on the case screen's
 * escalation card, so both say the same partners.
 *
 * Who receives the dossier (`dossierRecipients`), decided for issue #11:
 * 1. The target names its partner organisation (catalogue field `partner`, e.g. "PRIO") → that one.
 * 2. The netwerk without a partner → the organisations at the tafels of the case's wijk. The netwerk
 *    is the wijk's network of municipal professionals and partners (woningcorporatie, huisarts,
 *    welzijn) that the wijktafel is drawn from (DOMAIN.md §1.5); the store knows its organisations
 *    only as the tafels' members, and they are the very partners the consent marker checks when the
 *    case is discussed. A wijk without tafel members falls to rule 3.
 * 3. Otherwise → the target itself under its configured name (overig: "Overig escalatiedoel" until
 *    the beheerder names the real organisation). Never nobody: a dossier always goes to someone.
 *
 * Whether each is covered is partnersWithoutConsent (./consent.ts): a scope decides per partner, a
 * basis other than toestemming without a scope covers every partner, no record covers none.
 *
 * Not a sharing in this sense: the answer the receiving werkbank sends back (the besluit, or the
 * dossier sent back). It goes to the werkbank that asked, which holds the case already and shared
 * it under its own consent; and the receiving store holds no consent record to check (consent
 * details never travel, shared/interchange/dossier.ts).
 */
import { partnersWithoutConsent, uniquePartners, type ConsentRecord } from './consent';
import type { EscalationTarget } from './enums';

/** The part of an escalation target (the catalogue entry) this rule reads. */
export interface RecipientTarget {
  readonly id: EscalationTarget;
  readonly name: string;
  readonly partner?: string;
}

/** The part of a tafel this rule reads: its wijk (null for a city-wide tafel) and its members' organisations. */
export interface TafelMembers {
  readonly wijk: string | null;
  readonly members: readonly { readonly organisation: string }[];
}

export interface SharingConsent {
  /** The organisations the dossier goes to: never empty. */
  readonly recipients: readonly string[];
  /** Whether any consent or legal basis is recorded for the case. */
  readonly recorded: boolean;
  /** The recipients neither consent nor a legal basis covers; sharing waits until this is empty. */
  readonly lacking: readonly string[];
}

/** Which of rules 1–3 names a target's recipients (Beheer shows it per target, without a case). */
export function recipientRule(target: RecipientTarget): 'partner' | 'wijkTafels' | 'targetName' {
  if (uniquePartners([target.partner ?? '']).length > 0) return 'partner';
  return target.id === 'netwerk' ? 'wijkTafels' : 'targetName';
}

/** With whom a dossier to `target` about a case in `wijk` is shared (rules 1–3 above). */
export function dossierRecipients(target: RecipientTarget, wijk: string, tafels: readonly TafelMembers[]): string[] {
  const rule = recipientRule(target);
  if (rule === 'partner') return uniquePartners([target.partner ?? '']);
  if (rule === 'wijkTafels') {
    const network = uniquePartners(tafels.filter((t) => t.wijk === wijk).flatMap((t) => t.members.map((m) => m.organisation)));
    if (network.length > 0) return network;
  }
  return uniquePartners([target.name]);
}

/** §5 may this case's dossier go to `target`? The recipients and the ones its consent does not cover. */
export function sharingConsent(
  consent: ConsentRecord | undefined,
  target: RecipientTarget,
  wijk: string,
  tafels: readonly TafelMembers[],
): SharingConsent {
  const recipients = dossierRecipients(target, wijk, tafels);
  const gaps = partnersWithoutConsent(consent, recipients);
  return { recipients, recorded: gaps.recorded, lacking: gaps.lacking };
}
