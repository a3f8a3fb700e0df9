/**
 * Issue #11 item 2: besides the idle timer, the store locks when the person walks away in a way the
 * OS can see — the screen locks, the machine suspends, the macOS session is switched to another
 * user — and when the renderer crashes or hangs. Locking alone is not enough: the page still holds
 * in memory what it showed (react-query's cache of cases), so the window is reloaded too, which
 * starts a fresh page on the unlock screen. A crashed renderer would otherwise leave a blank window
 * on an unlocked store that any new page could read.
 *
 * Only the parts of Electron's objects used here are named, so the tests pass small fakes and tsc
 * checks the real BrowserWindow and powerMonitor against these shapes in index.ts.
 */

type OsEvent = 'lock-screen' | 'suspend' | 'user-did-resign-active';

interface LockTriggerPowerMonitor {
  on(event: OsEvent, listener: () => void): unknown;
  removeListener(event: OsEvent, listener: () => void): unknown;
}

interface LockTriggerWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive', listener: () => void): unknown;
  readonly webContents: {
    isDestroyed(): boolean;
    on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string }) => void): unknown;
    on(event: 'did-finish-load', listener: () => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

interface LockTriggerInput {
  powerMonitor: LockTriggerPowerMonitor;
  window: LockTriggerWindow;
  session: { lock(): unknown };
  log: { warn(message: string): void; error(message: string): void };
}

/**
 * A renderer that crashes again before its page has loaded is not reloaded forever: after this many
 * crashes in a row the window stays as it is (blank, but on a locked store) and the log says why.
 */
const MAX_RELOADS_WITHOUT_LOAD = 3;

const OS_EVENTS: ReadonlyArray<readonly [OsEvent, string]> = [
  ['lock-screen', 'the screen locked'],
  ['suspend', 'the machine suspends'],
  // macOS fast user switching: someone else now sits at this machine.
  ['user-did-resign-active', 'the OS session was switched to another user'],
];

/** Attaches the triggers to one window; the returned function detaches the power monitor again (call it when the window closes). */
export function attachLockTriggers({ powerMonitor, window, session, log }: LockTriggerInput): () => void {
  let crashesSinceLoad = 0;
  const contents = window.webContents;
  const alive = () => !window.isDestroyed() && !contents.isDestroyed();

  const lockAndReload = (why: string) => {
    session.lock();
    log.warn(`locked the store: ${why}`);
    if (alive()) contents.reload();
  };

  const osListeners = OS_EVENTS.map(([event, why]) => [event, () => lockAndReload(why)] as const);
  for (const [event, listener] of osListeners) powerMonitor.on(event, listener);

  contents.on('did-finish-load', () => {
    crashesSinceLoad = 0;
  });
  contents.on('render-process-gone', (_event, details) => {
    session.lock();
    log.warn(`locked the store: the renderer is gone (${details.reason})`);
    if (!alive()) return;
    crashesSinceLoad += 1;
    if (crashesSinceLoad > MAX_RELOADS_WITHOUT_LOAD) {
      log.error(`the renderer crashed ${String(crashesSinceLoad)} times before its page loaded; not reloading again`);
      return;
    }
    contents.reload();
  });
  // A hung page cannot be reloaded in place. Electron's recipe: end its process (which emits
  // render-process-gone, whose handler above reloads into a new one).
  window.on('unresponsive', () => {
    session.lock();
    log.warn('locked the store: the renderer stopped responding');
    if (alive()) contents.forcefullyCrashRenderer();
  });

  return () => {
    for (const [event, listener] of osListeners) powerMonitor.removeListener(event, listener);
  };
}
