import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The same policy the Electron protocol handler sends (one definition in shared/security). */
export { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

/**
 * Maps a request path to a file inside the built renderer, or null. Decoding happens once and the
 * resolved path must stay inside the root, so `..`, encoded dots and backslashes cannot escape it.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, relative);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

export function readStatic(root: string, urlPath: string): { body: Buffer; type: string } | null {
  const file = resolveStaticPath(root, urlPath);
  if (!file || !existsSync(file) || !statSync(file).isFile()) return null;
  return { body: readFileSync(file), type: MIME[extname(file)] ?? 'application/octet-stream' };
}
