import { describe, expect, it } from 'vitest';
import { createPermissionHandlers } from '../../../electron/main/security/permissions';
import { redactedText } from '../../../electron/core/log/redact';

// Every permission name Electron 45 can ask about (electron.d.ts), plus one it may add later.
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'hid',
  'media',
  'midiSysex',
  'notifications',
  'openExternal',
  'persistent-storage',
  'pointerLock',
  'serial',
  'usb',
  'window-management',
  'unknown',
  'some-permission-added-in-electron-99',
];

describe('§5 Electron hardening: permission requests are denied by default', () => {
  it('answers every permission request with false, exactly once', () => {
    const logged: string[] = [];
    const { request } = createPermissionHandlers((m) => logged.push(redactedText([m])));
    const fakeWebContents = { id: 1, getURL: () => 'app://werkbank/index.html' };
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      request(fakeWebContents, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(logged).toHaveLength(PERMISSIONS.length);
    // Electron's names are shown; a name it may add later is reduced to its length (a page cannot write into the log).
    expect(logged[6]).toBe('denied permission request: media');
    expect(logged.at(-1)).toBe('denied permission request: [redacted:36 chars]');
  });

  it('answers every permission check and device request with false', () => {
    const { check, device } = createPermissionHandlers();
    expect(check()).toBe(false);
    expect(device()).toBe(false);
  });
});
