/**
 * Where the app lives. The renderer is served from a custom privileged scheme instead of file://
 * (Electron security checklist #18 "Avoid usage of the file:// protocol"), so every trust decision
 * in main — navigation, IPC sender, requests — compares against this one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'werkbank';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** `new URL` that answers null instead of throwing: every caller treats unparseable as hostile. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only when `url` parses and has exactly the scheme and host (with port) of `origin`, and no
 * credentials. We compare protocol + host rather than `URL.origin` because Node (where the tests
 * run) gives custom schemes an opaque origin ('null'), while Chromium treats our registered
 * standard scheme as a tuple origin; protocol + host means the same thing in both.
 */
export function hasOrigin(url: string, origin: string): boolean {
  const u = parseUrl(url);
  const o = parseUrl(origin);
  if (!u || !o || o.host === '') return false;
  return u.protocol === o.protocol && u.host === o.host && u.username === '' && u.password === '';
}
