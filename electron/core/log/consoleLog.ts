/**
 * The browser host logs to the console (it has no electron-log): through the same redaction as
 * the Electron main process, so a host log line holds no personal data either.
 */
import type { DispatchLog } from '../../../shared/ipc/dispatch';
import { redactedText } from './redact';

/** `[host] error <line> <detail>` on stderr (or `write`, for tests). */
export function consoleLog(write: (text: string) => void = (text) => console.error(text)): DispatchLog {
  return {
    error(message, detail) {
      write(`[host] error ${redactedText(detail === undefined ? [message] : [message, detail])}`);
    },
  };
}
