import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appOrigin';
import { isAllowedRequestUrl } from '../../../electron/main/security/requests';

describe('§5 no remote content: the session refuses every request outside the app', () => {
  it.each([
    'https://fonts.googleapis.com/css',
    'http://localhost:3000/ipc/cases:list',
    'wss://evil.example/socket',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'app://other/index.html',
    'app://werkbank.evil/x.js',
    'chrome://gpu',
    'not a url',
  ])('cancels %j', (url) => {
    expect(isAllowedRequestUrl(url, APP_ORIGIN)).toBe(false);
  });

  it.each([
    'app://werkbank/index.html',
    'app://werkbank/assets/index-abc.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://werkbank/0b1c2d3e-1111-2222-3333-444455556666',
    'devtools://devtools/bundled/inspector.html',
  ])('lets %j through', (url) => {
    expect(isAllowedRequestUrl(url, APP_ORIGIN)).toBe(true);
  });
});
