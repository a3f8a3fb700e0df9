/** A case (casus or signaal) as it travels in an interchange file (PRODUCT.md §2.1, §4). */
import { z } from 'zod';
import { CALCULATION_STATUSES, CARE_COST_BANDS, CASE_STATUSES, HOUSEHOLD_TYPES, LEEFGEBIEDEN, SPOREN, TREDEN_PER_RESULTAATGEBIED } from '../domain/enums';
import { weeklyFromFourWeekly } from '../calc/fourWeekly';
import { isClosedStatus } from '../domain/retention';
import { ArrangementSchema, CostLineSchema, EscalationSchema, InterventionSchema } from './caseParts';
import { caseCode, identifier, isoDate, isoDateTime, longText, percentage, shortText } from './primitives';
import { CONSENT_BASES, STATUSES_WITHOUT_REFERENCE_DATE } from './vocabulary';

const PersonSchema = z.strictObject({
  /** Dropped in a pseudonymised export (§5), hence optional. */
  name: shortText.optional(),
  organisation: shortText.optional(),
});

const ConsentSchema = z.strictObject({
  basis: z.enum(CONSENT_BASES),
  recordedOn: isoDate,
  /** Per partner: may this partner see the case? (absent for a legal basis without consent) */
  scope: z.array(z.strictObject({ partner: shortText, granted: z.boolean() })).optional(),
});

const score = z.number().int('Score is een geheel getal van 1 tot 5.').min(1, 'Score is 1 tot 5.').max(5, 'Score is 1 tot 5.');

const ScoreSchema = z.strictObject({
  leefgebied: z.enum(LEEFGEBIEDEN),
  intake: score.nullable(),
  followUp: score.nullable(),
});

const StatusChangeSchema = z.strictObject({
  from: z.enum(CASE_STATUSES).nullable(),
  to: z.enum(CASE_STATUSES),
  at: isoDateTime,
  /** Who changed it and why; dropped in a pseudonymised export. */
  by: shortText.optional(),
  why: longText.optional(),
});

/** §3.2 the price-list version a calculation uses, and when/by whom the tafel fixed it. */
const CalculationSchema = z.strictObject({
  priceListVersion: identifier,
  fixedOn: isoDate.optional(),
  fixedBy: shortText.optional(),
});

const AGE_BAND = /^(\d{1,3}-\d{1,3}|\d{1,3}\+)$/;

/**
 * The fields of the §4 example are the required core; everything else is optional so that data
 * from other sources can be imported with what it has.
 *
 * `referenceDate` (the first tafel discussion) may be null only for a signaal or a case that is
 * still `aangemeld`/`geagendeerd`: those have not been discussed yet. `alias` and `birthYear` are
 * optional because a signaal has neither (until consent) and a pseudonymised export drops them.
 */
export const CaseSchema = z
  .strictObject({
    code: caseCode,
    wijk: shortText,
    alias: shortText.optional(),
    birthYear: z.number().int('Geboortejaar is een jaartal.').min(1900, 'Geboortejaar moet na 1900 liggen.').max(2100, 'Geboortejaar is niet plausibel.').optional(),
    /** Instead of a birth year (data minimisation, pseudonymised exports): e.g. '30-39' or '80+'. */
    ageBand: z.string().regex(AGE_BAND, "Leeftijdsgroep heeft de vorm '30-39' of '80+'.").optional(),
    registeredOn: isoDate,
    referenceDate: isoDate.nullable(),
    horizonWeeks: z.number().int('Horizon is een geheel aantal weken.').min(1, 'Horizon is minimaal 1 week.').max(520, 'Horizon is maximaal 520 weken.'),
    attributionPct: percentage,
    sporen: z.array(z.enum(SPOREN)),
    status: z.enum(CASE_STATUSES),
    calculationStatus: z.enum(CALCULATION_STATUSES),
    reference: z.array(CostLineSchema),
    actual: z.array(CostLineSchema),
    interventions: z.array(InterventionSchema),
    arrangements: z.array(ArrangementSchema),
    escalations: z.array(EscalationSchema),
    isSignaal: z.boolean().optional(),
    casusregisseur: PersonSchema.optional(),
    aanmelder: PersonSchema.optional(),
    aanleiding: longText.optional(),
    doel: longText.optional(),
    household: z.enum(HOUSEHOLD_TYPES).optional(),
    householdSize: z.number().int('Aantal personen is een geheel getal.').min(1, 'Minimaal 1 persoon.').max(30, 'Maximaal 30 personen.').optional(),
    consent: ConsentSchema.optional(),
    /**
     * §5 the last day of the retention period of a closed case (shared/domain/retention.ts); only an
     * afgesloten or ingetrokken case has one. A case imported closed without it gets one computed.
     */
    retentionUntil: isoDate.optional(),
    /** §2.1 the next time the tafel looks at the case; once it has come, the agenda proposal offers it. */
    followUpOn: isoDate.optional(),
    scores: z.array(ScoreSchema).optional(),
    notes: longText.optional(),
    statusHistory: z.array(StatusChangeSchema).optional(),
    calculation: CalculationSchema.optional(),
    /** Issue #14 item 7: the expected care costs per year, estimated at the aanmelding. */
    careCostBand: z.enum(CARE_COST_BANDS).optional(),
    /** Issue #14 item 7: the sporen the tafel has considered ("overwogen"), in the order of SPOREN. */
    sporenConsidered: z.array(z.enum(SPOREN)).optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const signaal = c.isSignaal === true;
    if (signaal && c.consent === undefined) {
      // §2.1/§5: a signaal is pseudonymous until the resident has consented.
      if (c.alias !== undefined) issue(['alias'], 'Een signaal heeft geen alias zolang er geen toestemming is vastgelegd; laat alias weg of leg eerst de toestemming vast.');
      if (c.birthYear !== undefined) issue(['birthYear'], 'Een signaal heeft geen geboortejaar zolang er geen toestemming is vastgelegd; laat birthYear weg of leg eerst de toestemming vast.');
    }
    if (c.birthYear !== undefined && c.ageBand !== undefined) {
      issue(['ageBand'], 'Geef een geboortejaar óf een leeftijdsgroep, niet allebei.');
    }
    if (c.birthYear !== undefined && c.birthYear > Number(c.registeredOn.slice(0, 4))) {
      issue(['birthYear'], 'Geboortejaar ligt na de aanmelddatum; controleer het jaartal.');
    }
    if (c.referenceDate === null && !signaal && !STATUSES_WITHOUT_REFERENCE_DATE.includes(c.status)) {
      issue(['referenceDate'], 'Een besproken casus heeft een referentiedatum (de eerste bespreking aan tafel) nodig.');
    }
    if (c.retentionUntil !== undefined && !isClosedStatus(c.status)) {
      issue(['retentionUntil'], "Alleen een afgesloten of ingetrokken casus heeft een bewaartermijn; laat retentionUntil weg of geef de casus de status 'afgesloten' of 'ingetrokken'.");
    }
    if (!signaal && c.sporen.length === 0) issue(['sporen'], 'Kies minstens één spoor.');
    reportDuplicates(c.sporen, (i) => issue(['sporen', i], 'Dit spoor staat er dubbel in.'));
    reportDuplicates(c.scores?.map((s) => s.leefgebied) ?? [], (i) => issue(['scores', i, 'leefgebied'], 'Dit leefgebied heeft al een score.'));
    reportDuplicates(c.arrangements.map((a) => a.id), (i) => issue(['arrangements', i, 'id'], 'Dit arrangement-id komt al eerder voor in deze casus.'));
    reportDuplicates(c.interventions.map((v) => v.id), (i) => issue(['interventions', i, 'id'], 'Dit interventie-id komt al eerder voor in deze casus.'));
    reportDuplicates(c.escalations.map((e) => e.id), (i) => issue(['escalations', i, 'id'], 'Dit escalatie-id komt al eerder voor in deze casus.'));
    reportDuplicates(c.sporenConsidered ?? [], (i) => issue(['sporenConsidered', i], 'Dit spoor staat er al als overwogen in.'));
    c.interventions.forEach((v, i) => {
      if (v.voorliggendVeld) return;
      for (const field of ['referralArrived', 'referralCheckedOn'] as const) {
        if (v[field] !== undefined) issue(['interventions', i, field], 'Alleen een verwijzing naar het voorliggend veld heeft een opvolging (aangekomen); zet voorliggendVeld aan of laat dit veld weg.');
      }
    });
    c.arrangements.forEach((a, i) => {
      if (a.trede !== undefined) {
        if (a.resultaatgebied === undefined) issue(['arrangements', i, 'trede'], 'Een trede hoort bij een resultaatgebied; kies eerst het resultaatgebied.');
        else if (a.trede > TREDEN_PER_RESULTAATGEBIED[a.resultaatgebied]) {
          issue(['arrangements', i, 'trede'], `Dit resultaatgebied heeft ${String(TREDEN_PER_RESULTAATGEBIED[a.resultaatgebied])} treden; kies een trede van 1 tot en met ${String(TREDEN_PER_RESULTAATGEBIED[a.resultaatgebied])}.`);
        }
      }
      if (a.fourWeeklyCents !== undefined && a.weeklyCents !== weeklyFromFourWeekly(a.fourWeeklyCents)) {
        issue(['arrangements', i, 'weeklyCents'], `Het weekbedrag van een bedrag per vier weken is een kwart ervan (${String(weeklyFromFourWeekly(a.fourWeeklyCents))} cent); pas weeklyCents aan of laat fourWeeklyCents weg.`);
      }
    });
    const arrangementIds = new Set(c.arrangements.map((a) => a.id));
    c.escalations.forEach((e, i) => {
      if (e.arrangementId !== undefined && !arrangementIds.has(e.arrangementId)) {
        issue(['escalations', i, 'arrangementId'], `Arrangement '${e.arrangementId}' bestaat niet in deze casus; gebruik het id van een arrangement van dezelfde casus.`);
      }
    });
  });

/** Calls `report(index)` for every value that already occurred earlier (undefined is never a duplicate). */
export function reportDuplicates(values: readonly (string | undefined)[], report: (index: number) => void): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    if (seen.has(value)) report(index);
    seen.add(value);
  });
}

export type CaseFile = z.infer<typeof CaseSchema>;
