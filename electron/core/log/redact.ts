/**
 * PRODUCT.md §5: no personal data leaves the encrypted store except in an export the user asked
 * for — and a log file is not an export (issue #11 item 7). Case codes, aliases, free text, e-mail
 * addresses, BSN- or IBAN-like numbers and user paths cannot all be recognised by a pattern, so this
 * is an allow-list, not a deny-list: what is kept is what we can vouch for, and everything else is
 * reduced to its size.
 *
 * - A line of our own (shared/ipc/logLine.ts, line`…`): its literal parts as written, each hole
 *   shown only when it is a word of ./vocabulary.ts (channel, error code, scheme, errno name, our
 *   origin), a number of at most six digits or a boolean; any other hole becomes `[redacted:N chars]`.
 * - Any other string — a message built at run time, a UserError's Dutch text with its case code —
 *   becomes `[redacted:N chars]`.
 * - An Error: its class name and code (when they are words of the vocabulary), its message's length
 *   only, and its stack frames with function names and the app-relative part of each file path
 *   (`out/main/index.js:12:5`), never a home directory.
 * - zod issues (a schema refused the answer of a handler): their codes and paths, each path segment
 *   a number or a field name; another array, and any object, becomes `[redacted]`.
 *
 * Every sink uses this one module: electron-log's hook in main (../../main/logging.ts), the browser
 * host's console log (./consoleLog.ts) and the CLI's internal-error report.
 */
import { isLogLine, type LogLine } from '../../../shared/ipc/logLine';
import { isSafeWord } from './vocabulary';

export const REDACTED = '[redacted]';
const MAX_LINE = 4000;
const MAX_FRAMES = 12;

const reduced = (text: string): string => `[redacted:${String(text.length)} chars]`;

/** A number is shown while it is too short to be a BSN, an IBAN's digits, a phone number or a date. */
function safeNumber(n: number | bigint): string {
  const text = String(n);
  const digits = text.replace(/[^0-9]/g, '').length;
  return (typeof n === 'bigint' || Number.isFinite(n)) && !/e/i.test(text) && digits <= 6 ? text : '[redacted number]';
}

/** What may fill a hole of a line of our own. */
function hole(value: unknown): string {
  if (isLogLine(value)) return renderLine(value);
  if (value instanceof Error) return errorHead(value);
  switch (typeof value) {
    case 'string':
      return isSafeWord(value) ? value : reduced(value);
    case 'number':
    case 'bigint':
      return safeNumber(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
    case 'function':
    case 'object':
      return value === null ? 'null' : REDACTED;
  }
}

function renderLine(l: LogLine): string {
  return l.parts.reduce((out, part, i) => out + part + (i < l.values.length ? hole(l.values[i]) : ''), '');
}

/** "SqliteError SQLITE_BUSY (message: 25 chars)": the class and the code, never the message text. */
function errorHead(e: Error): string {
  const name = /^[A-Z][A-Za-z]{0,40}$/.test(e.name) ? e.name : 'Error';
  const rawCode = (e as { code?: unknown }).code;
  const code = typeof rawCode === 'string' && isSafeWord(rawCode) ? ` ${rawCode}` : '';
  return `${name}${code} (message: ${String(e.message.length)} chars)`;
}

/** Home directories on Linux, macOS and Windows: a path through one of them keeps only its file name. */
const HOME_SEGMENTS = new Set(['home', 'Users', 'Documents and Settings', 'root']);
/** Where the app's own code lies: a path keeps what follows the last of these. */
const CODE_ROOTS = ['node_modules', 'app.asar', 'out', 'electron', 'shared', 'renderer', 'test', 'dist'];
const CODE_FILE = /^[\w.@-]{1,80}\.(?:m?js|cjs|mts|ts|tsx|node)$/;

/** A stack frame's location: `node:internal/…` as it is, an app path from its code root, else the file name. */
function safeLocation(raw: string): string {
  if (/^node:[\w/.-]+(?::\d+:\d+)?$/.test(raw) || raw === 'native' || raw === '<anonymous>' || /^index \d+$/.test(raw)) return raw;
  const m = /^(.*?)(:\d+:\d+)?$/.exec(raw.replace(/^file:\/\/\/?/, '/'));
  const position = m?.[2] ?? '';
  const segments = (m?.[1] ?? '').replaceAll('\\', '/').split('/').filter((s) => s !== '');
  const file = segments.at(-1) ?? '';
  if (!CODE_FILE.test(file)) return `[path]${position}`;
  const root = Math.max(...CODE_ROOTS.map((r) => segments.lastIndexOf(r)));
  const tail = root < 0 ? [file] : segments.slice(root);
  const safe = tail.every((s) => /^[\w.@-]{1,80}$/.test(s) && !HOME_SEGMENTS.has(s)) ? tail : [file];
  return `${safe.join('/')}${position}`;
}

const FUNCTION_NAME = /^(?:async |new )?[A-Za-z_$][\w$]*(?:\.(?:[\w$]+|<anonymous>))*(?: \[as [\w$]+\])?$/;

function safeFrame(frame: string): string {
  const m = /^\s*at (?:(.+?) \((.+)\)|(.+))$/.exec(frame);
  if (m === null) return '    at [redacted frame]';
  const fn = m[1];
  const location = safeLocation(m[2] ?? m[3] ?? '');
  if (fn === undefined) return `    at ${location}`;
  return `    at ${FUNCTION_NAME.test(fn) ? fn : '<function>'} (${location})`;
}

/** The error for a log: its head and its stack frames, made safe one by one. */
function safeError(e: Error): string {
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s*at /.test(l)).slice(0, MAX_FRAMES);
  return [errorHead(e), ...frames.map(safeFrame)].join('\n');
}

interface IssueLike {
  code: string;
  path: unknown[];
}
const isIssue = (x: unknown): x is IssueLike =>
  typeof x === 'object' && x !== null && typeof (x as IssueLike).code === 'string' && Array.isArray((x as IssueLike).path);

/** "items.0.code: invalid_type": a record key that is not a field name shows as `*`. */
function issueSummary(issues: readonly IssueLike[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.map((s) => (typeof s === 'number' ? String(s) : typeof s === 'string' && /^[a-z][A-Za-z0-9]{0,39}$/.test(s) ? s : '*')).join('.');
      return `${where || '(root)'}: ${/^[a-z_]{1,40}$/.test(issue.code) ? issue.code : '?'}`;
    })
    .join('; ');
}

function cut(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}… [truncated]` : text;
}

/** One argument of a log call, as a sink may see it. Numbers, booleans and null stay what they are. */
export function redactLogValue(value: unknown): unknown {
  if (isLogLine(value)) return cut(renderLine(value));
  if (value instanceof Error) return safeError(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isIssue)) return cut(issueSummary(value));
  switch (typeof value) {
    case 'string':
      return reduced(value);
    case 'number':
    case 'bigint': {
      const shown = safeNumber(value);
      return shown === String(value) ? value : shown;
    }
    case 'boolean':
    case 'undefined':
      return value;
    case 'symbol':
    case 'function':
    case 'object':
      return value === null ? null : REDACTED;
  }
}

/** The arguments of one log call as one text line, for a sink that writes text (the console). */
export function redactedText(values: readonly unknown[]): string {
  return values.map((v) => String(redactLogValue(v))).join(' ');
}
