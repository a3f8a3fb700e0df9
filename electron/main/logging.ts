/**
 * PRODUCT.md §5: electron-log's hook runs before every transport, so the main process's log file
 * and console only ever see what electron/core/log/redact.ts keeps (the same redaction as the
 * browser host and the CLI): lines of our own with vocabulary holes, errors without their message,
 * and nothing else.
 */
import { redactLogValue } from '../core/log/redact';

/** The shape of an electron-log message that the hook reads and rewrites. */
export interface LogMessageLike {
  data: unknown[];
}

/** For `log.hooks.push(…)`: electron-log runs hooks before every transport. */
export function redactionHook<M extends LogMessageLike>(message: M): M {
  return { ...message, data: message.data.map(redactLogValue) };
}
