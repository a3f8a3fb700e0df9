import { mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, powerMonitor, protocol, safeStorage, session, type Session } from 'electron';
import log from 'electron-log/main';
import { line, type LogLine } from '../../shared/ipc/logLine';
import { createHandlers } from '../core/handlers';
import { StoreSession } from '../core/store/session';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from './appOrigin';
import { registerAppIpc } from './ipc';
import { redactionHook } from './logging';
import { attachLockTriggers } from './lockTriggers';
import { createOsKeyProtector } from './osKeychain';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createWindowOpenHandler } from './security/externalLinks';
import { createNavigationGuard, preventWebviewAttach } from './security/navigation';
import { createPermissionHandlers } from './security/permissions';
import { isAllowedRequestUrl } from './security/requests';
import { startupRefusal, startupRefusalMessage } from './startupRefusal';
import { createWindowOptions } from './windowOptions';

/*
 * Bootstrap only: every decision lives in a small pure module next to this file and is tested
 * under Node. This file wires those modules to Electron and is checked by tsc and the Electron
 * end-to-end test (which needs the binary).
 */

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, '../preload/index.cjs');
const RENDERER_ROOT = join(here, '../renderer');

log.hooks.push(redactionHook);
const warn = (message: LogLine): void => log.warn(message);

// Issue #12 item 5: a packaged app refuses switches no fuse covers, before anything else happens.
const startup = startupRefusal(process.argv, process.env, app.isPackaged);

// Must happen before 'ready': privileged schemes cannot be registered later.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Checklist #4: sandbox every renderer, including any that a future change creates by accident.
app.enableSandbox();

if (startup.kind === 'refuse') {
  log.error(`refused to start: launched with ${startup.switches.join(' ')}`);
  // Allowed before 'ready' (on Linux it goes to stderr then); no window, no store is ever opened.
  const { title, content } = startupRefusalMessage(startup.switches);
  dialog.showErrorBox(title, content);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // One instance per user: two processes writing one encrypted store would race the audit chain.
  app.quit();
} else {
  if (startup.ignoredDataDir) warn(line`ignored WERKBANK_DATA_DIR: a packaged app keeps its store in the user data folder`);
  start(startup.dataDirOverride);
}

function start(dataDirOverride: string | null): void {
  let mainWindow: BrowserWindow | null = null;
  const dataDir = dataDirOverride ?? app.getPath('userData');
  // Issue #11 item 1: "unlock with this computer account" (off until a beheerder turns it on).
  const store = new StoreSession(dataDir, { osKeyProtector: createOsKeyProtector(safeStorage, process.platform) });

  const permissions = createPermissionHandlers(warn);
  const hardenSession = (s: Session): void => {
    s.setPermissionRequestHandler(permissions.request);
    s.setPermissionCheckHandler(permissions.check);
    s.setDevicePermissionHandler(permissions.device);
    s.webRequest.onBeforeRequest((details, callback) => {
      const allowed = isAllowedRequestUrl(details.url, APP_ORIGIN);
      if (!allowed) warn(line`cancelled a request outside the app origin`);
      callback({ cancel: !allowed });
    });
  };
  app.on('session-created', hardenSession);

  // Applied to every webContents the app ever creates, not just the main window.
  const guardNavigation = createNavigationGuard(APP_ORIGIN, warn);
  const openHandler = createWindowOpenHandler(warn);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (details) => guardNavigation(details));
    contents.on('will-frame-navigate', (details) => guardNavigation(details));
    contents.on('will-redirect', (details) => guardNavigation(details));
    contents.on('will-attach-webview', (event) => preventWebviewAttach(event));
    contents.setWindowOpenHandler(openHandler);
  });

  const createWindow = async (): Promise<void> => {
    const win = new BrowserWindow(createWindowOptions({ preloadPath: PRELOAD_PATH, devTools: !app.isPackaged }));
    mainWindow = win;
    win.once('ready-to-show', () => win.show());
    // Issue #11 item 2: screen lock, suspend, a crashed or hung renderer lock the store and reload.
    const detachLockTriggers = attachLockTriggers({ powerMonitor, window: win, session: store, log });
    win.on('closed', () => {
      detachLockTriggers();
      if (mainWindow === win) mainWindow = null;
    });
    await win.loadURL(APP_ENTRY_URL);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(async () => {
      mkdirSync(dataDir, { recursive: true });
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT, (path) => readFile(path), warn));
      await registerAppIpc(createHandlers({ session: store, actor: 'gebruiker' }), log, {
        choosePath: async (suggestedName, extension) => {
          const options = {
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
          };
          const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
        },
        // A temporary name first, as the CLI does: a crash never leaves half an export behind.
        write: async (path, content) => {
          await writeFile(`${path}.part`, content);
          await rename(`${path}.part`, path);
        },
      });
      await createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void createWindow();
      });
    })
    .catch((e: unknown) => {
      log.error(line`startup failed`, e);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    // macOS apps stay in the dock without windows; everywhere else closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database so the key leaves memory and the WAL is checkpointed.
  app.on('will-quit', () => {
    store.lock();
  });
}
