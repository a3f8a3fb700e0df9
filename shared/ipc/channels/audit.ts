/**
 * Issue #11 item 3: the audit log for the beheerder — read newest first, filtered and paged in SQL,
 * exported as CSV — and whether it is complete and unchanged (chain, MACs, anchor).
 */
import { z } from 'zod';
import { isoDate, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';

/** Rows per page: the log only grows, so a screen never gets all of it. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * The filters, shared by the list and the export. `subject` is a case code (it matches the entries
 * about that case, and those naming it as `caseCode`, like a knelpunt or an action) or any other id.
 * `from`/`to` are days in the local calendar, both included.
 */
const AuditFilter = z.strictObject({
  subject: shortText.optional(),
  actor: shortText.optional(),
  action: shortText.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

const AuditEntryOut = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** Ids, field names and figures (never free text about a resident: handlers/support/mutation.ts). */
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntryOut>;

const SeqRange = z.object({ from: z.number().int(), to: z.number().int() });

/** What is wrong with the log, one kind each (the screen and `werkbank verify` word them). */
const AuditProblem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chain'), seq: z.number().int(), reason: z.string() }),
  z.object({ kind: z.literal('mac'), ranges: z.array(SeqRange) }),
  z.object({ kind: z.literal('unsigned'), ranges: z.array(SeqRange) }),
  z.object({ kind: z.literal('anchorMissing') }),
  z.object({ kind: z.literal('anchorInvalid') }),
  z.object({ kind: z.literal('anchorForged') }),
  z.object({ kind: z.literal('truncated'), headSeq: z.number().int(), anchorSeq: z.number().int() }),
  z.object({ kind: z.literal('diverged'), headSeq: z.number().int(), anchorSeq: z.number().int() }),
]);
export type AuditProblem = z.infer<typeof AuditProblem>;

const AuditStatus = z.object({
  /** The newest entry's sequence number (0 for an empty log). */
  headSeq: z.number().int().nonnegative(),
  /** The anchor's sequence number when it is sound (it may be behind the table after a crash). */
  anchorSeq: z.number().int().nullable(),
  /** The audit.macStart entry that sealed the entries from before the MAC, if any. */
  sealedBy: z.number().int().nullable(),
  problems: z.array(AuditProblem),
});

export const auditChannels = {
  'audit:list': defineChannel(
    AuditFilter.extend({ page: z.number().int().min(1).max(1_000_000).default(1) }),
    z.object({
      items: z.array(AuditEntryOut),
      total: z.number().int().nonnegative(),
      page: z.number().int().positive(),
      pageSize: z.number().int().positive(),
      /** The choices for the filters: every actor and action in the whole log. */
      actors: z.array(z.string()),
      actions: z.array(z.string()),
    }),
  ),
  'audit:export': defineChannel(AuditFilter, z.object({ fileName: z.string(), content: z.string(), rows: z.number().int().nonnegative() })),
  'audit:status': defineChannel(z.strictObject({}), AuditStatus),
} as const;
