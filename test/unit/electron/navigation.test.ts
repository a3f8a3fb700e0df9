import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appOrigin';
import { createNavigationGuard, preventWebviewAttach } from '../../../electron/main/security/navigation';
import { redactedText } from '../../../electron/core/log/redact';

function navigate(url: string): { prevented: boolean; logged: string[] } {
  const logged: string[] = [];
  let prevented = false;
  createNavigationGuard(APP_ORIGIN, (m) => logged.push(redactedText([m])))({
    url,
    preventDefault: () => {
      prevented = true;
    },
  });
  return { prevented, logged };
}

describe('§5 Electron hardening: navigation away from the app is blocked', () => {
  it.each([
    'https://evil.example',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/',
    'app://werkbank.evil.example/index.html',
    'app://werkbank:8080/index.html',
    'app://user@werkbank/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('blocks %j', (url) => {
    const { prevented, logged } = navigate(url);
    expect(prevented).toBe(true);
    expect(logged).toHaveLength(1);
  });

  it.each(['app://werkbank/index.html#/casussen', 'app://werkbank/', 'APP://werkbank/index.html?x=1'])('allows %j', (url) => {
    const { prevented, logged } = navigate(url);
    expect(prevented).toBe(false);
    expect(logged).toEqual([]);
  });

  it('logs the scheme of a blocked navigation but never the URL itself', () => {
    const { logged } = navigate('https://evil.example/?bsn=123456782');
    expect(logged[0]).toContain('https');
    expect(logged[0]).not.toContain('evil.example');
    expect(logged[0]).not.toContain('123456782');
  });

  it('refuses every <webview> attachment', () => {
    let prevented = false;
    preventWebviewAttach({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
