// Loads the built main bundle against the fake Electron, drives every hook it registered, and
// prints one JSON line (prefixed) with what happened.
// Usage: node --import ./hooks.ts ./probe.ts <out/main/index.js>
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { WithRecord } from './record.ts';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
const mainBundle = process.argv[2];
if (!mainBundle) throw new Error('usage: probe.ts <main bundle>');

await import(pathToFileURL(mainBundle).href);
const r = (globalThis as WithRecord).__fakeElectron;
for (let i = 0; i < 100 && r.windows.length === 0 && r.exitCode === null; i++) await tick();

// PROBE_MODE=startup: only how the app started (or refused to), for the packaged-app runs.
if (process.env.PROBE_MODE === 'startup') {
  const status = r.invokeHandlers.get('session:status');
  const appFrame = { senderFrame: { url: 'app://werkbank/index.html', parent: null } };
  const started = {
    exitCode: r.exitCode,
    windowCount: r.windows.length,
    errorBoxes: r.errorBoxes,
    status: status ? await status(appFrame, {}) : null,
  };
  console.log(`PROBE_RESULT ${JSON.stringify(started)}`);
  process.exit(0);
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the bootstrap did not register ${what}`);
  return value;
}

const win = r.windows[0];
const appFrame = { senderFrame: { url: 'app://werkbank/index.html#/casussen', parent: null } };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
const iframe = { senderFrame: { url: 'app://werkbank/index.html', parent: { url: 'app://werkbank/', parent: null } } };
const invoke = (channel: string, event: unknown, payload: unknown): unknown =>
  required(r.invokeHandlers.get(channel), `an IPC handler for ${channel}`)(event, payload);

const appProtocol = required(r.protocolHandlers.get('app'), 'the app:// protocol');
const serve = async (url: string) => {
  const res = await appProtocol(new Request(url));
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy') };
};

const requestPermission = required(r.sessionHandlers.request, 'a permission request handler');
const permission = await new Promise<boolean>((resolve) => requestPermission({}, 'media', resolve, {}));
const beforeRequest = required(r.beforeRequest, 'a webRequest filter');
const requestVerdict = (url: string): Promise<boolean> =>
  new Promise((resolve) => beforeRequest({ url }, (v) => resolve(v.cancel)));

type OpenHandler = (details: { url: string }) => { action: string };
class FakeContents extends EventEmitter {
  windowOpenHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.windowOpenHandler = handler;
  }
}
const contents = new FakeContents();
r.app.emit('web-contents-created', {}, contents);
const navigations: Record<string, { awayPrevented: boolean; homePrevented: boolean }> = {};
for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
  let away = false;
  let home = false;
  contents.emit(event, { url: 'https://evil.example/', preventDefault: () => (away = true) });
  contents.emit(event, { url: 'app://werkbank/index.html', preventDefault: () => (home = true) });
  navigations[event] = { awayPrevented: away, homePrevented: home };
}
let webviewPrevented = false;
contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) }, {}, {});
const openHandler = required(contents.windowOpenHandler, 'a window-open handler');
const windowOpen = [openHandler({ url: 'file:///etc/passwd' }), openHandler({ url: 'https://example.org/a' })];
await tick();

// Asked before the lock triggers below create a store.
const ipcBeforeStore = {
  statusFromApp: await invoke('session:status', appFrame, {}),
  statusFromForeign: await invoke('session:status', foreign, {}),
  statusFromIframe: await invoke('session:status', iframe, {}),
  badInput: await invoke('session:unlock', appFrame, { passphrase: 42 }),
};

// The lock triggers: create (so unlock) a store, then lock the screen, crash and hang the renderer.
const sessionState = async (): Promise<unknown> => ((await invoke('session:status', appFrame, {})) as { value?: { state?: string } }).value?.state;
await invoke('session:create', appFrame, { passphrase: 'probe-wachtwoordzin-lang', confirmation: 'probe-wachtwoordzin-lang' });
const contentsOfWindow = required(win, 'a window').webContents;
const afterCreate = await sessionState();
r.powerMonitor.emit('lock-screen');
const afterScreenLock = await sessionState();
const reloadsAfterScreenLock = contentsOfWindow.reloads;
contentsOfWindow.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
const reloadsAfterGone = contentsOfWindow.reloads;
win?.emit('unresponsive');
const lockTriggers = { afterCreate, afterScreenLock, reloadsAfterScreenLock, reloadsAfterGone, crashesAfterUnresponsive: contentsOfWindow.crashes };

// Unlock with the computer account, through the session's keychain (safeStorage).
await invoke('session:unlock', appFrame, { passphrase: 'probe-wachtwoordzin-lang' });
const osUnlock = {
  before: await invoke('session:osUnlockStatus', appFrame, {}),
  enabled: await invoke('session:enableOsUnlock', appFrame, { passphrase: 'probe-wachtwoordzin-lang' }),
  unlocked: (await invoke('session:lock', appFrame, {}), await invoke('session:unlockWithOs', appFrame, {})),
};

const result = {
  sandboxEnabled: r.sandboxEnabled,
  singleInstanceLockRequested: r.singleInstanceLockRequested,
  schemes: r.schemes,
  exitCode: r.exitCode,
  windowCount: r.windows.length,
  loadedUrl: win?.loadedUrl ?? null,
  webPreferences: win?.options.webPreferences ?? null,
  preloadExists: win ? existsSync(win.options.webPreferences.preload) : false,
  invokeChannels: [...r.invokeHandlers.keys()].sort(),
  onChannels: [...r.onChannels].sort(),
  ...ipcBeforeStore,
  servedIndex: await serve('app://werkbank/'),
  servedTraversal: await serve('app://werkbank/%2e%2e%2fmain%2findex.js'),
  permissionGranted: permission,
  permissionCheck: required(r.sessionHandlers.check, 'a permission check handler')(),
  deviceCheck: required(r.sessionHandlers.device, 'a device permission handler')(),
  remoteRequestCancelled: await requestVerdict('https://example.org/x.js'),
  appRequestCancelled: await requestVerdict('app://werkbank/index.html'),
  navigations,
  webviewPrevented,
  windowOpen,
  openedExternally: r.openedExternally,
  lockTriggers,
  osUnlock,
};
console.log(`PROBE_RESULT ${JSON.stringify(result)}`);
r.app.emit('will-quit');
process.exit(0);

