/**
 * The closed vocabulary a hole of a log line may show (./redact.ts): names the werkbank and its
 * platform define, none of which can name a resident, a person or a place on someone's disk.
 */
import { constants } from 'node:os';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/result';
import { SAVE_FILE_CHANNEL } from '../../../shared/ipc/saveFile';

/** Exhaustive by its type: a new error code is safe to log the day it is added. */
const ERROR_CODES: Record<ErrorCode, true> = {
  BAD_INPUT: true,
  LOCKED: true,
  WRONG_PASSPHRASE: true,
  TOO_MANY_ATTEMPTS: true,
  OS_KEYCHAIN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  ILLEGAL_TRANSITION: true,
  UNUSABLE_PRICE: true,
  INTEGRITY: true,
  UNKNOWN_CHANNEL: true,
  INTERNAL: true,
};

/** URL schemes main names when it blocks a navigation or a link (never the URL itself). */
const URL_SCHEMES = ['app', 'http', 'https', 'file', 'ftp', 'ws', 'wss', 'data', 'blob', 'javascript', 'mailto', 'tel', 'about', 'chrome', 'devtools', 'smb', 'ms-msdt', 'vbscript', 'malformed'];

/** The permission names Electron asks about (electron.d.ts), so main can say which one it denied. */
const PERMISSION_NAMES = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'persistent-storage',
  'pointerLock',
  'serial',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'usb',
  'window-management',
  'unknown',
];

const WORDS: ReadonlySet<string> = new Set<string>([
  ...CHANNELS,
  SAVE_FILE_CHANNEL,
  ...Object.keys(ERROR_CODES),
  ...URL_SCHEMES,
  ...PERMISSION_NAMES,
  // Node's errno names (ENOENT, EACCES …): what a failed read of our own files reports.
  ...Object.keys(constants.errno),
]);

/** Codes of the SQLite driver (SQLITE_BUSY, SQLITE_CONSTRAINT_CHECK) and of Node (ERR_INVALID_ARG_TYPE). */
const LIBRARY_CODE = /^(?:SQLITE_[A-Z_]{2,40}|ERR_[A-Z0-9_]{2,60})$/;
/** Our own origins: the app scheme and the browser host on the loopback address. */
const OWN_ORIGIN = /^(?:app:\/\/werkbank|http:\/\/127\.0\.0\.1(?::\d{1,5})?)$/;

/** Whether `text` is a word of the vocabulary, shown as it is. */
export function isSafeWord(text: string): boolean {
  return WORDS.has(text) || LIBRARY_CODE.test(text) || OWN_ORIGIN.test(text);
}
