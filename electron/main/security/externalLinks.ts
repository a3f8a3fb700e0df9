import { parseUrl } from '../appOrigin';
import { line, type LogLine } from '../../../shared/ipc/logLine';

export type OpenExternal = (url: string) => Promise<void> | void;
export type ExternalLinkLog = (message: LogLine) => void;

const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised href of a URL that may be handed to the OS browser, or null. Checklist #15
 * "Do not use shell.openExternal with untrusted content": only http(s) reaches the OS, because
 * file:, smb:, javascript: and custom schemes can launch programs or leak NTLM hashes. URLs with
 * embedded credentials (`https://gemeente.nl@evil.example`) are refused as well: no link in this
 * app legitimately has them and they are the classic way to disguise the real host.
 */
export function toSafeExternalUrl(raw: string): string | null {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parseUrl(raw);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

export function isSafeExternalUrl(raw: string): boolean {
  return toSafeExternalUrl(raw) !== null;
}

/**
 * Checklist #14 "Disable or limit creation of new windows": no window is ever created. A safe
 * http(s) link is opened in the user's own browser (with the parser's normalised href, so the OS
 * sees exactly what we checked); everything else is dropped.
 */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
  log: ExternalLinkLog = () => undefined,
): (details: { readonly url: string }) => { action: 'deny' } {
  return (details) => {
    const safe = toSafeExternalUrl(details.url);
    if (safe === null) {
      log(line`refused to open a non-http(s) or malformed link`);
    } else {
      Promise.resolve()
        .then(() => openExternal(safe))
        .catch((e: unknown) => log(line`opening an external link failed: ${e}`));
    }
    return { action: 'deny' };
  };
}
