/**
 * §5 a log line of our own (issue #11 item 7). Logs hold no personal data, and free text cannot be
 * recognised by a pattern, so the redaction (electron/core/log/redact.ts) keeps only what it can
 * vouch for: the literal parts of a `line` template — written in our source, never built at run
 * time — and, in its holes, values of a closed vocabulary (channel names, error codes, URL schemes,
 * small numbers). Every other string, an error's message included, is reduced to its length.
 *
 *   log.warn(line`IPC ${channel} answered ${code}`)
 *
 * A line is known by identity (a WeakSet), not by shape: a payload that looks like one (JSON can
 * carry `{ parts: [...] }`) is an ordinary object and is redacted as such.
 */

export interface LogLine {
  /** The literal parts of the template, around the holes. */
  readonly parts: readonly string[];
  /** What filled the holes, judged when the line is written. */
  readonly values: readonly unknown[];
}

const made = new WeakSet<LogLine>();

/**
 * The tag. Only a template literal can call it: its strings array is frozen and carries `raw`, which
 * an array built at run time does not — so a run-time string cannot become a literal part.
 */
export function line(strings: TemplateStringsArray, ...values: unknown[]): LogLine {
  if (!Object.isFrozen(strings) || !Array.isArray(strings.raw)) throw new TypeError('line is a template tag: line`…`');
  const l: LogLine = Object.freeze({ parts: [...strings], values });
  made.add(l);
  return l;
}

export function isLogLine(value: unknown): value is LogLine {
  return typeof value === 'object' && value !== null && made.has(value as LogLine);
}
