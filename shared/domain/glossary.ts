/**
 * The glossary that PRODUCT.md §1 and ./enums.ts promise: every Dutch domain word the code uses,
 * the TypeScript identifier that carries it, and one line of meaning (DOMAIN.md §2 has the long
 * version, with sources). It is data, so test/unit/domain/glossary.test.ts can hold the code to it.
 *
 * The rule:
 * - Interchange and export FIELD NAMES stay exactly as PRODUCT.md spells them (`registeredOn`,
 *   `besluit`, `decisions`, `doorbraakRule` …), and so do the enum values (`in_behandeling`).
 * - TypeScript identifiers are English, unless this glossary names the Dutch word as the
 *   identifier (`wijk`, `spoor`, `tafel`, `besluit`, `knelpunt` …): a word with no faithful English
 *   (a policy adviser would not recognise "track" or "neighbourhood table") stays Dutch, and then
 *   it is the only name for that concept in code.
 * - One concept, one identifier: a concept identifier is the stem of every type, constant, field
 *   and function about it (`Rule` → `RuleSchema`, `ruleInForce`, `readRules`).
 */
import type * as Enums from './enums';

/** The tuples in ./enums.ts (and the two vocabularies outside it) whose values are Dutch words. */
type EnumName =
  | {
      [K in keyof typeof Enums]: (typeof Enums)[K] extends readonly string[] ? K : never;
    }[keyof typeof Enums]
  | 'RULE_KINDS'
  | 'CONSENT_BASES'
  | 'KNELPUNT_STATUSES';

export interface GlossaryEntry {
  /** The Dutch word as PRODUCT.md / DOMAIN.md write it; a qualifier in brackets when it has two senses. */
  readonly word: string;
  /**
   * For a concept: the identifier stem used in code (PascalCase for types, camelCase for fields).
   * For an enum value: the literal itself, exactly as the interchange format spells it.
   */
  readonly identifier: string;
  /** One line of meaning. */
  readonly meaning: string;
  /** For an enum value: the tuples that hold it. Absent for a concept. */
  readonly enums?: readonly EnumName[];
}

const concept = (word: string, identifier: string, meaning: string): GlossaryEntry => ({ word, identifier, meaning });
const value = (word: string, identifier: string, enums: readonly EnumName[], meaning: string): GlossaryEntry => ({
  word,
  identifier,
  meaning,
  enums,
});

/** The concepts: Dutch word → identifier stem → meaning. */
export const GLOSSARY_CONCEPTS: readonly GlossaryEntry[] = [
  // §2.1 cases
  concept('casus', 'Case', 'A household or resident brought to the tafel; known by its case code (BLO-2024-017).'),
  concept('casuscode', 'caseCode', 'The pseudonymous code of a case: wijk prefix, year, number.'),
  concept('codevoorvoegsel', 'codePrefix', 'The wijk part of a case code (BLO).'),
  concept('signaal', 'Signaal', 'A pseudonymous case for a resident not yet in view; no name or birth year until consent.'),
  concept('aanmelding', 'aanmelding', 'Bringing a resident into view at the tafel; its date is `registeredOn`.'),
  concept('aanmelder', 'aanmelder', 'The professional (person and organisation) who brings the case.'),
  concept('casusregisseur', 'casusregisseur', 'The one professional who coordinates the plan of a case.'),
  concept('aanleiding', 'aanleiding', 'Why the case was brought to the tafel.'),
  concept('doel / perspectief', 'doel', 'What the household wants to reach.'),
  concept('huishouden', 'Household', 'The composition of the household (alleenstaand, paar …).'),
  concept('wijk', 'Wijk', 'A neighbourhood with its own tafel and case codes (Bloemhof, Schiebroek).'),
  concept('spoor', 'Spoor', 'One of the four tracks of the approach (samenredzaamheid, wonen, werk, financiën).'),
  concept('leefgebied', 'Leefgebied', 'A life domain after the ZRM, scored 1–5 for self-reliance at intake and follow-up.'),
  concept('zelfredzaamheid (score)', 'scores', 'The 1–5 ZRM self-reliance score per leefgebied.'),
  concept('toestemming / grondslag', 'Consent', 'The AVG ground on which a case may be discussed with partners (§5).'),
  concept('reikwijdte (toestemming)', 'scope', 'Per partner whether it may see the case: the partners a consent or basis names.'),
  concept('partner zonder toestemming', 'partnersWithoutConsent', 'A partner at the table that neither consent nor another legal basis covers (§5).'),
  concept('ontvanger (dossier)', 'dossierRecipients', 'The organisations an escalation dossier reaches: the target\'s partner, the netwerk of the wijk, or the target itself (§5).'),
  concept('toestemming voor delen', 'sharingConsent', 'Whether consent or a legal basis covers every recipient of a dossier; submitting and exporting wait for it (§5).'),
  concept('intake (score)', 'intake', 'The leefgebied score when the case starts (1–5, or not measured).'),
  concept('vervolgmeting (score)', 'followUp', 'The leefgebied score at follow-up (1–5, or not yet measured).'),
  concept('interventie', 'Intervention', 'What is done for a case on a spoor, with its partner, status and cost.'),
  concept('interventietype', 'InterventionType', 'A catalogue entry of interventions per spoor, optionally with a published multiplier.'),
  concept('doorbraak', 'doorbraak', 'An intervention that needed a deviation from a rule (which rule, which legal basis, who allowed it).'),
  concept('voorliggend veld', 'voorliggendVeld', 'Services without an indication; a referral to them is a monitoring indicator.'),
  concept('knelpunt / systeemsignaal', 'Knelpunt', 'A rule or gap in the offer that blocked a case, kept in a register for wijk-MT and policy.'),
  concept('arrangement', 'Arrangement', 'A Wmo or Jeugd care package in use, with provider, weekbedrag and period.'),
  concept('weekbedrag', 'weekly', 'The amount per week of an arrangement (`weeklyCents`).'),
  concept('plafond', 'cap', 'The weekbedrag above which an arrangement needs a request or is flagged (§3.5).'),
  concept('beleidsregel', 'Rule', 'A policy rule with effective dates: a weekbedrag cap or the surcharge ban (§2.4, §3.5).'),
  concept('onderaannemersopslag', 'subcontractorSurcharge', 'A surcharge by a subcontractor on an arrangement; not allowed by contract.'),
  concept('sociale kaart', 'SocialeKaart', 'The partner organisations and initiatives per wijk and spoor, with contact.'),
  concept('partner', 'Partner', 'An organisation at the tafel or in the network.'),
  // §2.2 tafels and meetings
  concept('casuïstiektafel', 'Tafel', 'The table of partners that discusses cases; of a tafel type, per wijk or city-wide.'),
  concept('tafeltype', 'TafelType', 'The kind of tafel (wijktafel, jeugd hoog-weekbedrag, others configurable).'),
  concept('bijeenkomst', 'Meeting', 'One session of a tafel: date, place, chair, attendance and agenda.'),
  concept('tafelvoorzitter / netwerk-verbinder', 'chair', 'The person who prepares and runs the tafel.'),
  concept('aanwezigheid', 'attendance', 'Who of the tafel members attended a meeting.'),
  concept('agenda', 'agenda', 'The cases of a meeting, in order, each with a time-box in minutes.'),
  concept('besluit (bijeenkomst)', 'decision', 'A line the tafel agrees on for an agenda item; free text, unlike an escalation besluit.'),
  concept('actie', 'Action', 'A task from a meeting with owner, due date and status; open actions carry over.'),
  concept('verslag', 'minutes', 'The minutes of a meeting, generated from its data.'),
  // §2.3 escalations
  concept('escalatie', 'Escalation', 'A stuck case put to a higher target (netwerk, PRIO …) with a dossier.'),
  concept('escalatiedoel', 'EscalationTarget', 'Where an escalation goes, with its deadline in working days.'),
  concept('dossier', 'dossier', 'What an escalation carries: question, what was tried, blocking rule, requested deviation.'),
  concept('termijn', 'deadline', 'The working days a target has to decide; an escalation past it is overdue.'),
  concept('werkdag', 'workingDays', 'A weekday that is not a Dutch public holiday.'),
  concept('besluiten (werkwoord)', 'decide', 'Taking the besluit on an escalation (`escalations:decide`, `decidedOn`, `decidedBy`).'),
  concept('besluit (escalatie)', 'Besluit', 'The ruling on an escalation: outcome, instruments, amount, motivation, dates.'),
  concept('afwegingskader', 'afwegingskader', 'The criteria the hoog-weekbedragtafel walks for a besluit (ja/nee with a reason each); configurable in Beheer, retired never deleted.'),
  concept('criterium (afwegingskader)', 'AfwegingCriterion', 'One question of the afwegingskader, with its text, source and whether new besluiten walk it.'),
  concept('belangenconflict (aanbieder aan tafel)', 'providerConflict', 'The provider that asks for the weekbedrag sits at the table as the zorgaanbieder that decides.'),
  concept('instrument', 'instruments', 'What a target used to unblock a case (sparren, breed casusoverleg, afwijken, maatwerkbudget).'),
  concept('urgentie', 'Urgency', 'How urgent an escalation is; orders the PRIO inbox.'),
  concept('begeleiding', 'begeleiding', 'The supervision a jeugd hoog-weekbedrag request is for: 1-op-1 or 2-op-1 (§3.5).'),
  concept('arrangementenmodel', 'arrangementenmodel', 'The standard jeugd arrangements (1-op-1 already in it); a request above the cap says why it does not suffice.'),
  concept('goedkeuringsgeschiedenis', 'approvalHistory', 'Every hoog-weekbedrag request and besluit of one arrangement, in order (§3.5 register).'),
  // §2.4 catalogues
  concept('catalogus', 'Catalogue', 'Configuration the app ships with and an administrator maintains (§2.4).'),
  concept('kengetal', 'PriceListItem', 'A unit cost with payer, evidence grade, source and year; null until it has a public source.'),
  concept('prijslijst / kengetallenversie', 'PriceList', 'A version of the kengetallen; immutable once a calculation uses it.'),
  concept('eenheid', 'Unit', 'The unit a kengetal is priced in (dag, week, maand …).'),
  concept('financier / betaler', 'Payer', 'Who pays a cost or gains a saving (§3.4).'),
  concept('bewijsgraad', 'EvidenceGrade', 'How certain a figure is: A measured/contract, B published estimate, C rough estimate.'),
  concept('bron', 'source', 'Where a figure comes from; never empty.'),
  // §3 calculations
  concept('kostenregel', 'CostLine', 'One cost in a scenario: a kengetal or a label, quantity and probability.'),
  concept('kans', 'probabilityPct', 'The probability (0–100) that a cost would occur.'),
  concept('rendementsberekening', 'calculation', 'The per-case calculation of avoided cost, investment and return (§3.2).'),
  concept('referentiescenario', 'reference', 'The costs expected without the approach.'),
  concept('interventiescenario', 'actual', 'The costs still incurred with the approach.'),
  concept('referentiedatum', 'referenceDate', 'The first tafel discussion; the horizon starts there.'),
  concept('horizon', 'horizonWeeks', 'The weeks over which a case is calculated (default 52).'),
  concept('toerekening', 'attributionPct', 'The share (0–100) of the avoided cost attributable to the approach.'),
  concept('investering', 'investering', 'The cost of counted interventions plus granted maatwerkbudget.'),
  concept('vermeden kosten', 'vermedenKosten', 'Σ reference − Σ actual.'),
  concept('vermeden kosten gecorrigeerd', 'vermedenGecorrigeerd', 'The avoided cost times the attribution.'),
  concept('vermeden kosten zeker', 'vermedenZeker', 'The avoided cost from evidence-A lines only, attributed.'),
  concept('netto rendement', 'nettoRendement', 'vermedenGecorrigeerd − investering.'),
  concept('rendement per euro', 'rendementPerEuro', 'vermedenGecorrigeerd / investering; n.v.t. when nothing was invested.'),
  concept('vaststellen', 'fixed', 'A calculation the tafel has fixed (`fixedOn`, `fixedBy`); recalculating is explicit.'),
  concept('businesscase', 'Businesscase', 'The aggregate of the calculations over a period and filters (§3.3).'),
  concept('geboekt effect (maatregel 19)', 'bookedEffect', 'The savings the budget books for the pilot per year.'),
  concept('periode', 'Period', '§3.3 what a businesscase, the indicators and the register are asked for: a calendar year, a tertiaal, a quarter or a date range.'),
  concept('kalenderjaarweergave', 'computeKalenderjaar', '§3.8 the businesscase spread over calendar years; measure 19 is compared in it on the gemeente figure.'),
  concept('maatschappelijk rendement', 'maatschappelijk', 'cost × published multiplier; an indication, never added to savings (§3.7).'),
  concept('meerkosten boven plafond', 'meerkostenBovenPlafond', '(weekbedrag − cap) × weeks of an arrangement above the cap.'),
  concept('weekbedragregister', 'WeekbedragRegister', 'The register of jeugd arrangements above the cap, their requests and reviews.'),
  concept('monitoring / indicator', 'Indicators', 'The counts per wijk and period of §3.6.'),
  concept('nulmeting / uitgangssituatie', 'Baseline', 'A dated baseline of a wijk: households in view, a snapshot of its sociale kaart, notes; the first is de nulmeting.'),
  concept('lessenlog / les', 'Lesson', 'A dated lesson of a wijk and spoor (or algemeen): what worked or did not, and who noted it.'),
  concept('(tussen)evaluatie', 'Tussenevaluatie', 'The wijken side by side for the evaluation: baseline against now, cases, rendement, indicators, knelpunten, lessons.'),
  // §5 privacy
  concept('pseudonimiseren', 'pseudonymise', 'Dropping alias, names and notes, age band for birth year, <5 for small counts.'),
  concept('leeftijdsklasse', 'ageBand', 'The age band that replaces a birth year in a pseudonymised export.'),
  concept('logboek', 'audit', 'The append-only, hash-chained and MAC’d record of every change, export and unlock (Beheer → Logboek).'),
  concept('anker', 'anchor', 'The audit log’s last sequence number and MAC, kept in a MAC’d file beside the store.'),
  concept('bewaartermijn', 'retention', 'How long a closed case is kept: `retentionUntil`, N years (default 2) after the day it closed.'),
  concept('afsluitdatum', 'closedOn', 'The day a case reached afgesloten or ingetrokken; the retention period runs from it.'),
  concept('wissen (AVG)', 'erase', 'Deleting a closed case and everything that names it, leaving only an audit tombstone (§5).'),
  // Issue #14 items 7–11: intake, referrals, arrangements, the reproducible package
  concept('verwachte zorgkosten (klasse)', 'careCostBand', 'The band of care costs per year expected for the resident, estimated at the aanmelding.'),
  concept('overwogen (spoor)', 'sporenConsidered', 'The sporen the tafel has considered for a case; the prompt stays until all four are.'),
  concept('meer sporen', 'multiSpoor', 'A case with counted interventions on more than one spoor (an indicator).'),
  concept('aangekomen (verwijzing)', 'referralArrived', 'Whether a referral to the voorliggend veld landed: ja, nee or onbekend.'),
  concept('nagegaan op (verwijzing)', 'referralCheckedOn', 'The day the follow-up of a referral was done.'),
  concept('resultaatgebied', 'resultaatgebied', 'One of the seven result areas an arrangement is built from (Wmo-kader 2015).'),
  concept('trede', 'trede', 'The intensity level of an arrangement within its resultaatgebied (1 = lightest).'),
  concept('cliëntgroep', 'clientgroep', 'The client group of an arrangement (ouderen, GGZ en MO extramuraal …).'),
  concept('vierwekenbedrag', 'fourWeekly', 'The amount of an arrangement per four weeks, the unit of the source; its weekbedrag is a quarter of it.'),
  concept('opslagbedrag', 'surchargeCents', 'The amount a subcontractor surcharge adds over the arrangement: weekbedrag × weeks × pct.'),
  concept('datasethash', 'datasetSha256', 'The SHA-256 of the pseudonymised dataset an evaluator export was computed from.'),
  concept('herberekenopdracht', 'recomputeCommand', 'The werkbank command that recomputes an export from its dataset.'),
  concept('geldigheid (escalatiedoel)', 'TargetValidity', 'The term (validFrom–validTo) in which an escalation target takes escalations; PRIO ran to the end of 2024.'),
  concept('waarvan al begrensd door beleid', 'begrensdDoorBeleid', 'The part of the reference (and so of the saving) above a weekbedrag cap an active beleidsregel already takes away.'),
  concept('maatregel 4 (geboekt effect)', 'measure4', 'Measure 4 "Terugdringen hoge weekbedragen Jeugd" and its booked effect, set beside the register\'s meerkosten.'),
  concept('doorbraak zonder PRIO', 'doorbraakZonderPrio', 'A stuck case broken through at the tafel or with the netwerk, never submitted to PRIO (an indicator).'),
];

/** The enum values (all Dutch, as the interchange format spells them): literal → meaning. */
export const GLOSSARY_VALUES: readonly GlossaryEntry[] = [
  // sporen
  value('samenredzaamheid', 'samenredzaamheid', ['SPOREN'], 'Spoor: self-reliance together with the network.'),
  value('wonen', 'wonen', ['SPOREN'], 'Spoor: housing.'),
  value('werk en dagbesteding', 'werk_dagbesteding', ['SPOREN'], 'Spoor: work and day activities.'),
  value('financiële zekerheid', 'financiele_zekerheid', ['SPOREN'], 'Spoor: income and debts.'),
  value('cohort', 'cohort', ['BUSINESSCASE_VIEWS'], '§3.8 view: a case counts with its whole horizon in the period of its reference date (for judging cases).'),
  value('kalenderjaar', 'kalenderjaar', ['BUSINESSCASE_VIEWS'], '§3.8 view: savings spread over the calendar years of the horizon pro rata to days, investering in the year it fell (for the budget).'),
  value('tertiaal', 'tertiaal', ['PERIOD_KINDS'], 'A third of a year as the raadsmonitor reports: T1 January–April, T2 May–August, T3 September–December.'),
  value('kwartaal', 'quarter', ['PERIOD_KINDS'], 'A quarter of a year (Q1–Q4), as the GRJR reports.'),
  value('jaar (periode)', 'year', ['PERIOD_KINDS'], 'A calendar year, the default period.'),
  value('datumbereik', 'range', ['PERIOD_KINDS'], 'Any date range, both ends inclusive.'),
  value('werkte', 'werkte', ['LESSON_KINDS'], 'Lesson: what worked.'),
  value('werkte niet', 'werkte_niet', ['LESSON_KINDS'], 'Lesson: what did not work.'),
  // payers (and arrangement domains)
  value('Wmo', 'wmo', ['PAYERS', 'ARRANGEMENT_DOMAINS'], 'Social Support Act: paid by the gemeente.'),
  value('Jeugd(wet)', 'jeugd', ['PAYERS', 'ARRANGEMENT_DOMAINS'], 'Youth Act: paid by the gemeente.'),
  value('Wlz', 'wlz', ['PAYERS'], 'Long-term Care Act: paid by the Rijk.'),
  value('Zvw', 'zvw', ['PAYERS'], 'Health Insurance Act: paid by the insurers.'),
  value('participatie (W&I / bijstand)', 'participatie', ['PAYERS'], 'Participatiewet: work and income, paid by the gemeente.'),
  value('schuldhulp', 'schuldhulp', ['PAYERS'], 'Debt services, paid by the gemeente.'),
  value('woningcorporatie', 'woningcorporatie', ['PAYERS'], 'Housing association.'),
  value('gemeente overig', 'gemeente_overig', ['PAYERS'], 'Other municipal budgets; also the payer of a maatwerkbudget by default.'),
  value('overig', 'overig', ['PAYERS', 'ESCALATION_TARGETS', 'HOUSEHOLD_TYPES'], 'Other: a payer, target or household type outside the named ones.'),
  // units
  value('dag', 'dag', ['UNITS'], 'Unit: per day.'),
  value('nacht', 'nacht', ['UNITS'], 'Unit: per night (shelter).'),
  value('week', 'week', ['UNITS'], 'Unit: per week.'),
  value('maand', 'maand', ['UNITS'], 'Unit: per month.'),
  value('jaar', 'jaar', ['UNITS'], 'Unit: per year.'),
  value('uur', 'uur', ['UNITS'], 'Unit: per hour.'),
  value('eenmalig', 'eenmalig', ['UNITS'], 'Unit: once.'),
  // case status
  value('aangemeld', 'aangemeld', ['CASE_STATUSES'], 'Case status: registered, not yet on an agenda.'),
  value('geagendeerd', 'geagendeerd', ['CASE_STATUSES'], 'Case status: on a meeting agenda.'),
  value('in behandeling', 'in_behandeling', ['CASE_STATUSES', 'ESCALATION_STATUSES'], 'Being worked on (a case at the tafel, an escalation at its target).'),
  value('plan vastgesteld', 'plan_vastgesteld', ['CASE_STATUSES'], 'Case status: the plan is agreed.'),
  value('in uitvoering', 'in_uitvoering', ['CASE_STATUSES'], 'Case status: the plan is being carried out.'),
  value('afgesloten', 'afgesloten', ['CASE_STATUSES'], 'Case status: closed.'),
  value('vastgelopen', 'vastgelopen', ['CASE_STATUSES'], 'Case status: stuck.'),
  value('geëscaleerd', 'geescaleerd', ['CASE_STATUSES'], 'Case status: while an escalation is open.'),
  value('ingetrokken', 'ingetrokken', ['CASE_STATUSES', 'ESCALATION_STATUSES'], 'Withdrawn (a case or an escalation).'),
  // calculation and escalation status
  value('concept', 'concept', ['CALCULATION_STATUSES', 'ESCALATION_STATUSES'], 'Draft: a calculation not yet fixed, an escalation not yet submitted.'),
  value('vastgesteld', 'vastgesteld', ['CALCULATION_STATUSES'], 'Calculation status: fixed by the tafel.'),
  value('ingediend', 'ingediend', ['ESCALATION_STATUSES'], 'Escalation status: submitted to its target.'),
  value('besluit (status)', 'besluit', ['ESCALATION_STATUSES'], 'Escalation status: the target has recorded its besluit.'),
  value('afgerond', 'afgerond', ['ESCALATION_STATUSES', 'INTERVENTION_STATUSES'], 'Finished (an escalation after its besluit, an intervention).'),
  value('teruggelegd', 'teruggelegd', ['ESCALATION_STATUSES'], 'Escalation status: sent back for more information; it returns to concept.'),
  // intervention status
  value('voorgesteld', 'voorgesteld', ['INTERVENTION_STATUSES'], 'Intervention status: proposed; has cost nothing yet.'),
  value('ingezet', 'ingezet', ['INTERVENTION_STATUSES'], 'Intervention status: deployed.'),
  value('afgebroken', 'afgebroken', ['INTERVENTION_STATUSES'], 'Intervention status: stopped early; its cost still counts.'),
  // arrangements
  value('extramuraal', 'extramuraal', ['ARRANGEMENT_SETTINGS'], 'Care by appointment or at home.'),
  value('intramuraal', 'intramuraal', ['ARRANGEMENT_SETTINGS'], 'Care during a continuous stay in an institution.'),
  value('semimuraal', 'semimuraal', ['ARRANGEMENT_SETTINGS'], 'Independent living with 24/7 support nearby.'),
  // escalation targets and tafel types
  value('netwerk (klankbord)', 'netwerk', ['ESCALATION_TARGETS'], 'Target: the network as sounding board.'),
  value('PRIO', 'prio', ['ESCALATION_TARGETS'], 'Target: the helpline for professionals with stuck cases.'),
  value('wijk-MT', 'wijk_mt', ['ESCALATION_TARGETS'], 'Target: the wijk management team.'),
  value('jeugd hoog weekbedrag', 'jeugd_weekbedrag', ['ESCALATION_TARGETS', 'DEFAULT_TAFEL_TYPES'], 'The city-wide tafel (and target) for jeugd arrangements above the cap.'),
  value('wijktafel', 'wijktafel', ['DEFAULT_TAFEL_TYPES'], 'Tafel type: the casuïstiektafel bestaanszekerheid per wijk.'),
  // besluit outcomes and instruments
  value('toegekend', 'toegekend', ['BESLUIT_OUTCOMES'], 'Besluit outcome: granted.'),
  value('deels toegekend', 'deels_toegekend', ['BESLUIT_OUTCOMES'], 'Besluit outcome: partly granted.'),
  value('afgewezen', 'afgewezen', ['BESLUIT_OUTCOMES'], 'Besluit outcome: refused.'),
  value('sparren en verbinden', 'sparren_verbinden', ['ESCALATION_INSTRUMENTS'], 'Instrument: thinking along and connecting people.'),
  value('breed casusoverleg', 'breed_casusoverleg', ['ESCALATION_INSTRUMENTS'], 'Instrument: a broad case meeting.'),
  value('afwijken van regels', 'afwijken_regels', ['ESCALATION_INSTRUMENTS'], 'Instrument: deviating from a rule.'),
  value('maatwerkbudget', 'maatwerkbudget', ['ESCALATION_INSTRUMENTS'], 'Money granted in a besluit (`maatwerkbudgetCents`); it becomes an investering of the case.'),
  // urgency
  value('laag', 'laag', ['URGENCIES'], 'Urgency: low.'),
  value('normaal', 'normaal', ['URGENCIES'], 'Urgency: normal.'),
  value('hoog', 'hoog', ['URGENCIES'], 'Urgency: high.'),
  value('acuut', 'acuut', ['URGENCIES'], 'Urgency: acute.'),
  // begeleiding (jeugd hoog weekbedrag)
  value('1-op-1 begeleiding', 'een_op_een', ['BEGELEIDING_KINDS'], 'One supervisor for the young person, all the time.'),
  value('2-op-1 begeleiding', 'twee_op_een', ['BEGELEIDING_KINDS'], 'Two supervisors at once, for safety.'),
  // actions and knelpunten
  value('open', 'open', ['ACTION_STATUSES', 'KNELPUNT_STATUSES'], 'Still to do (an action, a knelpunt).'),
  value('gedaan', 'gedaan', ['ACTION_STATUSES'], 'Action status: done.'),
  value('vervallen', 'vervallen', ['ACTION_STATUSES'], 'Action status: no longer needed.'),
  value('doorgezet', 'doorgezet', ['KNELPUNT_STATUSES'], 'Knelpunt status: passed on to wijk-MT or policy.'),
  value('opgelost', 'opgelost', ['KNELPUNT_STATUSES'], 'Knelpunt status: solved.'),
  // leefgebieden (ZRM)
  value('financiën', 'financien', ['LEEFGEBIEDEN', 'RESULTAATGEBIEDEN'], 'Leefgebied: income and money (ZRM Inkomen).'),
  value('dagbesteding', 'dagbesteding', ['LEEFGEBIEDEN', 'RESULTAATGEBIEDEN'], 'Leefgebied: day activities.'),
  value('huisvesting', 'huisvesting', ['LEEFGEBIEDEN', 'RESULTAATGEBIEDEN'], 'Leefgebied: housing.'),
  value('huiselijke relaties', 'huiselijke_relaties', ['LEEFGEBIEDEN'], 'Leefgebied: family relations.'),
  value('geestelijke gezondheid', 'geestelijke_gezondheid', ['LEEFGEBIEDEN'], 'Leefgebied: mental health.'),
  value('lichamelijke gezondheid', 'lichamelijke_gezondheid', ['LEEFGEBIEDEN'], 'Leefgebied: physical health.'),
  value('verslaving', 'verslaving', ['LEEFGEBIEDEN'], 'Leefgebied: addiction.'),
  value('ADL-vaardigheden', 'adl_vaardigheden', ['LEEFGEBIEDEN'], 'Leefgebied: activities of daily living.'),
  value('sociaal netwerk', 'sociaal_netwerk', ['LEEFGEBIEDEN'], 'Leefgebied: social network.'),
  value('maatschappelijke participatie', 'maatschappelijke_participatie', ['LEEFGEBIEDEN'], 'Leefgebied: taking part in society.'),
  value('justitie', 'justitie', ['LEEFGEBIEDEN'], 'Leefgebied: justice.'),
  // household
  value('alleenstaand', 'alleenstaand', ['HOUSEHOLD_TYPES'], 'Household: single.'),
  value('alleenstaand met kinderen', 'alleenstaand_met_kinderen', ['HOUSEHOLD_TYPES'], 'Household: single parent.'),
  value('paar', 'paar', ['HOUSEHOLD_TYPES'], 'Household: couple.'),
  value('paar met kinderen', 'paar_met_kinderen', ['HOUSEHOLD_TYPES'], 'Household: couple with children.'),
  // beleidsregel kinds
  value('plafond weekbedrag jeugd', 'jeugd_weekbedrag_plafond', ['RULE_KINDS'], 'Rule kind: the jeugd cap per week (€ 4.000).'),
  value('plafond weekbedrag Wmo extramuraal', 'wmo_extramuraal_weekbedrag_plafond', ['RULE_KINDS'], 'Rule kind: the Wmo extramural cap per week (€ 800).'),
  value('onderaannemersopslag verboden', 'onderaannemer_opslag_verboden', ['RULE_KINDS'], 'Rule kind: no subcontractor surcharge; has no amount.'),
  // AVG grounds (§5)
  value('toestemming', 'toestemming', ['CONSENT_BASES'], 'AVG art. 6(1)(a): consent of the resident.'),
  value('overeenkomst', 'overeenkomst', ['CONSENT_BASES'], 'AVG art. 6(1)(b): an agreement.'),
  value('wettelijke verplichting', 'wettelijke_verplichting', ['CONSENT_BASES'], 'AVG art. 6(1)(c): a legal obligation.'),
  value('vitaal belang', 'vitaal_belang', ['CONSENT_BASES'], 'AVG art. 6(1)(d): acute danger.'),
  value('wettelijke taak', 'wettelijke_taak', ['CONSENT_BASES'], 'AVG art. 6(1)(e): a public task (Wmo, Jeugdwet).'),
  value('gerechtvaardigd belang', 'gerechtvaardigd_belang', ['CONSENT_BASES'], 'AVG art. 6(1)(f): a legitimate interest.'),
  // Issue #14 items 7–9
  value('tot € 10.000 per jaar', 'tot_10k', ['CARE_COST_BANDS'], 'Care-cost band: under € 10.000 a year.'),
  value('€ 10.000 tot € 50.000 per jaar', 'van_10k_tot_50k', ['CARE_COST_BANDS'], 'Care-cost band: € 10.000 up to € 50.000 a year.'),
  value('€ 50.000 tot € 100.000 per jaar', 'van_50k_tot_100k', ['CARE_COST_BANDS'], 'Care-cost band: € 50.000 up to € 100.000 a year.'),
  value('boven € 100.000 per jaar', 'boven_100k', ['CARE_COST_BANDS'], 'Care-cost band: € 100.000 a year or more.'),
  value('aangekomen', 'aangekomen', ['REFERRAL_ARRIVALS'], 'The referral landed: the resident arrived.'),
  value('niet aangekomen', 'niet_aangekomen', ['REFERRAL_ARRIVALS'], 'The referral did not land.'),
  value('onbekend (aangekomen)', 'onbekend', ['REFERRAL_ARRIVALS'], 'Not (yet) known whether the referral landed.'),
  value('gemeente', 'gemeente', ['TAFEL_PARTIES'], 'The municipality: the payers wmo, jeugd, participatie, schuldhulp and gemeente_overig; also a party at the hoog-weekbedragtafel.'),
  value('zorgaanbieder', 'zorgaanbieder', ['TAFEL_PARTIES'], 'A care provider as a party at the hoog-weekbedragtafel.'),
  value('Gecertificeerde Instelling', 'gecertificeerde_instelling', ['TAFEL_PARTIES'], 'A GI (jeugdbescherming, jeugdreclassering) as a party at the hoog-weekbedragtafel.'),
  value('sociaal en persoonlijk functioneren', 'sociaal_persoonlijk_functioneren', ['RESULTAATGEBIEDEN'], 'Resultaatgebied 1.'),
  value('ondersteuning en regie bij het voeren van een huishouden', 'huishouden', ['RESULTAATGEBIEDEN'], 'Resultaatgebied 2.'),
  value('ondersteuning bij zelfzorg en gezondheid', 'zelfzorg_gezondheid', ['RESULTAATGEBIEDEN'], 'Resultaatgebied 5.'),
  value('mantelzorgondersteuning (met verblijf)', 'mantelzorgondersteuning', ['RESULTAATGEBIEDEN'], 'Resultaatgebied 7.'),
  value('ouderen', 'ouderen', ['CLIENTGROEPEN'], 'Cliëntgroep: older people.'),
  value('lichamelijk beperkten', 'lichamelijk_beperkten', ['CLIENTGROEPEN'], 'Cliëntgroep: physically disabled.'),
  value('verstandelijk beperkten', 'verstandelijk_beperkten', ['CLIENTGROEPEN'], 'Cliëntgroep: intellectually disabled.'),
  value('GGZ en MO extramuraal', 'ggz_mo_extramuraal', ['CLIENTGROEPEN'], 'Cliëntgroep: mental health care and shelter, living at home.'),
  value('GGZ en MO intramuraal', 'ggz_mo_intramuraal', ['CLIENTGROEPEN'], 'Cliëntgroep: mental health care and shelter, residential.'),
  value('zintuiglijk beperkten', 'zintuiglijk_beperkten', ['CLIENTGROEPEN'], 'Cliëntgroep: sensory impaired.'),
];

export const GLOSSARY: readonly GlossaryEntry[] = [...GLOSSARY_CONCEPTS, ...GLOSSARY_VALUES];

/**
 * Names that meant the same concept as a glossary identifier and were renamed to it (issue #7);
 * they must not come back. Old name → the one name now.
 */
export const RETIRED_IDENTIFIERS: Readonly<Record<string, string>> = {
  BeleidsRegel: 'Rule',
  Beleidsregel: 'Rule',
  BeleidsRegelKind: 'RuleKind',
  BELEIDSREGEL_KINDS: 'RULE_KINDS',
  RuleFile: 'Rule',
  prijslijstSchema: 'PriceListCatalogueSchema',
  PrijslijstItem: 'PriceListItemFile',
  InterventieType: 'InterventionTypeFile',
  Escalatiedoel: 'EscalationTargetFile',
};
