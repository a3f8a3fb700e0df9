import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appOrigin';
import { isAllowedSender, type SenderFrameLike } from '../../../electron/main/security/senderFrame';

const top = (url: string): SenderFrameLike => ({ url, parent: null });

describe('§5 Electron hardening: IPC sender validation', () => {
  it('accepts the top frame of app://werkbank, on any page of the app', () => {
    expect(isAllowedSender(top('app://werkbank/index.html'), APP_ORIGIN)).toBe(true);
    expect(isAllowedSender(top('app://werkbank/index.html#/casussen/K-001'), APP_ORIGIN)).toBe(true);
  });

  it('refuses an iframe, even one on our own origin', () => {
    const frame: SenderFrameLike = { url: 'app://werkbank/index.html', parent: top('app://werkbank/index.html') };
    expect(isAllowedSender(frame, APP_ORIGIN)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'app://other/index.html',
    'app://werkbank.evil.example/index.html',
    'app://werkbank:1/index.html',
    'app://x@werkbank/index.html',
    'file:///app/out/renderer/index.html',
    'http://werkbank/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses a top frame at %j', (url) => {
    expect(isAllowedSender(top(url), APP_ORIGIN)).toBe(false);
  });

  it('refuses a missing frame (Electron gives null once a frame has navigated or gone away)', () => {
    expect(isAllowedSender(null, APP_ORIGIN)).toBe(false);
    expect(isAllowedSender(undefined, APP_ORIGIN)).toBe(false);
  });

  it('refuses a frame whose properties throw (a disposed frame)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isAllowedSender(disposed, APP_ORIGIN)).toBe(false);
  });
});
