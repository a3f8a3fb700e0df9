import type { ErrorCode } from '../../shared/ipc/result';

/** PRODUCT.md §6 exit codes. */
export const EXIT = { ok: 0, user: 1, integrity: 2 } as const;

/** An error for the person at the terminal, in Dutch and in English (stderr gets both). */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'CliError';
  }
}

/** English for the codes the core raises with a Dutch message. */
export const ENGLISH_BY_CODE: Record<ErrorCode, string> = {
  BAD_INPUT: 'Invalid input',
  LOCKED: 'The store is locked',
  WRONG_PASSPHRASE: 'The passphrase does not match this store; nothing was changed',
  TOO_MANY_ATTEMPTS: 'Too many failed unlocks; wait and try again',
  OS_KEYCHAIN: 'The OS keychain could not be used; unlock with the passphrase',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflicts with existing data; nothing was changed',
  ILLEGAL_TRANSITION: 'This status change is not allowed',
  UNUSABLE_PRICE: 'A price-list item without an amount was used',
  INTEGRITY: 'Integrity check failed',
  UNKNOWN_CHANNEL: 'Unknown command',
  INTERNAL: 'Internal error',
};
