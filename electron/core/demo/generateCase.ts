/**
 * One generated case (issue #13 item 1): a plausible history rather than random fields. The dates
 * follow one line — aanmelding, the first tafel discussion (the reference date, §3.2), the plan,
 * the interventions, escalations submitted after the discussion and decided after submission —
 * and nothing happens after `today`. Amounts come from the demo price list (demoCatalogue.ts);
 * arrangements are sometimes above the §3.5 caps, as the register must show.
 */
import type { CaseStatus, Payer, Spoor, Unit } from '../../../shared/domain/enums';
import { HOUSEHOLD_TYPES, LEEFGEBIEDEN, SPOREN } from '../../../shared/domain/enums';
import type { CaseFile } from '../../../shared/interchange/caseFile';
import type { CostLineFile, EscalationFile, InterventionFile } from '../../../shared/interchange/caseParts';
import type { InterventionTypeFile, PriceListItemFile } from '../../../shared/interchange/catalogues';
import { addDays } from '../../../shared/calc/dates';
import type { Rng } from './prng';

export interface CaseContext {
  rng: Rng;
  today: string;
  /** The price list's items that have an amount. */
  pricedItems: readonly PriceListItemFile[];
  typesBySpoor: ReadonlyMap<Spoor, readonly InterventionTypeFile[]>;
  priceListVersion: string;
  /** Mean number of interventions of a discussed case. */
  interventionsPerCase: number;
  /** Hands out escalation ids unique in the whole file. */
  nextEscalationId: () => string;
}

export interface CaseSeed {
  code: string;
  wijk: string;
  registeredOn: string;
  /** The first tafel discussion, or null when the case has not been discussed (yet). */
  referenceDate: string | null;
  regisseur: { name: string; organisation: string };
}

/** §3.5 the jeugd cap of the shipped rule (€ 4.000 a week); Wmo extramural weekbedragen range across its € 800. */
const JEUGD_CAP_CENTS = 400_000;

const PAYER_BY_SPOOR: Readonly<Record<Spoor, readonly Payer[]>> = {
  samenredzaamheid: ['wmo', 'zvw', 'gemeente_overig'],
  wonen: ['woningcorporatie', 'gemeente_overig', 'wmo'],
  werk_dagbesteding: ['participatie', 'gemeente_overig'],
  financiele_zekerheid: ['schuldhulp', 'participatie', 'gemeente_overig'],
};

const PROVIDERS = ['Jeugdzorg Maasoever (fictief)', 'Zorggroep Noord (fictief)', 'Begeleiding Zuid (fictief)', 'Stichting Thuis (fictief)'];

/** Caps a date at today: a generated event never lies in the future. */
function notAfter(date: string, today: string): string {
  return date > today ? today : date;
}

function quantityFor(rng: Rng, unit: Unit, share: number): number {
  const base = ((): number => {
    switch (unit) {
      case 'week':
        return rng.int(8, 52);
      case 'dag':
        return rng.int(10, 90);
      case 'nacht':
        return rng.int(20, 180);
      case 'maand':
        return rng.int(3, 12);
      case 'uur':
        return rng.int(10, 80);
      case 'jaar':
      case 'eenmalig':
        return 1;
      default: {
        const never: never = unit;
        throw new Error(`unknown unit ${String(never)}`);
      }
    }
  })();
  if (base === 1) return 1;
  // Halves, as a tafel writes 2,5 weken; never below one unit.
  return Math.max(1, Math.round(base * share * 2) / 2);
}

function costLines(ctx: CaseContext, count: number, share: number, withProbability: boolean): CostLineFile[] {
  const { rng } = ctx;
  const lines: CostLineFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = rng.pick(ctx.pricedItems);
    const line: CostLineFile = { item: item.id, quantity: quantityFor(rng, item.unit, share) };
    const pct = withProbability ? rng.pick([40, 50, 60, 70, 80, 90, 100, 100]) : 100;
    // Canonical form (data/README.md): a probability of 100 % is left implicit.
    if (pct !== 100) line.probabilityPct = pct;
    lines.push(line);
  }
  return lines;
}

function interventions(ctx: CaseContext, sporen: readonly Spoor[], referenceDate: string): InterventionFile[] {
  const { rng, today } = ctx;
  const mean = ctx.interventionsPerCase;
  const count = Math.max(1, rng.int(mean - 4, mean + 4));
  const out: InterventionFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const spoor = rng.pick(sporen);
    const type = rng.pick(ctx.typesBySpoor.get(spoor) ?? []);
    const status = rng.weighted([
      ['voorgesteld', 15],
      ['ingezet', 40],
      ['afgerond', 35],
      ['afgebroken', 10],
    ] as const);
    const unit = rng.pick(['week', 'maand', 'uur'] as const);
    const v: InterventionFile = {
      id: `int-${String(i + 1)}`,
      spoor,
      type: type.id,
      status,
      oneOffCents: rng.chance(0.6) ? 0 : rng.int(25, 1500) * 100,
      rateCents: unit === 'uur' ? rng.int(60, 120) * 100 : rng.int(20, 400) * 100,
      unit,
      quantity: unit === 'uur' ? rng.int(4, 40) : rng.int(2, 52) / 2,
      payer: rng.pick(PAYER_BY_SPOOR[spoor]),
      voorliggendVeld: rng.chance(0.2),
      doorbraak: false,
    };
    if (status !== 'voorgesteld') {
      const started = notAfter(addDays(referenceDate, rng.int(0, 60)), today);
      v.startedOn = started;
      if (status !== 'ingezet') v.endedOn = notAfter(addDays(started, rng.int(14, 180)), today);
    }
    if (rng.chance(0.04)) {
      v.doorbraak = true;
      v.doorbraakRule = rng.pick(['Kostendelersnorm', 'Urgentieverordening', 'Wachttijd schuldhulpverlening']);
      v.doorbraakLegalBasis = 'Hardheidsclausule van de regeling (demo)';
      v.doorbraakAllowedBy = 'Wijkmanager (demo)';
    }
    out.push(v);
  }
  return out;
}

/** A maatwerkbudget or netwerk escalation, submitted after the discussion and decided after that. */
function tafelEscalation(ctx: CaseContext, referenceDate: string, open: boolean): EscalationFile {
  const { rng, today } = ctx;
  const target = rng.chance(0.35) ? 'prio' : 'netwerk';
  const submittedOn = notAfter(addDays(referenceDate, rng.int(7, 60)), today);
  const decidedOn = addDays(submittedOn, rng.int(2, 20));
  const e: EscalationFile = {
    id: ctx.nextEscalationId(),
    target,
    status: 'ingediend',
    urgency: rng.weighted([
      ['normaal', 70],
      ['hoog', 25],
      ['acuut', 5],
    ] as const),
    submittedOn,
    deadlineOn: addDays(submittedOn, target === 'prio' ? 21 : 14),
    question: target === 'prio' ? 'Maatwerkbudget om de huurachterstand op te lossen (demo).' : 'Sparren over een doorbraak in het netwerk (demo).',
    consentChecked: true,
  };
  if (open || decidedOn > today) {
    e.status = rng.chance(0.5) ? 'ingediend' : 'in_behandeling';
    return e;
  }
  e.status = 'afgerond';
  if (target === 'netwerk') {
    e.besluit = { outcome: 'toegekend', instruments: ['sparren_verbinden'], decidedOn };
    return e;
  }
  const outcome = rng.weighted([
    ['toegekend', 55],
    ['deels_toegekend', 25],
    ['afgewezen', 20],
  ] as const);
  e.requestedBudgetCents = rng.int(5, 60) * 10_000;
  e.besluit =
    outcome === 'afgewezen'
      ? { outcome, decidedOn }
      : {
          outcome,
          instruments: ['maatwerkbudget'],
          maatwerkbudgetCents: outcome === 'toegekend' ? e.requestedBudgetCents : Math.round(e.requestedBudgetCents / 20_000) * 10_000,
          decidedOn,
        };
  return e;
}

/** Arrangements, some above the §3.5 caps; a jeugd one above the cap mostly has its hoog-weekbedrag request. */
function arrangementsOf(ctx: CaseContext, c: CaseFile, referenceDate: string): void {
  const { rng, today } = ctx;
  const kind = rng.weighted([
    ['none', 80],
    ['jeugd', 12],
    ['wmo', 8],
  ] as const);
  if (kind === 'none') return;
  const from = notAfter(addDays(referenceDate, rng.int(0, 30)), today);
  const weeks = rng.int(8, 52) / 2;
  const id = 'arr-1';
  if (kind === 'wmo') {
    c.arrangements.push({ id, domain: 'wmo', setting: 'extramuraal', provider: rng.pick(PROVIDERS), weeklyCents: rng.int(30, 140) * 1000, from, weeks });
    return;
  }
  const weeklyCents = rng.int(15, 65) * 10_000;
  const setting = rng.pick(['extramuraal', 'semimuraal', 'intramuraal'] as const);
  c.arrangements.push({
    id,
    domain: 'jeugd',
    setting,
    provider: rng.pick(PROVIDERS),
    weeklyCents,
    from,
    weeks,
    ...(rng.chance(0.03) ? { subcontractorSurchargePct: rng.int(5, 15) } : {}),
  });
  if (weeklyCents <= JEUGD_CAP_CENTS || rng.chance(0.25)) return;
  // Asked before the arrangement starts, but never before the tafel discussed the case.
  const asked = addDays(from, -rng.int(3, 14));
  const submittedOn = notAfter(asked < referenceDate ? referenceDate : asked, today);
  const decidedOn = addDays(submittedOn, rng.int(3, 14));
  const e: EscalationFile = {
    id: ctx.nextEscalationId(),
    target: 'jeugd_weekbedrag',
    status: 'ingediend',
    submittedOn,
    deadlineOn: addDays(submittedOn, 21),
    arrangementId: id,
    begeleiding: rng.chance(0.8) ? 'een_op_een' : 'twee_op_een',
    requestedWeeklyCents: weeklyCents,
    requestedWeeks: weeks,
    whyNotArrangementenmodel: 'Eén-op-één begeleiding is nodig; het arrangementenmodel kent dit niet (demo).',
    consentChecked: true,
  };
  if (decidedOn <= today) {
    const outcome = rng.weighted([
      ['toegekend', 60],
      ['deels_toegekend', 30],
      ['afgewezen', 10],
    ] as const);
    e.status = 'afgerond';
    e.besluit =
      outcome === 'afgewezen'
        ? { outcome, decidedOn }
        : {
            outcome,
            approvedWeeklyCents: outcome === 'toegekend' ? weeklyCents : Math.max(JEUGD_CAP_CENTS, weeklyCents - rng.int(1, 10) * 10_000),
            decidedOn,
            reviewOn: addDays(decidedOn, 91),
          };
  }
  c.escalations.push(e);
}

type Step = readonly [CaseStatus, number];

/** The status path to `status` (§2.1 state machine) with the days after the reference date of each step. */
function pathTo(rng: Rng, status: CaseStatus): Step[] {
  const plan: Step = ['plan_vastgesteld', rng.int(7, 30)];
  const uitvoering: Step = ['in_uitvoering', plan[1] + rng.int(1, 7)];
  switch (status) {
    case 'aangemeld':
    case 'geagendeerd':
    case 'in_behandeling':
      return [];
    case 'plan_vastgesteld':
      return [plan];
    case 'in_uitvoering':
      return [plan, uitvoering];
    case 'afgesloten':
      return [plan, uitvoering, ['afgesloten', uitvoering[1] + rng.int(60, 300)]];
    case 'vastgelopen':
    case 'geescaleerd':
    case 'ingetrokken':
      return [[status, rng.int(5, 40)]];
    default: {
      const never: never = status;
      throw new Error(`unknown status ${String(never)}`);
    }
  }
}

function statusHistory(rng: Rng, seed: CaseSeed, status: CaseStatus, today: string): NonNullable<CaseFile['statusHistory']> {
  const at = (date: string) => `${notAfter(date, today)}T09:00:00Z`;
  const history: NonNullable<CaseFile['statusHistory']> = [{ from: null, to: 'aangemeld', at: at(seed.registeredOn) }];
  if (status === 'aangemeld') return history;
  const ref = seed.referenceDate;
  history.push({ from: 'aangemeld', to: 'geagendeerd', at: at(addDays(seed.registeredOn, 1)) });
  if (ref === null || status === 'geagendeerd') return history;
  history.push({ from: 'geagendeerd', to: 'in_behandeling', at: at(ref) });
  let from: CaseStatus = 'in_behandeling';
  for (const [to, days] of pathTo(rng, status)) {
    history.push({ from, to, at: at(addDays(ref, days)) });
    from = to;
  }
  return history;
}

/** The case's status, weighted by how long ago it was discussed (a case closes after months). */
function statusOf(rng: Rng, referenceDate: string | null, today: string): CaseStatus {
  if (referenceDate === null) return rng.chance(0.5) ? 'aangemeld' : 'geagendeerd';
  const old = addDays(referenceDate, 180) <= today;
  return rng.weighted<CaseStatus>([
    ['in_behandeling', old ? 3 : 15],
    ['plan_vastgesteld', old ? 2 : 10],
    ['in_uitvoering', 30],
    ['afgesloten', old ? 45 : 2],
    ['vastgelopen', 5],
    ['geescaleerd', 6],
    ['ingetrokken', 4],
  ]);
}

export function generateCase(ctx: CaseContext, seed: CaseSeed, signaal: boolean): CaseFile {
  const { rng, today } = ctx;
  const jeugd = rng.chance(0.2);
  const base: CaseFile = {
    code: seed.code,
    wijk: seed.wijk,
    registeredOn: seed.registeredOn,
    referenceDate: signaal ? null : seed.referenceDate,
    horizonWeeks: rng.weighted([
      [52, 85],
      [26, 10],
      [104, 5],
    ] as const),
    attributionPct: rng.pick([50, 60, 70, 80, 90, 100, 100]),
    sporen: [],
    status: 'aangemeld',
    calculationStatus: 'concept',
    reference: [],
    actual: [],
    interventions: [],
    arrangements: [],
    escalations: [],
  };
  if (signaal) return { ...base, isSignaal: true, sporen: [rng.pick(SPOREN)] };

  const status = statusOf(rng, seed.referenceDate, today);
  const c: CaseFile = {
    ...base,
    alias: `${String.fromCharCode(65 + rng.int(0, 25))}.`,
    birthYear: jeugd ? rng.int(2006, 2018) : rng.int(1945, 2004),
    status,
    casusregisseur: seed.regisseur,
    household: rng.pick(HOUSEHOLD_TYPES),
    householdSize: rng.int(1, 6),
    consent: { basis: rng.chance(0.85) ? 'toestemming' : 'wettelijke_taak', recordedOn: seed.registeredOn },
    statusHistory: statusHistory(rng, seed, status, today),
  };
  const sporen = SPOREN.filter(() => rng.chance(0.45));
  c.sporen = sporen.length > 0 ? sporen : [rng.pick(SPOREN)];
  c.reference = costLines(ctx, rng.int(2, 4), 1, true);
  const ref = seed.referenceDate;
  if (ref === null) return c;

  c.actual = costLines(ctx, rng.int(0, 3), 0.4, false);
  c.interventions = interventions(ctx, c.sporen, ref);
  c.scores = LEEFGEBIEDEN.filter(() => rng.chance(0.25)).map((leefgebied) => {
    const intake = rng.int(1, 3);
    return { leefgebied, intake, followUp: status === 'afgesloten' || status === 'in_uitvoering' ? Math.min(5, intake + rng.int(0, 2)) : null };
  });
  arrangementsOf(ctx, c, ref);
  if (status === 'geescaleerd' || rng.chance(0.12)) c.escalations.push(tafelEscalation(ctx, ref, status === 'geescaleerd'));
  if (status === 'afgesloten' || (status === 'in_uitvoering' && rng.chance(0.3))) {
    c.calculationStatus = 'vastgesteld';
    c.calculation = { priceListVersion: ctx.priceListVersion, fixedOn: notAfter(addDays(ref, rng.int(30, 120)), today), fixedBy: `Tafel ${seed.wijk} (voorzitter)` };
  }
  if (status !== 'afgesloten' && status !== 'ingetrokken' && rng.chance(0.3)) c.followUpOn = addDays(ref, rng.int(14, 120));
  return c;
}
