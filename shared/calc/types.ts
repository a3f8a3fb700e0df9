/**
 * Inputs of the calculation engine (§3). They are already validated and resolved by the data
 * layer: cost lines carry their price-list values, dates are ISO 'YYYY-MM-DD', money is integer cents.
 */
import type {
  ArrangementDomain,
  ArrangementSetting,
  BesluitOutcome,
  CalculationStatus,
  CaseStatus,
  EscalationInstrument,
  EscalationStatus,
  EscalationTarget,
  EvidenceGrade,
  InterventionStatus,
  Leefgebied,
  Payer,
  ReferralArrival,
  Spoor,
  Unit,
} from '../domain/enums';

/** §3.1 a resolved cost line (item references already replaced by the price-list values). */
export interface CostLine {
  label: string;
  payer: Payer;
  unit: Unit;
  unitCostCents: number;
  quantity: number;
  probabilityPct: number;
  evidence: EvidenceGrade;
  /**
   * The §3.1 amount as the store holds it: computed with costLineAmount, rounded once, when the line
   * was written (and again when its price changed). Given, the engine takes it as it is instead of
   * recomputing the exact product of every line for every report (§7).
   */
  amountCents?: number;
  /**
   * Issue #14 item 4: for care, the setting (extramuraal …) of the provision the line stands for,
   * so a Wmo extramural line above the cap is recognised (shared/calc/beleidBegrensd.ts). Optional.
   */
  setting?: ArrangementSetting;
}

/** §2.4 a kengetal; `unitCostCents: null` means no public source yet, so it cannot be used. */
export interface PriceListItem {
  id: string;
  name: string;
  unit: Unit;
  unitCostCents: number | null;
  payer: Payer;
  evidence: EvidenceGrade;
  source: string;
  year: number;
}

/** §4 a cost line as written in a file: either a price-list `item` or a free `label` line. */
export interface CostLineRef {
  item?: string;
  label?: string;
  payer?: Payer;
  unit?: Unit;
  unitCostCents?: number;
  quantity: number;
  probabilityPct?: number;
  evidence?: EvidenceGrade;
  setting?: ArrangementSetting;
}

export interface InterventionCalc {
  spoor: Spoor;
  type: string;
  status: InterventionStatus;
  oneOffCents: number;
  rateCents: number;
  quantity: number;
  payer: Payer;
  voorliggendVeld: boolean;
  doorbraak: boolean;
  /** When it started; only monitoring (§3.6) uses it, falling back to the case's reference date. */
  startedOn?: string | null;
  /** Issue #14 item 8: whether a referral landed (absent: not followed up yet). */
  referralArrived?: ReferralArrival;
  /** The §3.2 cost as the store holds it (interventionCost when written); used as it is when given. */
  costCents?: number;
}

export interface BesluitCalc {
  outcome: BesluitOutcome;
  instruments: EscalationInstrument[];
  maatwerkbudgetCents?: number;
  payer?: Payer;
  decidedOn: string;
  approvedWeeklyCents?: number;
  reviewOn?: string;
}

export interface EscalationCalc {
  /** The escalation's id (esc-N), when it has one: the register's approval history names it. */
  id?: string;
  target: EscalationTarget;
  status: EscalationStatus;
  submittedOn?: string;
  deadlineOn?: string;
  arrangementId?: string;
  /** §3.5 a hoog-weekbedrag request: the weekbedrag and weeks asked. */
  requestedWeeklyCents?: number;
  requestedWeeks?: number;
  besluit?: BesluitCalc;
}

export interface ArrangementCalc {
  id: string;
  domain: ArrangementDomain;
  setting: ArrangementSetting;
  provider: string;
  weeklyCents: number;
  from: string;
  weeks: number;
  subcontractorSurchargePct?: number;
  /** Issue #14 item 9: the amount per four weeks, when the arrangement is paid so (shared/calc/fourWeekly.ts). */
  fourWeeklyCents?: number;
}

export interface LeefgebiedScore {
  leefgebied: Leefgebied;
  intake: number | null;
  followUp: number | null;
}

export interface CaseCalc {
  code: string;
  wijk: string;
  isSignaal: boolean;
  status: CaseStatus;
  registeredOn: string;
  referenceDate: string | null;
  /** The date the case reached plan_vastgesteld (for the aanmelding → plan lead time). */
  planOn: string | null;
  /**
   * Issue #14 item 6: the first day the case became vastgelopen (status history), or null/absent
   * when it never got stuck. Monitoring counts stuck cases broken through without PRIO.
   */
  stuckOn?: string | null;
  horizonWeeks: number;
  attributionPct: number;
  sporen: Spoor[];
  calculationStatus: CalculationStatus;
  /** Ids of the tafels the case was discussed at. */
  tafels: string[];
  discussedOn: string[];
  reference: CostLine[];
  actual: CostLine[];
  interventions: InterventionCalc[];
  escalations: EscalationCalc[];
  arrangements: ArrangementCalc[];
  scores: LeefgebiedScore[];
}

/**
 * What §3.2–3.3 read of a case's cost lines and interventions, summed (issue #13). The engine sums a
 * CaseCalc's own lines and interventions (caseSums); the businesscase over a large store gets the
 * same sums from SQL over the stored, once-rounded amounts (data/caseSums.ts), so its JavaScript
 * walks a few numbers per case instead of every row. Integer sums: the order does not matter, and
 * a test proves both ways give the same sums on generated datasets.
 */
export interface CaseSums {
  referenceCents: number;
  actualCents: number;
  /** The lines with evidence A only (vermedenZeker). */
  referenceEvidenceACents: number;
  actualEvidenceACents: number;
  /** Per payer: its reference minus its actual lines, and the cost of its counted interventions (no maatwerkbudget). */
  perPayer: Record<Payer, { vermedenKosten: number; investering: number }>;
  /** The counted interventions' cost per spoor; sporen without one are 0. */
  costPerSpoor: Record<Spoor, number>;
  /** The sporen with at least one counted intervention, in SPOREN order (the attribution's fallback). */
  countedSporen: Spoor[];
  /** The sporen of any intervention, counted or not, in SPOREN order (the businesscase's spoor filter). */
  interventionSporen: Spoor[];
  /** How many interventions count, and how many of those are a doorbraak / in the voorliggend veld. */
  counted: number;
  doorbraken: number;
  voorliggendVeld: number;
  /**
   * Issue #14 item 4: the reference lines an active beleidsregel could cap (jeugd, or Wmo
   * extramural, priced per week, day or night — mayBePolicyCapped in beleidBegrensd.ts), whole;
   * every other line is summed only. Few lines per case, so the businesscase reads them as rows.
   */
  cappableReference: PolicyCapCandidate[];
  /**
   * §3.8 the counted interventions' cost per payer and start day (a day number; null: no start day,
   * booked on the reference date): the kalenderjaar view books investering on the day it fell. Integer sums of the
   * once-rounded costs, so summing per day changes no cent.
   */
  countedCostByStart: CountedCostOnDay[];
}

/**
 * The counted interventions of one payer that started on one day, their cost summed; the day as
 * its day number (toDayNumber, dates.ts), null without a start day. A tuple of numbers, not an
 * object with a date text: a businesscase reads tens of thousands (issue #13), stored as they are.
 */
export type CountedCostOnDay = readonly [payer: Payer, startedOnDay: number | null, cents: number];

/** The fields of a reference line that "waarvan al begrensd door beleid" reads. */
export type PolicyCapCandidate = Pick<CostLine, 'payer' | 'unit' | 'unitCostCents' | 'quantity' | 'probabilityPct' | 'setting'>;

/** A case for the §3.3 businesscase whose lines and interventions come summed; scores are not read. */
export type SummedCaseCalc = Omit<CaseCalc, 'reference' | 'actual' | 'interventions' | 'scores'> & { sums: CaseSums };

/** What the businesscase accepts: a whole case, or one with its sums. */
export type BusinesscaseCase = CaseCalc | SummedCaseCalc;
