// Types shared by the fake 'electron' module and the probe. Type-only: Node strips this file's
// imports away, so the two scripts run without importing each other.
import type { EventEmitter } from 'node:events';

export type Listener = (...args: unknown[]) => unknown;

export interface FakeWindow extends EventEmitter {
  options: { webPreferences: Record<string, unknown> & { preload: string } };
  loadedUrl: string | null;
  webContents: EventEmitter & { reloads: number; crashes: number };
}

export interface FakeElectronRecord {
  app: EventEmitter;
  sandboxEnabled: boolean;
  singleInstanceLockRequested: boolean;
  schemes: unknown;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  invokeHandlers: Map<string, Listener>;
  onChannels: Set<string>;
  windows: FakeWindow[];
  sessionHandlers: {
    request?: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    check?: () => boolean;
    device?: () => boolean;
  };
  beforeRequest: ((details: { url: string }, callback: (verdict: { cancel: boolean }) => void) => void) | null;
  openedExternally: string[];
  exitCode: number | null;
  errorBoxes: Array<{ title: string; content: string }>;
  powerMonitor: EventEmitter;
}

export type WithRecord = typeof globalThis & { __fakeElectron: FakeElectronRecord };
