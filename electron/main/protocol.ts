import fs from 'node:fs';
import nodePath, { type PlatformPath } from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { line, type LogLine } from '../../shared/ipc/logLine';

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` gives the scheme normal URL
 * semantics (relative URLs, a real origin, storage); `secure` makes it a secure context like
 * https; `supportFetchAPI` lets the page fetch its own assets. `corsEnabled` stays off on
 * purpose: leaving it unset keeps our files unreadable from any other origin.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

// Checklist #7 "Define a Content Security Policy": sent as a response header, so it applies even
// if the HTML's own meta tag is lost. Shared with the browser host.
export { CONTENT_SECURITY_POLICY };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps `app://werkbank/<path>` to a file inside `rendererRoot`, or null when the request must be
 * refused. Path traversal is the classic hole in custom protocol handlers, so the check is done
 * on the decoded path (where `%2e%2e%2f` has become `../`), refuses separators and characters
 * that only mean something to the file system (backslash, NUL, drive colon), refuses any `..`
 * segment outright, and finally proves the resolved path is still inside the root.
 * `pathApi` is injectable so the Windows rules are tested on Linux too.
 */
export function resolveRendererPath(
  rendererRoot: string,
  requestUrl: string,
  pathApi: PlatformPath = nodePath,
): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\\\0:]/.test(decoded)) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;

  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = pathApi.resolve(rendererRoot);
  // Both path flavours accept '/' as a separator, so the URL path can be resolved as is.
  const full = pathApi.resolve(root, `.${relative}`);
  return isStrictlyInside(root, full, pathApi) ? full : null;
}

function isStrictlyInside(root: string, full: string, pathApi: PlatformPath): boolean {
  const fromRoot = pathApi.relative(root, full);
  return !(fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot));
}

export type ReadFile = (path: string) => Promise<Uint8Array>;
export type ProtocolLog = (message: LogLine) => void;

/**
 * Issue #12 item 7: the URL check above is about names; a symlink inside the renderer folder (put
 * there by a careless build step, an unpacked copy, or a package that links elsewhere) would still
 * lead outside it. So the file is followed to its real path, and that must lie inside the real path
 * of the root (itself resolved, so a root that is a link works). Electron's asar layer implements
 * realpath inside app.asar too. The check and the read are two steps; swapping a link in between
 * needs write access to the app's own folder, which already means owning the app.
 */
type RealPathVerdict = { kind: 'inside'; path: string } | { kind: 'outside' } | { kind: 'missing' };

function realPathInside(rendererRoot: string, filePath: string): RealPathVerdict {
  let realRoot: string;
  let realFile: string;
  try {
    // Looked up on the module at call time: Electron patches `fs.realpathSync` for asar paths.
    realRoot = fs.realpathSync(rendererRoot);
    realFile = fs.realpathSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw e;
  }
  return isStrictlyInside(realRoot, realFile, nodePath) ? { kind: 'inside', path: realFile } : { kind: 'outside' };
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * The handler for `protocol.handle('app', …)`: read-only (GET/HEAD), serves only files below
 * the renderer root, and gives every response the CSP and nosniff headers.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: ReadFile,
  log: ProtocolLog = () => undefined,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveRendererPath(rendererRoot, request.url);
    if (filePath === null) {
      log(line`refused an app:// request outside the renderer folder`);
      return plain(404, 'Not found');
    }
    try {
      const real = realPathInside(rendererRoot, filePath);
      if (real.kind === 'missing') return plain(404, 'Not found');
      if (real.kind === 'outside') {
        log(line`refused an app:// request whose real path (a symlink) lies outside the renderer folder`);
        return plain(404, 'Not found');
      }
      const body = await readFile(real.path);
      const headers = securityHeaders(contentTypeFor(filePath));
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not found');
      log(code === undefined ? line`reading a renderer file failed: unknown error` : line`reading a renderer file failed: ${code}`);
      return plain(500, 'Internal error');
    }
  };
}
