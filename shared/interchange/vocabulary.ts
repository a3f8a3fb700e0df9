/**
 * Closed vocabularies that only the interchange format and the store need. The product-wide ones
 * (sporen, payers, statuses …) live in shared/domain/enums.ts and are imported, never repeated.
 */
import type { CaseStatus } from '../domain/enums';

export const FORMAT_V1 = 'casuistiek-werkbank/v1' as const;

/**
 * §5 the ground on which a case may be discussed with partners: AVG art. 6 lid 1 (a–f). Most cases
 * rest on `toestemming`; `wettelijke_taak` (publiekrechtelijke taak, e.g. Wmo/Jeugdwet) and
 * `vitaal_belang` (acute danger) are the usual alternatives.
 */
export const CONSENT_BASES = [
  'toestemming',
  'overeenkomst',
  'wettelijke_verplichting',
  'vitaal_belang',
  'wettelijke_taak',
  'gerechtvaardigd_belang',
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** §2.1 knelpunten/systeemsignalen: open, passed on to wijk-MT/policy, or solved. */
export const KNELPUNT_STATUSES = ['open', 'doorgezet', 'opgelost'] as const;

/** Cost-line scenarios of §3.2. */
export const SCENARIOS = ['reference', 'actual'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * A case may lack a reference date (its first tafel discussion) only before it has been discussed:
 * a signaal, or a fresh aanmelding that is registered or on an agenda but not yet treated.
 */
export const STATUSES_WITHOUT_REFERENCE_DATE: readonly CaseStatus[] = ['aangemeld', 'geagendeerd'];
