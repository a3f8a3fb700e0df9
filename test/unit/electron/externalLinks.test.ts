import { redactedText } from '../../../electron/core/log/redact';
import { describe, expect, it } from 'vitest';
import {
  createWindowOpenHandler,
  isSafeExternalUrl,
  toSafeExternalUrl,
} from '../../../electron/main/security/externalLinks';

/** Runs the window-open handler once and lets the (async) openExternal call settle. */
async function open(url: string): Promise<{ action: string; opened: string[] }> {
  const opened: string[] = [];
  const handler = createWindowOpenHandler((u) => {
    opened.push(u);
  });
  const { action } = handler({ url });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { action, opened };
}

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'file:///',
  'file:///C:/Windows/System32/calc.exe',
  'smb://attacker.example/share',
  '\\\\attacker.example\\share',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ms-msdt:/id PCWDiagnostic',
  'app://werkbank/index.html',
  'mailto:someone@example.org',
  'https://gemeente.rotterdam.nl@evil.example/',
  'https://user:pass@example.org/',
  'http://',
  'https:// spaces.example',
  'not a url',
  '',
  `https://example.org/${'a'.repeat(3000)}`,
];

describe('§5 Electron hardening: new windows are never opened', () => {
  it.each(REFUSED)('denies %j and does not hand it to the OS', async (url) => {
    const { action, opened } = await open(url);
    expect(action).toBe('deny');
    expect(opened).toEqual([]);
  });

  it.each([
    ['https://wetten.overheid.nl/BWBR0015703', 'https://wetten.overheid.nl/BWBR0015703'],
    ['HTTP://EXAMPLE.COM', 'http://example.com/'],
    ['https://example.org/pad?q=1#deel', 'https://example.org/pad?q=1#deel'],
  ])('denies the window but opens %j in the OS browser as %j', async (url, normalised) => {
    const { action, opened } = await open(url);
    expect(action).toBe('deny');
    expect(opened).toEqual([normalised]);
  });

  it('survives an openExternal that rejects, and logs it without the error’s message (it may hold the URL)', async () => {
    const logged: string[] = [];
    const handler = createWindowOpenHandler(
      () => Promise.reject(new Error('no browser')),
      (m) => logged.push(redactedText([m])),
    );
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged).toEqual(['opening an external link failed: Error (message: 10 chars)']);
  });
});

describe('§5 Electron hardening: only http(s) links without credentials may reach the OS', () => {
  it('isSafeExternalUrl agrees with the window-open handler', () => {
    for (const url of REFUSED) expect(isSafeExternalUrl(url), url).toBe(false);
    expect(isSafeExternalUrl('https://example.org')).toBe(true);
    expect(toSafeExternalUrl('https://example.org')).toBe('https://example.org/');
  });
});
