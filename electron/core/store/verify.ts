/**
 * `werkbank verify` (PRODUCT.md §6, §7): SQLite's own integrity and foreign-key checks, the audit
 * hash chain, every entry's MAC and the table against its anchor (issue #11 item 3), in one read
 * the command line and the audit screen report from (exit 2 when anything fails).
 */
import type { AuditProblem } from '../../../shared/ipc/channels/audit';
import { verifyAuditChain, type ChainCheck } from './audit';
import { checkAuditAnchor, verifyAuditMacs, type AnchorCheck, type MacCheck } from './auditVerify';
import type { Db } from './openDatabase';

export interface StoreCheck {
  /** 'ok', or what integrity_check found. */
  integrity: string;
  /** Rows whose foreign key points nowhere. */
  brokenForeignKeys: number;
  chain: ChainCheck;
  macs: MacCheck;
  anchor: AnchorCheck;
}

export function verifyStore(db: Db): StoreCheck {
  return {
    integrity: String(db.pragma('integrity_check', { simple: true })),
    brokenForeignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
    ...verifyAuditLog(db),
  };
}

/** The audit log's own checks (the audit screen shows them without SQLite's full integrity scan). */
export function verifyAuditLog(db: Db): Pick<StoreCheck, 'chain' | 'macs' | 'anchor'> {
  return { chain: verifyAuditChain(db), macs: verifyAuditMacs(db), anchor: checkAuditAnchor(db) };
}

/** The audit log's checks as the problems the screen and the command line word (empty: all is well). */
export function auditProblems(check: Pick<StoreCheck, 'chain' | 'macs' | 'anchor'>): AuditProblem[] {
  const problems: AuditProblem[] = [];
  if (!check.chain.ok) problems.push({ kind: 'chain', seq: check.chain.brokenAt, reason: check.chain.reason });
  if (check.macs.mismatched.length > 0) problems.push({ kind: 'mac', ranges: check.macs.mismatched });
  if (check.macs.unsigned.length > 0) problems.push({ kind: 'unsigned', ranges: check.macs.unsigned });
  const { anchor } = check;
  switch (anchor.state) {
    case 'ok':
      break;
    case 'missing':
      problems.push({ kind: 'anchorMissing' });
      break;
    case 'invalid':
      problems.push({ kind: 'anchorInvalid' });
      break;
    case 'forged':
      problems.push({ kind: 'anchorForged' });
      break;
    case 'truncated':
    case 'diverged':
      problems.push({ kind: anchor.state, headSeq: anchor.headSeq, anchorSeq: anchor.anchorSeq });
      break;
    default: {
      const never: never = anchor;
      throw new Error(`unknown anchor state ${JSON.stringify(never)}`);
    }
  }
  return problems;
}
