/**
 * §3.5 the weekbedrag flags of one arrangement as the form is filled in. The flags come from the
 * server's own engine (`checkArrangements`) on the same inputs the server feeds it — the case's
 * escalations, the beleidsregels, today's date — so the flag on screen is the flag in the register
 * and in cases:rendement. Only the amount shown beside a flag (the cap, the approved maximum) is
 * looked up here, with the engine's own rule lookups.
 */
import { capInForce, type Rule } from '../../../../shared/calc/beleidsregels';
import type { BesluitCalc, EscalationCalc } from '../../../../shared/calc/types';
import { approvalFor, checkArrangements, type Approval, type ApprovalStatus, type WeekbedragFlag } from '../../../../shared/calc/weekbedrag';
import type { CaseFile, EscalationFile } from '../../../../shared/interchange';

type ArrangementFile = CaseFile['arrangements'][number];

export interface FlagNotice {
  flag: WeekbedragFlag;
  /** The amount the weekbedrag is above (cents per week); null for the surcharge ban. */
  limitCents: number | null;
}

/** A stored escalation as the engine reads it (electron/core/data/caseCalcs.ts does the same from the rows). */
export function toEscalationCalc(e: EscalationFile): EscalationCalc {
  const out: EscalationCalc = { target: e.target, status: e.status };
  if (e.id !== undefined) out.id = e.id;
  if (e.submittedOn !== undefined) out.submittedOn = e.submittedOn;
  if (e.deadlineOn !== undefined) out.deadlineOn = e.deadlineOn;
  if (e.arrangementId !== undefined) out.arrangementId = e.arrangementId;
  if (e.requestedWeeklyCents !== undefined) out.requestedWeeklyCents = e.requestedWeeklyCents;
  if (e.requestedWeeks !== undefined) out.requestedWeeks = e.requestedWeeks;
  if (e.besluit !== undefined) {
    const b = e.besluit;
    const besluit: BesluitCalc = { outcome: b.outcome, instruments: b.instruments ?? [], decidedOn: b.decidedOn };
    if (b.maatwerkbudgetCents !== undefined) besluit.maatwerkbudgetCents = b.maatwerkbudgetCents;
    if (b.payer !== undefined) besluit.payer = b.payer;
    if (b.approvedWeeklyCents !== undefined) besluit.approvedWeeklyCents = b.approvedWeeklyCents;
    if (b.reviewOn !== undefined) besluit.reviewOn = b.reviewOn;
    out.besluit = besluit;
  }
  return out;
}

/** The flags this arrangement gets, each with the amount it exceeds. */
export function flagNotices(
  caseCode: string,
  arrangement: ArrangementFile,
  escalations: readonly EscalationFile[],
  rules: readonly Rule[],
  today: string,
): FlagNotice[] {
  const calcs = escalations.map(toEscalationCalc);
  const [checked] = checkArrangements(caseCode, [arrangement], calcs, rules, today);
  return (checked?.flags ?? []).map((flag) => ({ flag, limitCents: limitOf(flag, arrangement, calcs, rules) }));
}

function limitOf(flag: WeekbedragFlag, a: ArrangementFile, escalations: readonly EscalationCalc[], rules: readonly Rule[]): number | null {
  switch (flag) {
    case 'jeugd_boven_plafond_zonder_besluit':
      return capInForce(rules, 'jeugd_weekbedrag_plafond', a.from);
    case 'boven_goedgekeurd_maximum':
      return approvalFor(a.id, escalations).besluit?.approvedWeeklyCents ?? null;
    case 'wmo_extramuraal_boven_plafond':
      return capInForce(rules, 'wmo_extramuraal_weekbedrag_plafond', a.from);
    case 'onderaannemer_opslag':
      return null;
    default: {
      const unreachable: never = flag;
      throw new Error(`Onbekende toets: ${String(unreachable)}`);
    }
  }
}

/**
 * The approval of a jeugd arrangement as the register reads it: its state and the besluit that
 * decides it (the approved maximum, the review date); null for Wmo, which needs none.
 */
export function approvalOf(a: ArrangementFile, escalations: readonly EscalationFile[]): Approval | null {
  return a.domain === 'jeugd' ? approvalFor(a.id, escalations.map(toEscalationCalc)) : null;
}

/** The approval state of a jeugd arrangement (the register's column); null for Wmo, which needs none. */
export function approvalStatusOf(a: ArrangementFile, escalations: readonly EscalationFile[]): ApprovalStatus | null {
  return approvalOf(a, escalations)?.status ?? null;
}

/**
 * arr-1, arr-2, …: one past the highest arr-N of this case, so a new arrangement sorts after the
 * others and never takes the id of one that exists (arrangements:save would replace that one).
 */
export function nextArrangementId(existing: readonly { id: string }[]): string {
  let highest = 0;
  for (const { id } of existing) {
    const m = /^arr-(\d+)$/.exec(id);
    if (m?.[1] !== undefined) highest = Math.max(highest, Number(m[1]));
  }
  return `arr-${String(highest + 1)}`;
}
