/**
 * `werkbank verify` (PRODUCT.md §6, §7): SQLite's own integrity and foreign-key checks and the
 * audit hash chain, in one read the command line reports from (exit 2 when anything fails).
 */
import { verifyAuditChain, type ChainCheck } from './audit';
import type { Db } from './openDatabase';

export interface StoreCheck {
  /** 'ok', or what integrity_check found. */
  integrity: string;
  /** Rows whose foreign key points nowhere. */
  brokenForeignKeys: number;
  chain: ChainCheck;
}

export function verifyStore(db: Db): StoreCheck {
  return {
    integrity: String(db.pragma('integrity_check', { simple: true })),
    brokenForeignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
    chain: verifyAuditChain(db),
  };
}
