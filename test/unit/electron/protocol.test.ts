import { redactedText } from '../../../electron/core/log/redact';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppProtocolHandler,
  resolveRendererPath,
} from '../../../electron/main/protocol';

const ROOT = '/opt/werkbank/out/renderer';
const WIN_ROOT = 'C:\\Program Files\\Werkbank\\resources\\app.asar\\out\\renderer';

describe('§5 Electron hardening: app:// serves only files inside the renderer folder', () => {
  it.each([
    ['app://werkbank/', 'index.html'],
    ['app://werkbank/index.html', 'index.html'],
    ['app://werkbank/index.html#/casussen', 'index.html'],
    ['app://werkbank/index.html?token=x', 'index.html'],
    ['app://werkbank/assets/index-CuvF2Ui9.js', 'assets/index-CuvF2Ui9.js'],
    ['app://werkbank/assets/', 'assets/index.html'],
    ['app://werkbank/fonts/Rotterdam%20Sans.woff2', 'fonts/Rotterdam Sans.woff2'],
  ])('maps %j to <root>/%s', (url, file) => {
    expect(resolveRendererPath(ROOT, url)).toBe(path.posix.join(ROOT, file));
  });

  it.each([
    'app://werkbank/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://werkbank/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://werkbank/..%2f..%2f..%2fetc/passwd',
    'app://werkbank/..%5c..%5cwindows%5cwin.ini',
    'app://werkbank/assets\\..\\..\\secret',
    'app://werkbank/%5c%5cattacker%5cshare',
    'app://werkbank/index.html%00.png',
    'app://werkbank/C:/Windows/win.ini',
    'app://werkbank/%E0%A4%A',
    'app://other/index.html',
    'app://werkbank.evil/index.html',
    'app://werkbank:8080/index.html',
    'app://user@werkbank/index.html',
    'file:///etc/passwd',
    'https://werkbank/index.html',
    'not a url',
  ])('refuses %j', (url) => {
    expect(resolveRendererPath(ROOT, url)).toBeNull();
  });

  it.each(['app://werkbank/../../etc/passwd', 'app://werkbank/%2E%2E/%2E%2E/etc/passwd', 'app://werkbank/a/./../../etc/passwd'])(
    'keeps %j inside the root: the URL parser removes whole dot segments before we see the path',
    (url) => {
      // Such a request cannot climb out; it names a file under the root that does not exist
      // and the handler answers 404.
      expect(resolveRendererPath(ROOT, url)).toBe(path.posix.join(ROOT, 'etc/passwd'));
    },
  );

  it.each(['app://werkbank/..%5c..%5csecret', 'app://werkbank/%2e%2e%2fsecret', 'app://werkbank/a/..%2f..%2f..%2fsecret'])(
    'refuses %j with Windows path rules too',
    (url) => {
      expect(resolveRendererPath(WIN_ROOT, url, path.win32)).toBeNull();
    },
  );

  it('resolves a normal asset with Windows path rules inside the root', () => {
    expect(resolveRendererPath(WIN_ROOT, 'app://werkbank/assets/app.js', path.win32)).toBe(
      path.win32.join(WIN_ROOT, 'assets', 'app.js'),
    );
  });
});

describe('§5 Electron hardening: app:// responses', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkbank-protocol-'));
  mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'geheim');
  const logged: string[] = [];
  const handler = createAppProtocolHandler(path.join(dir, 'renderer'), (p) => readFile(p), (m) => logged.push(redactedText([m])));

  it('serves index.html for / with a strict Content-Security-Policy header', async () => {
    const res = await handler(new Request('app://werkbank/'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>x</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript so Chromium runs them as modules', async () => {
    const res = await handler(new Request('app://werkbank/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a traversal attempt and never reads the file outside the root', async () => {
    const res = await handler(new Request('app://werkbank/%2e%2e%2fsecret.txt'));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('geheim');
    expect(logged.some((m) => m.includes('refused'))).toBe(true);
  });

  it('answers 404 for a missing file and 405 for anything but GET/HEAD', async () => {
    expect((await handler(new Request('app://werkbank/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://werkbank/assets'))).status).toBe(404);
    expect((await handler(new Request('app://werkbank/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers 500 without detail when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler(path.join(dir, 'renderer'), () =>
      Promise.reject(Object.assign(new Error('EACCES: /secret/path'), { code: 'EACCES' })),
    );
    const res = await failing(new Request('app://werkbank/index.html'));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('/secret/path');
  });

  it('knows the MIME types of everything Vite emits', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });

  it('registers the scheme as standard and secure but not CORS-enabled, so no other origin can read it', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
  });
});

describe('§5 Electron hardening (issue #12 item 7): app:// follows symlinks to their real path and refuses what lies outside', () => {
  // A temporary root with links of every kind: to a file and a folder outside, to a file inside,
  // a chain that ends outside, and a dangling one. Only what really lies inside is served.
  const dir = mkdtempSync(path.join(tmpdir(), 'werkbank-protocol-links-'));
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>binnen</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("binnen")');
  writeFileSync(path.join(dir, 'outside', 'secret.txt'), 'geheim');
  symlinkSync(path.join(dir, 'outside', 'secret.txt'), path.join(root, 'secret.txt'));
  symlinkSync(path.join(dir, 'outside'), path.join(root, 'linked'));
  symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'assets', 'chain.txt'));
  symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
  symlinkSync(path.join(dir, 'nowhere'), path.join(root, 'dangling.js'));
  symlinkSync('/etc/passwd', path.join(root, 'passwd'));
  const logged: string[] = [];
  const reads: string[] = [];
  const handler = createAppProtocolHandler(
    root,
    (p) => {
      reads.push(p);
      return readFile(p);
    },
    (m) => logged.push(redactedText([m])),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['app://werkbank/secret.txt', 'app://werkbank/linked/secret.txt', 'app://werkbank/assets/chain.txt', 'app://werkbank/passwd'])(
    'answers 404 for %j, which the URL check passes but which is a link to a file outside the root, and never reads it',
    async (url) => {
      reads.length = 0;
      logged.length = 0;
      const res = await handler(new Request(url));
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('Not found');
      expect(reads).toEqual([]);
      expect(logged).toEqual(['refused an app:// request whose real path (a symlink) lies outside the renderer folder']);
    },
  );

  it('serves a link that stays inside the root, reading its real path', async () => {
    reads.length = 0;
    const res = await handler(new Request('app://werkbank/alias.js'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("binnen")');
    expect(reads).toEqual([path.join(realpathSync(root), 'assets', 'app.js')]);
  });

  it('answers 404 for a dangling link', async () => {
    expect((await handler(new Request('app://werkbank/dangling.js'))).status).toBe(404);
  });

  it('serves from a root that is itself a link, since the root is resolved too', async () => {
    const linkedRoot = path.join(dir, 'current');
    symlinkSync(root, linkedRoot);
    const viaLink = createAppProtocolHandler(linkedRoot, (p) => readFile(p));
    const res = await viaLink(new Request('app://werkbank/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('binnen');
    expect((await viaLink(new Request('app://werkbank/secret.txt'))).status).toBe(404);
  });
});
