// A stand-in for the 'electron' module, just enough for the built main bundle (and electron-log)
// to start under plain Node 24, which runs this file by stripping its types. It records what the
// bootstrap registers, on globalThis, so the probe can drive it.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeElectronRecord, FakeWindow, Listener, WithRecord } from './record.ts';

const home = process.env.FAKE_ELECTRON_HOME ?? tmpdir();

class FakeApp extends EventEmitter {
  // FAKE_ELECTRON_PACKAGED=1 plays a packaged app (startup refusal, WERKBANK_DATA_DIR ignored).
  isPackaged = process.env.FAKE_ELECTRON_PACKAGED === '1';
  enableSandbox(): void {
    record.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    record.singleInstanceLockRequested = true;
    return true;
  }
  quit(): void {}
  exit(code: number): void {
    record.exitCode = code;
  }
  getPath(name: string): string {
    return join(home, name);
  }
  getName(): string {
    return 'casuistiek-werkbank';
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getAppPath(): string {
    return process.cwd();
  }
  isReady(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}

const record: FakeElectronRecord = {
  app: new FakeApp(),
  sandboxEnabled: false,
  singleInstanceLockRequested: false,
  schemes: null,
  protocolHandlers: new Map(),
  invokeHandlers: new Map(),
  onChannels: new Set(),
  windows: [],
  sessionHandlers: {},
  beforeRequest: null,
  openedExternally: [],
  exitCode: null,
  errorBoxes: [],
  powerMonitor: new EventEmitter(),
};
(globalThis as WithRecord).__fakeElectron = record;

export const app = record.app;

class FakeWebContents extends EventEmitter {
  reloads = 0;
  crashes = 0;
  isDestroyed(): boolean {
    return false;
  }
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.crashes += 1;
  }
}

export class BrowserWindow extends EventEmitter implements FakeWindow {
  loadedUrl: string | null = null;
  readonly webContents = new FakeWebContents();
  options: FakeWindow['options'];
  constructor(options: FakeWindow['options']) {
    super();
    this.options = options;
    record.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return false;
  }
  static getAllWindows(): FakeWindow[] {
    return record.windows;
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    record.schemes = schemes;
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    record.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(h: FakeElectronRecord['sessionHandlers']['request']): void {
      record.sessionHandlers.request = h;
    },
    setPermissionCheckHandler(h: () => boolean): void {
      record.sessionHandlers.check = h;
    },
    setDevicePermissionHandler(h: () => boolean): void {
      record.sessionHandlers.device = h;
    },
    webRequest: {
      onBeforeRequest(listener: FakeElectronRecord['beforeRequest']): void {
        record.beforeRequest = listener;
      },
    },
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    record.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (record.invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.invokeHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    record.invokeHandlers.delete(channel);
  },
  on(channel: string): void {
    record.onChannels.add(channel);
  },
  once(): void {},
  removeAllListeners(channel: string): void {
    record.onChannels.delete(channel);
  },
  removeListener(): void {},
};

export const webContents = { getAllWebContents: (): unknown[] => [] };
export const dialog = {
  showSaveDialog: (): Promise<{ canceled: boolean }> => Promise.resolve({ canceled: true }),
  showErrorBox(title: string, content: string): void {
    record.errorBoxes.push({ title, content });
  },
};
export const powerMonitor = record.powerMonitor;
// A keychain that works on every platform (GNOME Keyring on Linux): reversed bytes behind a tag.
export const safeStorage = {
  getSelectedStorageBackend: (): string => 'gnome_libsecret',
  isAsyncEncryptionAvailable: (): Promise<boolean> => Promise.resolve(true),
  encryptStringAsync: (plain: string): Promise<Buffer> => Promise.resolve(Buffer.concat([Buffer.from('v11'), Buffer.from(plain).reverse()])),
  decryptStringAsync: (sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> =>
    Promise.resolve({ result: Buffer.from(sealed.subarray(3)).reverse().toString(), shouldReEncrypt: false }),
};
