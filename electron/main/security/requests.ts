import { hasOrigin, parseUrl } from '../appOrigin';

/** Schemes that never leave the machine and that Chromium uses for our own page. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * PRODUCT.md §5 "no remote content" (checklist #1 "Only load secure content" taken to its end):
 * the werkbank is offline by design, so the session refuses every request that is not for our
 * own origin or an in-memory resource — http(s), ws(s), file:, ftp: and anything unknown. The
 * CSP already blocks these from the page; this also covers requests CSP does not see.
 */
export function isAllowedRequestUrl(url: string, appOrigin: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return hasOrigin(url, appOrigin);
}
