/**
 * The closed vocabularies of PRODUCT.md, as the exact identifiers the interchange format (§4) uses.
 * Every enum is a `const` tuple so zod schemas, SQL CHECK constraints and exhaustive switches share
 * one source of truth. The Dutch meaning of each word is in ./glossary.ts.
 */

/** §2.1 sporen (tracks), in the order used to break ties in largest-remainder splits (§3.3). */
export const SPOREN = ['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'] as const;
export type Spoor = (typeof SPOREN)[number];

/** §3.4 payers (financiers). */
export const PAYERS = [
  'wmo',
  'jeugd',
  'wlz',
  'zvw',
  'participatie',
  'schuldhulp',
  'woningcorporatie',
  'gemeente_overig',
  'overig',
] as const;
export type Payer = (typeof PAYERS)[number];

/** §3.4 the payers whose savings count for the gemeente; the rest are shown but never added to it. */
export const GEMEENTE_PAYERS: readonly Payer[] = ['wmo', 'jeugd', 'participatie', 'schuldhulp', 'gemeente_overig'];

/** §2.4 price-list units. */
export const UNITS = ['dag', 'nacht', 'week', 'maand', 'jaar', 'uur', 'eenmalig'] as const;
export type Unit = (typeof UNITS)[number];

/** §2.4 evidence grades: A measured/contract tariff, B published estimate, C rough/expert estimate. */
export const EVIDENCE_GRADES = ['A', 'B', 'C'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** §2.1 case status (the state machine lives in ./caseStatus.ts). */
export const CASE_STATUSES = [
  'aangemeld',
  'geagendeerd',
  'in_behandeling',
  'plan_vastgesteld',
  'in_uitvoering',
  'afgesloten',
  'vastgelopen',
  'geescaleerd',
  'ingetrokken',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** §3.2 a calculation is concept until the tafel fixes it. */
export const CALCULATION_STATUSES = ['concept', 'vastgesteld'] as const;
export type CalculationStatus = (typeof CALCULATION_STATUSES)[number];

/** §2.1 intervention status. */
export const INTERVENTION_STATUSES = ['voorgesteld', 'ingezet', 'afgerond', 'afgebroken'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

/** §3.2 interventions whose cost counts as investering (a `voorgesteld` one has cost nothing yet). */
export const COUNTED_INTERVENTION_STATUSES: readonly InterventionStatus[] = ['ingezet', 'afgerond', 'afgebroken'];

/** §2.1 arrangements (Wmo / Jeugd). */
export const ARRANGEMENT_DOMAINS = ['wmo', 'jeugd'] as const;
export type ArrangementDomain = (typeof ARRANGEMENT_DOMAINS)[number];
export const ARRANGEMENT_SETTINGS = ['extramuraal', 'intramuraal', 'semimuraal'] as const;
export type ArrangementSetting = (typeof ARRANGEMENT_SETTINGS)[number];

/** §2.3 escalation targets and states. */
export const ESCALATION_TARGETS = ['netwerk', 'prio', 'wijk_mt', 'jeugd_weekbedrag', 'overig'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
export const ESCALATION_STATUSES = [
  'concept',
  'ingediend',
  'in_behandeling',
  'besluit',
  'afgerond',
  'teruggelegd',
  'ingetrokken',
] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const BESLUIT_OUTCOMES = ['toegekend', 'deels_toegekend', 'afgewezen'] as const;
export type BesluitOutcome = (typeof BESLUIT_OUTCOMES)[number];
/** §3.2 outcomes whose maatwerkbudget counts as investering. */
export const GRANTING_OUTCOMES: readonly BesluitOutcome[] = ['toegekend', 'deels_toegekend'];
export const ESCALATION_INSTRUMENTS = [
  'sparren_verbinden',
  'breed_casusoverleg',
  'afwijken_regels',
  'maatwerkbudget',
] as const;
export type EscalationInstrument = (typeof ESCALATION_INSTRUMENTS)[number];
export const URGENCIES = ['laag', 'normaal', 'hoog', 'acuut'] as const;
export type Urgency = (typeof URGENCIES)[number];
/**
 * §3.5 the begeleiding a jeugd hoog-weekbedrag request is for: DOMAIN.md §1.6 (measure 4) names
 * 1-op-1 and sometimes 2-op-1 begeleiding as what makes an arrangement this expensive.
 */
export const BEGELEIDING_KINDS = ['een_op_een', 'twee_op_een'] as const;
export type BegeleidingKind = (typeof BEGELEIDING_KINDS)[number];

/** §2.2 tafel types (others are configurable, so the schema accepts any slug; these are the defaults). */
export const DEFAULT_TAFEL_TYPES = ['wijktafel', 'jeugd_weekbedrag'] as const;

/** §2.2 meeting actions. */
export const ACTION_STATUSES = ['open', 'gedaan', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Leefgebieden for the 1–5 self-reliance score (§2.1), after the ZRM domains (DOMAIN.md §3.1 #16). */
export const LEEFGEBIEDEN = [
  'financien',
  'dagbesteding',
  'huisvesting',
  'huiselijke_relaties',
  'geestelijke_gezondheid',
  'lichamelijke_gezondheid',
  'verslaving',
  'adl_vaardigheden',
  'sociaal_netwerk',
  'maatschappelijke_participatie',
  'justitie',
] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

/** §2.1 household composition. */
export const HOUSEHOLD_TYPES = [
  'alleenstaand',
  'alleenstaand_met_kinderen',
  'paar',
  'paar_met_kinderen',
  'overig',
] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

/**
 * §2.1 the expected care costs of a resident per year, estimated at the aanmelding (the tafel is for
 * residents "met verwachte (hoge) zorgkosten", DOMAIN.md). The sources give no threshold (DOMAIN.md
 * open question 10), so these bands are ours: < € 10.000, € 10.000–50.000, € 50.000–100.000 and
 * > € 100.000 per year. Ordered from low to high; the agenda proposal puts the highest first.
 */
export const CARE_COST_BANDS = ['tot_10k', 'van_10k_tot_50k', 'van_50k_tot_100k', 'boven_100k'] as const;
export type CareCostBand = (typeof CARE_COST_BANDS)[number];

/**
 * §2.1 did a referral to the voorliggend veld land (issue #14 item 8)? The screen asks "aangekomen:
 * ja / nee / onbekend"; the values name the outcome, not a bare yes/no that exports show as words.
 */
export const REFERRAL_ARRIVALS = ['aangekomen', 'niet_aangekomen', 'onbekend'] as const;
export type ReferralArrival = (typeof REFERRAL_ARRIVALS)[number];

/**
 * Issue #14 item 5: the three parties at the jeugd hoog-weekbedragtafel ([003]: "hier zitten
 * gemeente, zorgaanbieders en de Gecertificeerde Instellingen bij elkaar").
 */
export const TAFEL_PARTIES = ['gemeente', 'zorgaanbieder', 'gecertificeerde_instelling'] as const;
export type TafelParty = (typeof TAFEL_PARTIES)[number];

/**
 * The seven resultaatgebieden of the Wmo-kader Rotterdam 2015 (DOMAIN.md §3.1 row 19, seed [004]
 * Bijlage 5) from which an arrangement is built, in the order of the source.
 */
export const RESULTAATGEBIEDEN = [
  'sociaal_persoonlijk_functioneren',
  'huishouden',
  'financien',
  'dagbesteding',
  'zelfzorg_gezondheid',
  'huisvesting',
  'mantelzorgondersteuning',
] as const;
export type Resultaatgebied = (typeof RESULTAATGEBIEDEN)[number];

/**
 * How many treden (intensity levels) each resultaatgebied has in the source: RG1 five (beperkt …
 * intensief), RG2 seven, RG3–RG7 three. A trede is its number, 1 = the lightest.
 */
export const TREDEN_PER_RESULTAATGEBIED: Readonly<Record<Resultaatgebied, number>> = {
  sociaal_persoonlijk_functioneren: 5,
  huishouden: 7,
  financien: 3,
  dagbesteding: 3,
  zelfzorg_gezondheid: 3,
  huisvesting: 3,
  mantelzorgondersteuning: 3,
};

/** The six cliëntgroepen of the same source (seed [004]). */
export const CLIENTGROEPEN = [
  'ouderen',
  'lichamelijk_beperkten',
  'verstandelijk_beperkten',
  'ggz_mo_extramuraal',
  'ggz_mo_intramuraal',
  'zintuiglijk_beperkten',
] as const;
export type Clientgroep = (typeof CLIENTGROEPEN)[number];

/**
 * Issue #14 item 3: a lesson in the wijk's lessenlog says what worked or what did not, so the
 * (tussen)evaluatie can count both per wijk and spoor.
 */
export const LESSON_KINDS = ['werkte', 'werkte_niet'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** §3.8 how the businesscase reads the savings: cohort (whole horizon in the reference date's period, the default) or kalenderjaar (spread over the calendar years). */
export const BUSINESSCASE_VIEWS = ['cohort', 'kalenderjaar'] as const;
export type BusinesscaseView = (typeof BUSINESSCASE_VIEWS)[number];

/** §3.3 the periods a report is asked for: a calendar year, a tertiaal (the raadsmonitor), a quarter (the GRJR) or any date range. */
export const PERIOD_KINDS = ['year', 'tertiaal', 'quarter', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
