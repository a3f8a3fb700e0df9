/**
 * The one pattern behind every case edit: read the case, apply the change, re-check the whole case
 * and write it, with its audit entry, in one transaction. Handlers only describe the change.
 */
import { canTransition } from '../../../../shared/domain/caseStatus';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/enums';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { UserError } from '../../../../shared/ipc/result';
import { readCase, readStoredAmounts, saveCase } from '../../data/caseDocument';
import { readReceivedFrom } from '../../data/storeIdentity';
import type { AuditEntry } from '../../store/audit';
import type { Db } from '../../store/openDatabase';
import type { HandlerContext } from './context';
import { clock, mutation, today } from './mutation';

export function caseDetail(db: Db, c: CaseFile): CaseDetail {
  return {
    case: c,
    allowedTransitions: CASE_STATUSES.filter((to) => canTransition(c.status, to)),
    calculationLocked: c.calculationStatus === 'vastgesteld',
    amounts: readStoredAmounts(db, c.code),
    received: readReceivedFrom(db, c.code) !== null,
  };
}

/**
 * The case in its new status with the step recorded in its history (§2.1: every transition with
 * who, when and why). The caller has checked that the step is allowed.
 */
export function withCaseStatus(ctx: HandlerContext, c: CaseFile, to: CaseStatus, why?: string): CaseFile {
  const step = { from: c.status, to, at: clock(ctx).toISOString(), by: ctx.actor, ...(why ? { why } : {}) };
  return { ...c, status: to, statusHistory: [...(c.statusHistory ?? []), step] };
}

export interface CaseEdit {
  /** The new case; may throw a UserError to refuse. */
  next: CaseFile;
  action: string;
  detail?: AuditEntry['detail'];
}

/** Runs one audited edit of a stored case; `change` sees the stored case and the open database. */
export function editCase(ctx: HandlerContext, code: string, change: (current: CaseFile, db: Db) => CaseEdit): CaseDetail {
  return mutation(ctx, (db) => {
    const current = readCase(db, code);
    const edit = change(current, db);
    const saved = saveCase(db, edit.next, 'replace', today(ctx));
    return { result: caseDetail(db, saved), audit: { action: edit.action, entity: 'case', entityId: code, detail: edit.detail } };
  });
}

/**
 * §3.2 "changing the price list never changes a fixed calculation": while the calculation is
 * vastgesteld its cost lines and parameters stay as fixed; recalculating reopens it explicitly.
 */
export function refuseWhenFixed(c: CaseFile, what: string): void {
  if (c.calculationStatus !== 'vastgesteld') return;
  const when = c.calculation?.fixedOn ? ` op ${c.calculation.fixedOn}` : '';
  throw new UserError(
    'CONFLICT',
    `De berekening van ${c.code} is vastgesteld${when}; ${what} kan daarom niet meer veranderen. Kies eerst 'Herberekenen' (met een reden) en stel de berekening daarna opnieuw vast.`,
  );
}
