/**
 * §5 consent where a case is discussed: which partners at the table may not see this case, because
 * neither the resident's consent nor another legal basis covers them. Used by the case screen (the
 * members of the tafels of the case's wijk) and by meeting mode (the organisations present).
 *
 * The rule, decided for issue #8 item 5:
 * 1. No consent or legal basis recorded at all → every partner at the table lacks it.
 * 2. A scope (a list of partners with granted yes/no) is recorded → it decides, whatever the basis:
 *    a partner lacks it unless the scope names it with granted = true. A partner the scope does not
 *    name lacks it too (consent is given per partner, never by silence).
 * 3. No scope and a basis other than `toestemming` (a legal task, a legal obligation, vital
 *    interest …) → the basis covers every partner: it does not depend on the resident's word.
 * 4. No scope and basis `toestemming` → every partner lacks it: consent that names no partner
 *    covers none (rule 2 with an empty scope).
 *
 * Partner names are typed freely in two places (tafel members, the scope), so they match without
 * regard to case or surrounding/double spaces: "Woonstad " is "woonstad".
 */
import type { ConsentBasis } from '../interchange/vocabulary';

/** The part of a case's consent this rule reads (CaseFile['consent'] fits it). */
export interface ConsentRecord {
  readonly basis: ConsentBasis;
  readonly scope?: readonly { readonly partner: string; readonly granted: boolean }[];
}

export interface ConsentGaps {
  /** Whether any consent or legal basis is recorded for the case. */
  readonly recorded: boolean;
  /** The partners at the table without consent or legal basis: each once, in the order given. */
  readonly lacking: readonly string[];
}

/** A partner name as compared: trimmed, single-spaced, lower case. */
export function partnerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** The partners (organisation names) at the table that the case's consent does not cover. */
export function partnersWithoutConsent(consent: ConsentRecord | undefined, partners: readonly string[]): ConsentGaps {
  const atTable = uniquePartners(partners);
  if (consent === undefined) return { recorded: false, lacking: atTable };
  if (consent.scope === undefined && consent.basis !== 'toestemming') return { recorded: true, lacking: [] };
  const granted = new Set((consent.scope ?? []).filter((s) => s.granted).map((s) => partnerKey(s.partner)));
  return { recorded: true, lacking: atTable.filter((p) => !granted.has(partnerKey(p))) };
}

/** Each partner once (the first spelling), blanks dropped: a tafel has several members per organisation. */
export function uniquePartners(partners: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of partners) {
    const key = partnerKey(p);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(p.trim());
  }
  return out;
}
