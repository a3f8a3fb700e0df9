/** §3.5 weekbedrag rules: flags per arrangement and the jeugd hoog-weekbedrag register. */
import { GRANTING_OUTCOMES, type BesluitOutcome, type EscalationStatus } from '../domain/enums';
import { capInForce, ruleInForce, type Rule } from './beleidsregels';
import { daysBetween } from './dates';
import { costAboveCap, isAboveWeeklyCap, surchargeCents } from './fourWeekly';
import { addCents, assertCents } from './money';
import type { ArrangementCalc, BesluitCalc, CaseCalc, EscalationCalc } from './types';

export { type Rule } from './beleidsregels';

export type WeekbedragFlag =
  | 'jeugd_boven_plafond_zonder_besluit'
  | 'boven_goedgekeurd_maximum'
  | 'wmo_extramuraal_boven_plafond'
  | 'onderaannemer_opslag';

export interface ArrangementFlags {
  caseCode: string;
  arrangementId: string;
  flags: WeekbedragFlag[];
}

export type ApprovalStatus = 'toegekend' | 'deels_toegekend' | 'afgewezen' | 'aangevraagd' | 'geen_aanvraag';

export interface Approval {
  status: ApprovalStatus;
  /** The besluit that decides the status (the most recent one), if any. */
  besluit: BesluitCalc | null;
}

/** A request still on its way: submitted (or sent back for more information), not yet decided. */
const PENDING = new Set<EscalationCalc['status']>(['ingediend', 'in_behandeling', 'teruggelegd']);

/**
 * The approval state of one arrangement from its jeugd_weekbedrag escalations. The most recent
 * besluit decides (a review that ends in afgewezen revokes an earlier toekenning); without a
 * besluit a submitted request is 'aangevraagd'. A concept or a withdrawn request is no request.
 */
export function approvalFor(arrangementId: string, escalations: readonly EscalationCalc[]): Approval {
  const requests = escalations.filter((e) => e.target === 'jeugd_weekbedrag' && e.arrangementId === arrangementId);
  let latest: BesluitCalc | null = null;
  for (const e of requests) {
    // `>=` so that of two besluiten on the same day the later one in the list wins.
    if (e.besluit !== undefined && (latest === null || e.besluit.decidedOn >= latest.decidedOn)) latest = e.besluit;
  }
  if (latest !== null) return { status: latest.outcome, besluit: latest };
  return { status: requests.some((e) => PENDING.has(e.status)) ? 'aangevraagd' : 'geen_aanvraag', besluit: null };
}

/** A submitted hoog-weekbedrag request in the approval history. */
interface ApprovalRequestEntry {
  kind: 'aanvraag';
  escalationId: string | null;
  /** The day it was (last) submitted. */
  on: string;
  requestedWeeklyCents: number | null;
  requestedWeeks: number | null;
  /** Where the request stands now (ingediend … afgerond, or ingetrokken). */
  status: EscalationStatus;
}

/** A besluit on a hoog-weekbedrag request in the approval history. */
interface ApprovalBesluitEntry {
  kind: 'besluit';
  escalationId: string | null;
  on: string;
  outcome: BesluitOutcome;
  approvedWeeklyCents: number | null;
  reviewOn: string | null;
  /** The besluit approvalFor takes: the most recent one, which decides the status today. */
  decides: boolean;
}

export type ApprovalHistoryEntry = ApprovalRequestEntry | ApprovalBesluitEntry;

/**
 * §3.5 every request and besluit of one arrangement over time (the register's approval history),
 * not only the one that decides: oldest first by date; on one day the requests before the
 * besluiten, each in the order of the case's escalations — the order approvalFor reads them, so
 * the besluit marked `decides` is the last besluit in the list. A concept was never submitted and is
 * no request; a withdrawn one that was submitted stays, with its status.
 */
export function approvalHistory(arrangementId: string, escalations: readonly EscalationCalc[]): ApprovalHistoryEntry[] {
  const deciding = approvalFor(arrangementId, escalations).besluit;
  const entries: { entry: ApprovalHistoryEntry; position: number; step: number }[] = [];
  escalations.forEach((e, position) => {
    if (e.target !== 'jeugd_weekbedrag' || e.arrangementId !== arrangementId) return;
    const escalationId = e.id ?? null;
    if (e.submittedOn !== undefined) {
      entries.push({
        position,
        step: 0,
        entry: {
          kind: 'aanvraag',
          escalationId,
          on: e.submittedOn,
          requestedWeeklyCents: e.requestedWeeklyCents ?? null,
          requestedWeeks: e.requestedWeeks ?? null,
          status: e.status,
        },
      });
    }
    const b = e.besluit;
    if (b !== undefined) {
      entries.push({
        position,
        step: 1,
        entry: {
          kind: 'besluit',
          escalationId,
          on: b.decidedOn,
          outcome: b.outcome,
          approvedWeeklyCents: b.approvedWeeklyCents ?? null,
          reviewOn: b.reviewOn ?? null,
          decides: b === deciding,
        },
      });
    }
  });
  entries.sort((a, b) => (a.entry.on < b.entry.on ? -1 : a.entry.on > b.entry.on ? 1 : a.step - b.step || a.position - b.position));
  return entries.map((x) => x.entry);
}

function isGranted(approval: Approval): boolean {
  return approval.besluit !== null && GRANTING_OUTCOMES.includes(approval.besluit.outcome);
}

/**
 * Caps are taken at the arrangement's start (the rule under which it was set). The surcharge ban
 * is a present-tense compliance check, so it is taken at `today`.
 */
function flagsFor(a: ArrangementCalc, escalations: readonly EscalationCalc[], rules: readonly Rule[], today: string): WeekbedragFlag[] {
  assertCents(a.weeklyCents, 'Weekbedrag');
  const flags: WeekbedragFlag[] = [];
  if (a.domain === 'jeugd') {
    const cap = capInForce(rules, 'jeugd_weekbedrag_plafond', a.from);
    const approval = approvalFor(a.id, escalations);
    const approvedMax = approval.besluit?.approvedWeeklyCents;
    if (cap !== null && isAboveWeeklyCap(a, cap) && !isGranted(approval)) flags.push('jeugd_boven_plafond_zonder_besluit');
    if (isGranted(approval) && approvedMax !== undefined && isAboveWeeklyCap(a, approvedMax)) flags.push('boven_goedgekeurd_maximum');
  }
  if (a.domain === 'wmo' && a.setting === 'extramuraal') {
    const cap = capInForce(rules, 'wmo_extramuraal_weekbedrag_plafond', a.from);
    if (cap !== null && isAboveWeeklyCap(a, cap)) flags.push('wmo_extramuraal_boven_plafond');
  }
  if ((a.subcontractorSurchargePct ?? 0) > 0 && ruleInForce(rules, 'onderaannemer_opslag_verboden', today) !== null) {
    flags.push('onderaannemer_opslag');
  }
  return flags;
}

export function checkArrangements(
  caseCode: string,
  arrangements: readonly ArrangementCalc[],
  escalations: readonly EscalationCalc[],
  rules: readonly Rule[],
  today: string,
): ArrangementFlags[] {
  return arrangements.map((a) => ({ caseCode, arrangementId: a.id, flags: flagsFor(a, escalations, rules, today) }));
}

interface RegisterRow {
  caseCode: string;
  arrangementId: string;
  provider: string;
  from: string;
  weeks: number;
  weeklyCents: number;
  capCents: number;
  approvalStatus: ApprovalStatus;
  approvedWeeklyCents: number | null;
  /**
   * (weekly − cap) × weeks, one exact rounding (weeks may be fractional); from the four-weekly
   * amount, (fourWeekly − 4 × cap) × weeks / 4, when the arrangement has one (fourWeekly.ts).
   */
  meerkostenBovenPlafond: number;
  /** Issue #14 item 9: the subcontractor surcharge over the arrangement in cents (0 without one). */
  surchargeCents: number;
  reviewOn: string | null;
  /** A granted approval whose review date is today or within the next 28 days. */
  reviewDueSoon: boolean;
  flags: WeekbedragFlag[];
}

interface WmoAboveCapRow {
  caseCode: string;
  arrangementId: string;
  provider: string;
  weeklyCents: number;
  capCents: number;
}

export interface WeekbedragRegister {
  rows: RegisterRow[];
  totalMeerkostenBovenPlafond: number;
  wmoExtramuraalBovenPlafond: WmoAboveCapRow[];
}

const REVIEW_DUE_SOON_DAYS = 28;

function byCaseThenArrangement(a: { caseCode: string; arrangementId: string }, b: { caseCode: string; arrangementId: string }): number {
  const ka = `${a.caseCode}\u0000${a.arrangementId}`;
  const kb = `${b.caseCode}\u0000${b.arrangementId}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function buildRegister(cases: readonly CaseCalc[], rules: readonly Rule[], today: string): WeekbedragRegister {
  const rows: RegisterRow[] = [];
  const wmoRows: WmoAboveCapRow[] = [];
  for (const c of cases) {
    for (const a of c.arrangements) {
      const domain = a.domain;
      switch (domain) {
        case 'jeugd': {
          const cap = capInForce(rules, 'jeugd_weekbedrag_plafond', a.from);
          if (cap === null || !isAboveWeeklyCap(a, cap)) break;
          const approval = approvalFor(a.id, c.escalations);
          const granted = isGranted(approval);
          const reviewOn = granted ? (approval.besluit?.reviewOn ?? null) : null;
          const daysToReview = reviewOn === null ? null : daysBetween(today, reviewOn);
          rows.push({
            caseCode: c.code,
            arrangementId: a.id,
            provider: a.provider,
            from: a.from,
            weeks: a.weeks,
            weeklyCents: a.weeklyCents,
            capCents: cap,
            approvalStatus: approval.status,
            approvedWeeklyCents: granted ? (approval.besluit?.approvedWeeklyCents ?? null) : null,
            meerkostenBovenPlafond: costAboveCap(a, cap, a.weeks),
            surchargeCents: surchargeCents(a),
            reviewOn,
            reviewDueSoon: daysToReview !== null && daysToReview >= 0 && daysToReview <= REVIEW_DUE_SOON_DAYS,
            flags: flagsFor(a, c.escalations, rules, today),
          });
          break;
        }
        case 'wmo': {
          const cap = a.setting === 'extramuraal' ? capInForce(rules, 'wmo_extramuraal_weekbedrag_plafond', a.from) : null;
          if (cap === null || !isAboveWeeklyCap(a, cap)) break;
          wmoRows.push({ caseCode: c.code, arrangementId: a.id, provider: a.provider, weeklyCents: a.weeklyCents, capCents: cap });
          break;
        }
        default: {
          const unreachable: never = domain;
          throw new Error(`Onbekend domein: ${String(unreachable)}`);
        }
      }
    }
  }
  rows.sort(byCaseThenArrangement);
  wmoRows.sort(byCaseThenArrangement);
  return {
    rows,
    totalMeerkostenBovenPlafond: rows.reduce((acc, r) => addCents(acc, r.meerkostenBovenPlafond), 0),
    wmoExtramuraalBovenPlafond: wmoRows,
  };
}
