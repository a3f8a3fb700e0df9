import { line, type LogLine } from '../../../shared/ipc/logLine';

export type ExternalLinkLog = (message: LogLine) => void;

/**
 * Checklist #14 "Disable or limit creation of new windows" and #15 "Do not use shell.openExternal
 * with untrusted content" (issue #12 item 4): no window is ever created, and no URL is ever handed
 * to the OS. The app has no external links and promises to work offline, so a compromised renderer
 * must not be able to use the user's browser (or a URL handler registered for smb:, ms-msdt:, …) as
 * a way out. Every request is refused and logged, with only its scheme: the URL itself may carry
 * data the page put in it.
 *
 * Should a link to the outside ever be needed, it gets an exact allow-list of full URLs (not a
 * prefix or host check) and a confirmation dialog in main before `shell.openExternal` — nothing
 * less. `test/unit/electron/externalLinks.test.ts` checks that no code in electron/ calls it today.
 */
export function createWindowOpenHandler(log: ExternalLinkLog = () => undefined): (details: { readonly url: string }) => { action: 'deny' } {
  return (details) => {
    log(line`refused to open a window or external link (${schemeOf(details.url)})`);
    return { action: 'deny' };
  };
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1] ? match[1].toLowerCase().slice(0, 20) : 'malformed'; // a scheme outside the log vocabulary is redacted to its length
}
