/**
 * What crosses every boundary (IPC, browser host, CLI): a value or a coded error, never a thrown
 * exception. The message is Dutch and meant for a person; the code is for programs and tests.
 */
export type ErrorCode =
  | 'BAD_INPUT' // payload failed its zod schema; nothing was changed
  | 'LOCKED' // the store is not unlocked yet
  | 'WRONG_PASSPHRASE' // unlock failed; nothing was touched
  | 'TOO_MANY_ATTEMPTS' // unlock tried again before the backoff after failed tries has passed
  | 'OS_KEYCHAIN' // the OS keychain (Electron safeStorage) is unavailable, refused, or unlock with it is off
  | 'NOT_FOUND'
  | 'CONFLICT' // e.g. a case code that already exists, a store that already exists
  | 'ILLEGAL_TRANSITION' // a state machine refused the change
  | 'UNUSABLE_PRICE' // a price-list item without an amount was used
  | 'INTEGRITY' // the store or the audit chain failed verification
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL'; // a bug; the message says so and the log has the details

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services for errors a person can act on; dispatch turns it into a Result. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
