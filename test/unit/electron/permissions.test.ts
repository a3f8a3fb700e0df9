import { describe, expect, it } from 'vitest';
import { createPermissionHandlers } from '../../../electron/main/security/permissions';

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
    const { request } = createPermissionHandlers((m) => logged.push(m));
    const fakeWebContents = { id: 1, getURL: () => 'app://werkbank/index.html' };
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      request(fakeWebContents, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(logged).toHaveLength(PERMISSIONS.length);
  });

  it('answers every permission check and device request with false', () => {
    const { check, device } = createPermissionHandlers();
    expect(check()).toBe(false);
    expect(device()).toBe(false);
  });
});
