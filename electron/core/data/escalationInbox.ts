/**
 * §2.3 the PRIO inbox and the overdue count every start screen shows. Both read all cases with one
 * query (no query per case); neither reads the resident's name or alias (data minimisation).
 */
import { daysBetween } from '../../../shared/calc';
import { ESCALATION_STATUSES, URGENCIES, type EscalationStatus, type EscalationTarget } from '../../../shared/domain/enums';
import { hasProviderConflict } from '../../../shared/domain/afwegingskader';
import { isEscalationOpen } from '../../../shared/domain/escalationStatus';
import type { BesluitFile } from '../../../shared/interchange';
import type { InboxRow } from '../../../shared/ipc/channels/escalations';
import type { Db } from '../store/openDatabase';
import type { EscalationRow } from './caseRows';

/** Submitted and not yet afgerond or ingetrokken: concept is still the aanmelder's draft. */
const OPEN_SUBMITTED = JSON.stringify(ESCALATION_STATUSES.filter((s) => s !== 'concept' && isEscalationOpen(s)));

/**
 * The deadline is the target's term to decide (§2.3): only while the escalation waits for the
 * target (ingediend, in behandeling) can it be overdue — not after the besluit, and not while it
 * lies teruggelegd with the aanmelder.
 */
const WAITING_FOR_TARGET: readonly EscalationStatus[] = ['ingediend', 'in_behandeling'];
const WAITING_JSON = JSON.stringify(WAITING_FOR_TARGET);

/** acuut 0 … laag 3; no urgency last. */
const URGENCY_RANK = `CASE e.urgency ${[...URGENCIES]
  .reverse()
  .map((u, i) => `WHEN '${u}' THEN ${String(i)}`)
  .join(' ')} ELSE ${String(URGENCIES.length)} END`;

/**
 * An escalation row as caseRows reads it, with where its case stands; of the besluit only the
 * parties, and of a weekbedrag request the arrangement's provider (issue #14 item 5: the conflict mark).
 */
type Row = Pick<
  EscalationRow,
  | 'case_code' | 'id' | 'target' | 'status' | 'urgency' | 'submitted_on' | 'deadline_on' | 'owner' | 'question' | 'tried'
  | 'blocking_rule' | 'requested_deviation' | 'legal_basis' | 'requested_budget_cents' | 'consent_checked' | 'arrangement_id'
  | 'begeleiding' | 'requested_weekly_cents' | 'requested_weeks' | 'why_not_arrangementenmodel'
> & { wijk: string; case_status: InboxRow['caseStatus']; position: number; provider: string | null; parties: string | null };

/** Open, submitted escalations (or all submitted ones): urgency (acuut first), then deadline, then case code. */
export function listEscalationInbox(db: Db, filter: { target?: EscalationTarget | undefined; includeClosed?: boolean | undefined }, today: string): InboxRow[] {
  const rows = db
    .prepare(
      `SELECT e.case_code, c.wijk, c.status AS case_status, e.position, e.id, e.target, e.status, e.urgency, e.submitted_on,
              e.deadline_on, e.owner, e.question, e.tried, e.blocking_rule, e.requested_deviation, e.legal_basis,
              e.requested_budget_cents, e.consent_checked, e.arrangement_id,
              e.begeleiding, e.requested_weekly_cents, e.requested_weeks, e.why_not_arrangementenmodel,
              CASE WHEN e.target = 'jeugd_weekbedrag' THEN a.provider END AS provider, b.parties
         FROM escalations e JOIN cases c ON c.code = e.case_code
         LEFT JOIN arrangements a ON a.case_code = e.case_code AND a.id = e.arrangement_id
         LEFT JOIN besluiten b ON b.escalation_seq = e.seq
        WHERE e.status <> 'concept'
          AND (@includeClosed = 1 OR e.status IN (SELECT value FROM json_each(@open)))
          AND (@target IS NULL OR e.target = @target)
        ORDER BY e.status NOT IN (SELECT value FROM json_each(@open)),
                 ${URGENCY_RANK},
                 e.deadline_on IS NULL, e.deadline_on, e.case_code, e.position`,
    )
    .all({ open: OPEN_SUBMITTED, includeClosed: filter.includeClosed === true ? 1 : 0, target: filter.target ?? null }) as Row[];
  return rows.map((r) => inboxRow(r, today));
}

/** How many submitted escalations are open, and how many of them wait past their deadline. */
export function readEscalationCounts(db: Db, today: string): { open: number; overdue: number } {
  const r = db
    .prepare(
      `SELECT COUNT(*) AS open,
              COALESCE(SUM(deadline_on < @today AND status IN (SELECT value FROM json_each(@waiting))), 0) AS overdue
         FROM escalations WHERE status IN (SELECT value FROM json_each(@open))`,
    )
    .get({ open: OPEN_SUBMITTED, waiting: WAITING_JSON, today }) as { open: number; overdue: number };
  return { open: r.open, overdue: r.overdue };
}

function inboxRow(r: Row, now: string): InboxRow {
  return {
    code: r.case_code,
    wijk: r.wijk,
    index: r.position,
    id: r.id,
    target: r.target,
    status: r.status,
    caseStatus: r.case_status,
    urgency: r.urgency,
    submittedOn: r.submitted_on,
    deadlineOn: r.deadline_on,
    ageDays: r.submitted_on === null ? null : daysBetween(r.submitted_on, now),
    overdue: WAITING_FOR_TARGET.includes(r.status) && r.deadline_on !== null && r.deadline_on < now,
    owner: r.owner,
    question: r.question,
    tried: r.tried,
    blockingRule: r.blocking_rule,
    requestedDeviation: r.requested_deviation,
    legalBasis: r.legal_basis,
    requestedBudgetCents: r.requested_budget_cents,
    consentChecked: r.consent_checked === null ? null : r.consent_checked === 1,
    arrangementId: r.arrangement_id,
    begeleiding: r.begeleiding,
    requestedWeeklyCents: r.requested_weekly_cents,
    requestedWeeks: r.requested_weeks,
    whyNotArrangementenmodel: r.why_not_arrangementenmodel,
    provider: r.provider,
    providerConflict: r.provider !== null && r.parties !== null && hasProviderConflict(JSON.parse(r.parties) as BesluitFile['parties'], r.provider),
  };
}
