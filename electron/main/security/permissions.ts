import { line, type LogLine } from '../../../shared/ipc/logLine';

export type PermissionLog = (message: LogLine) => void;

export interface PermissionHandlers {
  /** For session.setPermissionRequestHandler: the page asks (camera, notifications, …). */
  request: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  /** For session.setPermissionCheckHandler: the page probes whether it already has a permission. */
  check: () => boolean;
  /** For session.setDevicePermissionHandler: HID, serial, USB device access. */
  device: () => boolean;
}

/**
 * Checklist #5 "Handle session permission requests from remote content": Electron grants every
 * permission by default. The werkbank needs none — no camera, microphone, location,
 * notifications, clipboard reads or devices — so every request and every check is denied.
 */
export function createPermissionHandlers(log: PermissionLog = () => undefined): PermissionHandlers {
  return {
    request: (_webContents, permission, callback) => {
      log(line`denied permission request: ${permission}`);
      callback(false);
    },
    check: () => false,
    device: () => false,
  };
}
