import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactedText } from '../../../electron/core/log/redact';
import { APP_ORIGIN, hasOrigin } from '../../../electron/main/appOrigin';
import { resolveRendererPath } from '../../../electron/main/protocol';
import { createWindowOpenHandler } from '../../../electron/main/security/externalLinks';
import { createNavigationGuard } from '../../../electron/main/security/navigation';
import { createPermissionHandlers } from '../../../electron/main/security/permissions';
import { isAllowedRequestUrl } from '../../../electron/main/security/requests';
import { isAllowedSender } from '../../../electron/main/security/senderFrame';

/*
 * Issue #12 item 3: the shell's URL checks against the strings an attacker (a compromised renderer,
 * a crafted link in imported text) would try. One table, every guard: each row names the rule it
 * attacks. Our origin is app://werkbank; the checks run in Node, whose URL parser treats `app:` as
 * a non-special scheme (case-sensitive opaque host, backslash not a separator). Chromium treats the
 * registered standard scheme more like https; where the two differ, Node's reading is the stricter
 * one for an attacker's string, so a row that is refused here is refused there too.
 */
const FOREIGN: readonly (readonly [rule: string, url: string])[] = [
  ['script URLs run code in the page', 'javascript:alert(1)'],
  ['scheme names are case-insensitive', 'JaVaScRiPt:alert(document.cookie)'],
  ['leading spaces are stripped by the URL parser', '  javascript:alert(1)'],
  ['tabs and newlines are stripped by the URL parser', 'java\tscr\nipt:alert(1)'],
  ['vbscript is script too', 'vbscript:msgbox(1)'],
  ['file: reads the disk', 'file:///etc/passwd'],
  ['file: in capitals', 'FILE:///C:/Windows/win.ini'],
  ['file: with a host is an SMB share on Windows (NTLM leak)', 'file://host/share/x.exe'],
  ['a UNC path is a share on Windows', '\\\\host\\share\\x.exe'],
  ['a UNC path with forward slashes', '//host/share/x.exe'],
  ['smb: is a share too', 'smb://host/share'],
  ['credentials in our URL are not our URL', 'app://user:pass@werkbank/index.html'],
  ['a user name alone is a credential', 'app://evil.example@werkbank/index.html'],
  ['everything before @ is credentials: the host is localhost', 'https://evil.example@localhost/'],
  ['everything before @ is credentials: the host is evil', 'app://werkbank@evil.example/index.html'],
  ['a longer host that starts with ours', 'app://werkbank.evil/index.html'],
  ['a host that ends with ours', 'app://evilwerkbank/index.html'],
  ['a subdomain of ours', 'app://evil.werkbank/index.html'],
  ['a trailing dot makes another host', 'app://werkbank./index.html'],
  ['punycode look-alike', 'app://xn--werkbnk-2ya/index.html'],
  ['Cyrillic a in the host (homoglyph)', 'app://werkb\u0430nk/index.html'],
  ['a different port is a different origin', 'app://werkbank:8080/index.html'],
  ['port 0', 'app://werkbank:0/index.html'],
  ['an IP address is not our host', 'app://127.0.0.1/index.html'],
  ['another scheme with our host', 'https://werkbank/index.html'],
  ['plain http to our host', 'http://werkbank/index.html'],
  ['our scheme without a host', 'app:///werkbank/index.html'],
  ['our scheme without slashes has no host', 'app:werkbank/index.html'],
  ['a backslash in the authority', 'app://werkbank\\@evil.example/'],
  ['a remote page', 'https://evil.example/'],
  ['the dev server is not the app', 'http://localhost:5173/'],
  ['data: URLs are documents of an opaque origin', 'data:text/html,<script>alert(1)</script>'],
  ['data: in capitals', 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['a blob of another origin', 'blob:https://evil.example/0b1c2d3e-1111-2222-3333-444455556666'],
  ['a blob of our origin is still not our page', 'blob:app://werkbank/0b1c2d3e-1111-2222-3333-444455556666'],
  ['about:blank inherits an origin', 'about:blank'],
  ['about:srcdoc', 'about:srcdoc'],
  ['view-source shows another document', 'view-source:app://werkbank/index.html'],
  ['chrome: internal pages', 'chrome://settings'],
  ['chrome-extension:', 'chrome-extension://abcdefghijklmnop/index.html'],
  ['devtools: is not the app page', 'devtools://devtools/bundled/inspector.html'],
  ['filesystem: wraps another origin', 'filesystem:app://werkbank/temporary/x'],
  ['ms-msdt launches a program (Follina)', 'ms-msdt:/id PCWDiagnostic'],
  ['no scheme at all', 'werkbank/index.html'],
  ['not a URL', 'not a url'],
  ['empty', ''],
  ['a very long URL', `https://evil.example/${'a'.repeat(70_000)}`],
];

/** Our own page, however the path is spelled: the origin checks let it through (the path is the protocol handler's job). */
const OURS: readonly (readonly [rule: string, url: string])[] = [
  ['the entry page', 'app://werkbank/index.html'],
  ['a route of the app', 'app://werkbank/index.html#/casussen/K-001'],
  ['the scheme name is case-insensitive', 'APP://werkbank/index.html'],
  ['encoded dot segments stay inside our origin', 'app://werkbank/%2e%2e/%2e%2e/etc/passwd'],
  ['backslashes in the path stay inside our origin', 'app://werkbank/..\\..\\etc\\passwd'],
];

const NAVIGATIONS = ['will-navigate', 'will-frame-navigate', 'will-redirect'];

function navigationBlocked(url: string): { prevented: boolean; logged: string[] } {
  const logged: string[] = [];
  let prevented = false;
  createNavigationGuard(APP_ORIGIN, (m) => logged.push(redactedText([m])))({ url, preventDefault: () => (prevented = true) });
  return { prevented, logged };
}

describe(`§5 Electron hardening (issue #12 item 3): attack strings never pass for our origin (${NAVIGATIONS.join(', ')}, IPC sender, requests)`, () => {
  it.each(FOREIGN)('navigation guard blocks it: %s (%j)', (_rule, url) => {
    expect(navigationBlocked(url).prevented).toBe(true);
  });

  it.each(FOREIGN)('IPC sender check refuses a top frame at it: %s (%j)', (_rule, url) => {
    expect(isAllowedSender({ url, parent: null }, APP_ORIGIN)).toBe(false);
  });

  it.each(FOREIGN.filter(([, url]) => !/^(data|blob|devtools):/i.test(url)))('session request filter cancels it: %s (%j)', (_rule, url) => {
    expect(isAllowedRequestUrl(url, APP_ORIGIN)).toBe(false);
  });

  it.each(FOREIGN)('hasOrigin, under all three, says no: %s (%j)', (_rule, url) => {
    expect(hasOrigin(url, APP_ORIGIN)).toBe(false);
  });

  it.each(OURS)('our own page passes every origin check: %s (%j)', (_rule, url) => {
    expect(navigationBlocked(url).prevented).toBe(false);
    expect(isAllowedSender({ url, parent: null }, APP_ORIGIN)).toBe(true);
    expect(isAllowedRequestUrl(url, APP_ORIGIN)).toBe(true);
  });

  it('lets data:, blob: and devtools: requests through by design (in-memory images, fonts and downloads, Chromium\u2019s own tools; navigating to them is blocked above)', () => {
    const local = FOREIGN.filter(([, url]) => /^(data|blob|devtools):/i.test(url));
    expect(local.map(([, url]) => isAllowedRequestUrl(url, APP_ORIGIN))).toEqual([true, true, true, true, true]);
  });

  it('logs a blocked navigation with its scheme only: no host, path, query or injected text reaches the log', () => {
    const lines = [
      'JaVaScRiPt:alert(document.cookie)',
      'https://evil.example@localhost/?bsn=123456782',
      '\\\\host\\share\\x.exe',
      'app://werkbank.evil/index.html\nINJECTED',
      `${'x'.repeat(30)}:payload`,
    ].map((url) => navigationBlocked(url).logged);
    expect(lines).toEqual([
      ['blocked navigation to a javascript URL outside the app'],
      ['blocked navigation to a https URL outside the app'],
      ['blocked navigation to a malformed URL outside the app'],
      ['blocked navigation to a app URL outside the app'],
      ['blocked navigation to a [redacted:20 chars] URL outside the app'],
    ]);
  });
});

describe('§5 Electron hardening (issue #12 item 3): the window-open handler denies every attack string', () => {
  it.each([...FOREIGN, ...OURS])('denies %s (%j)', (_rule, url) => {
    expect(createWindowOpenHandler()({ url })).toEqual({ action: 'deny' });
  });

  it('logs the lower-cased scheme, or malformed, and nothing of the URL', () => {
    const logged: string[] = [];
    const open = createWindowOpenHandler((m) => logged.push(redactedText([m])));
    for (const url of ['JaVaScRiPt:alert(1)', 'FILE:///etc/passwd', '\\\\host\\share', '  javascript:alert(1)', 'app://user:pass@werkbank/']) open({ url });
    expect(logged).toEqual([
      'refused to open a window or external link (javascript)',
      'refused to open a window or external link (file)',
      'refused to open a window or external link (malformed)',
      'refused to open a window or external link (malformed)',
      'refused to open a window or external link (app)',
    ]);
  });
});

describe('§5 Electron hardening (issue #12 item 3): the permission handler denies hostile permission names', () => {
  const HOSTILE = ['__proto__', 'constructor', 'toString', 'media\r\nINJECTED log line', 'MEDIA', ' media', '', 'x'.repeat(10_000)];

  it.each(HOSTILE.map((p) => [p.slice(0, 40), p]))('denies %j exactly once', (_shown, permission) => {
    const answers: boolean[] = [];
    createPermissionHandlers().request({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('logs a name outside Electron\u2019s vocabulary as its length only, so a page cannot write into the log', () => {
    const logged: string[] = [];
    const { request } = createPermissionHandlers((m) => logged.push(redactedText([m])));
    for (const permission of ['media\r\nINJECTED log line', '__proto__']) request({}, permission, () => undefined);
    expect(logged).toEqual(['denied permission request: [redacted:24 chars]', 'denied permission request: [redacted:9 chars]']);
  });

  it('denies checks and device requests whatever they are asked', () => {
    const { check, device } = createPermissionHandlers();
    expect([check(), device()]).toEqual([false, false]);
  });
});

describe('§5 Electron hardening (issue #12 item 3): the app:// protocol never maps an attack string to a file outside the renderer', () => {
  const ROOTS = [
    ['posix', nodePath.posix, '/opt/werkbank/resources/app.asar/out/renderer'],
    ['win32', nodePath.win32, 'C:\\Program Files\\Werkbank\\resources\\app.asar\\out\\renderer'],
  ] as const;

  const REFUSED: readonly (readonly [rule: string, url: string])[] = [
    ['an encoded slash hides a dot segment', 'app://werkbank/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash after one dot segment', 'app://werkbank/assets/..%2f..%2f..%2fwin.ini'],
    ['backslashes are separators on Windows', 'app://werkbank/..\\..\\Windows\\win.ini'],
    ['an encoded backslash', 'app://werkbank/%5c..%5c..%5cWindows%5cwin.ini'],
    ['a drive letter', 'app://werkbank/C:/Windows/win.ini'],
    ['an encoded drive colon', 'app://werkbank/C%3a/Windows/win.ini'],
    ['an alternate data stream', 'app://werkbank/index.html::$DATA'],
    ['a NUL byte', 'app://werkbank/index.html%00.png'],
    ['a UNC share in the path', 'app://werkbank/%5c%5chost%5cshare%5cx'],
    ['malformed percent-encoding', 'app://werkbank/%E0%A4%A'],
    ['credentials', 'app://user:pass@werkbank/index.html'],
    ['a look-alike host', 'app://werkbank.evil/index.html'],
    ['a trailing dot on the host', 'app://werkbank./index.html'],
    ['a port', 'app://werkbank:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a script URL', 'javascript:alert(1)'],
    ['a UNC path', '\\\\host\\share\\x'],
    ['not a URL', 'not a url'],
  ];

  for (const [flavour, pathApi, root] of ROOTS) {
    it.each(REFUSED)(`${flavour}: refuses %s (%j)`, (_rule, url) => {
      expect(resolveRendererPath(root, url, pathApi)).toBeNull();
    });
  }

  it.each([
    ['encoded dot segments are resolved by the URL parser, at the root', 'app://werkbank/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['the same in capitals', 'app://werkbank/%2E%2E/%2E%2E/etc/passwd', 'etc/passwd'],
    ['half-encoded dot segments too', 'app://werkbank/assets/.%2e/%2e./.%2E/x.js', 'x.js'],
    ['a double-encoded dot segment is a file name, not a step up', 'app://werkbank/%252e%252e/x', '%2e%2e/x'],
    ['a doubled slash stays inside the root', 'app://werkbank//etc/passwd', 'etc/passwd'],
    ['a single dot segment stays inside', 'app://werkbank/./assets/./index.js', 'assets/index.js'],
  ])('posix: %s (%j) resolves inside the root', (_rule, url, inside) => {
    expect(resolveRendererPath('/r', url, nodePath.posix)).toBe(`/r/${inside}`);
  });
});
