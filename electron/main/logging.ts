/**
 * PRODUCT.md §5: no personal data leaves the encrypted store except in an export the user asked
 * for — and a log file is not an export. Our own log lines name only channels, error codes and
 * schemes; this hook is the safety net for everything else: any object or array (an IPC payload,
 * a row, a zod issue with its input) is replaced before a transport sees it, and long strings are
 * cut. Errors keep their stack, which names code locations, not data.
 */
export const REDACTED = '[redacted]';
const MAX_STRING = 4000;

function redactLogValue(value: unknown): unknown {
  if (value instanceof Error) return truncate(value.stack ?? `${value.name}: ${value.message}`);
  switch (typeof value) {
    case 'string':
      return truncate(value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return value;
    case 'symbol':
    case 'function':
      return REDACTED;
    case 'object':
      return value === null ? null : REDACTED;
  }
}

function truncate(text: string): string {
  return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}… [truncated]` : text;
}

/** The shape of an electron-log message that the hook reads and rewrites. */
export interface LogMessageLike {
  data: unknown[];
}

/** For `log.hooks.push(…)`: electron-log runs hooks before every transport. */
export function redactionHook<M extends LogMessageLike>(message: M): M {
  return { ...message, data: message.data.map(redactLogValue) };
}
