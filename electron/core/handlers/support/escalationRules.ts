/** §2.3 the checks every escalation write shares: the address, the target catalogue and the arrangement. */
import { FINAL_CASE_STATUSES, CASE_STATUS_LABELS } from '../../../../shared/domain/caseStatus';
import type { EscalationStatus, EscalationTarget } from '../../../../shared/domain/enums';
import { targetValidityRefusal } from '../../../../shared/domain/targetValidity';
import type { CaseFile, EscalationFile, EscalationTargetFile } from '../../../../shared/interchange';
import { UserError } from '../../../../shared/ipc/result';
import { readEscalationTargets } from '../../data/catalogues';
import type { Db } from '../../store/openDatabase';
import type { HandlerContext } from './context';
import { clock } from './mutation';

/** The escalation at `index` (0-based, as in cases:get), or NOT_FOUND. */
export function existingEscalation(c: CaseFile, index: number): EscalationFile {
  const e = c.escalations[index];
  if (e === undefined) {
    throw new UserError(
      'NOT_FOUND',
      `Escalatie ${String(index + 1)} bestaat niet in casus ${c.code} (de casus heeft er ${String(c.escalations.length)}). Vernieuw het scherm en probeer het opnieuw.`,
    );
  }
  return e;
}

/** "Escalatie 2 (esc-2) van BLO-2025-002": how a message names one escalation. */
export function escalationName(c: CaseFile, index: number, e: EscalationFile): string {
  return `Escalatie ${String(index + 1)}${e.id ? ` (${e.id})` : ''} van ${c.code}`;
}

/** The target as configured (§2.4), or undefined when the catalogue does not list it. */
export function findTarget(db: Db, target: EscalationTarget): EscalationTargetFile | undefined {
  return readEscalationTargets(db).find((t) => t.id === target);
}

/** A new escalation goes only to a target the catalogue lists as active, and valid today (issue #14 item 6). */
export function activeTarget(db: Db, target: EscalationTarget, todayIso: string): EscalationTargetFile {
  const t = findTarget(db, target);
  if (t === undefined || !t.active) {
    throw new UserError(
      'BAD_INPUT',
      `target: escalatiedoel '${target}' is ${t === undefined ? 'niet ingesteld' : 'niet actief'} in deze werkbank. Kies een actief doel, of zet het aan bij Beheer › Escalatiedoelen.`,
    );
  }
  const outside = targetValidityRefusal(t, todayIso, 'Een nieuwe escalatie');
  if (outside !== null) throw new UserError('BAD_INPUT', `target: ${outside}`);
  return t;
}

/** No new escalation work on a case that is afgesloten or ingetrokken. */
export function refuseWhenCaseFinal(c: CaseFile, what: string): void {
  if (!FINAL_CASE_STATUSES.includes(c.status)) return;
  throw new UserError('CONFLICT', `Casus ${c.code} is ${CASE_STATUS_LABELS[c.status]}; ${what} kan daarom niet meer. Meld de casus zo nodig opnieuw aan.`);
}

/**
 * §3.5 a jeugd hoog-weekbedrag request is about one jeugd arrangement of the same case; any other
 * escalation may point at an arrangement of the same case. `field` is the path the message names.
 */
export function checkArrangement(c: CaseFile, e: EscalationFile, field = 'arrangementId'): void {
  if (e.arrangementId === undefined) {
    if (e.target !== 'jeugd_weekbedrag') return;
    throw new UserError(
      'BAD_INPUT',
      `${field}: een verzoek hoog weekbedrag jeugd gaat over één jeugdarrangement van deze casus. Kies het arrangement (arrangementId).`,
    );
  }
  const arrangement = c.arrangements.find((a) => a.id === e.arrangementId);
  if (arrangement === undefined) {
    throw new UserError('BAD_INPUT', `${field}: arrangement '${e.arrangementId}' bestaat niet in casus ${c.code}. Kies een arrangement van deze casus.`);
  }
  if (e.target === 'jeugd_weekbedrag' && arrangement.domain !== 'jeugd') {
    throw new UserError(
      'BAD_INPUT',
      `${field}: arrangement '${arrangement.id}' is een ${arrangement.domain}-arrangement; een verzoek hoog weekbedrag jeugd gaat over een jeugdarrangement. Kies een jeugdarrangement.`,
    );
  }
}

/** §3.5 what only a hoog-weekbedrag request holds: what the jeugd tafel decides on. */
const WEEKBEDRAG_REQUEST_FIELDS = ['begeleiding', 'requestedWeeklyCents', 'requestedWeeks', 'whyNotArrangementenmodel'] as const;

/** The begeleiding, the weekbedrag and weeks asked and the arrangementenmodel motivation belong to a jeugd_weekbedrag request only. */
export function checkWeekbedragRequest(e: EscalationFile): void {
  if (e.target === 'jeugd_weekbedrag') return;
  const field = WEEKBEDRAG_REQUEST_FIELDS.find((k) => e[k] !== undefined);
  if (field === undefined) return;
  throw new UserError(
    'BAD_INPUT',
    `${field}: hoort bij een verzoek hoog weekbedrag jeugd (escalatiedoel jeugd_weekbedrag), niet bij escalatiedoel '${e.target}'. Laat het leeg, of vraag het aan bij het jeugdarrangement.`,
  );
}

/** esc-<n>: the first free number from the list's length on, so an id is never repeated within the case. */
export function nextEscalationId(c: CaseFile): string {
  const taken = new Set(c.escalations.map((e) => e.id));
  let n = c.escalations.length + 1;
  while (taken.has(`esc-${String(n)}`)) n += 1;
  return `esc-${String(n)}`;
}

/** Replaces the escalation at `index`. */
export function withEscalation(c: CaseFile, index: number, e: EscalationFile): CaseFile {
  return { ...c, escalations: c.escalations.map((x, i) => (i === index ? e : x)) };
}

/**
 * §2.3/§5 every status change of an escalation leaves a step in its history: from, to, when, who
 * and (teruggelegd above all) why. Every handler that changes the status goes through this.
 */
export function moved(ctx: HandlerContext, e: EscalationFile, to: EscalationStatus, why?: string): EscalationFile {
  const step = { from: e.status, to, at: clock(ctx).toISOString(), by: ctx.actor, ...(why ? { why } : {}) };
  return { ...e, status: to, statusHistory: [...(e.statusHistory ?? []), step] };
}
