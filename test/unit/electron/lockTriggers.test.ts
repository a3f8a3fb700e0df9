import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { attachLockTriggers } from '../../../electron/main/lockTriggers';
import { StoreSession } from '../../../electron/core/store/session';
import { tempDir, TEST_KDF, TEST_PASSPHRASE } from '../../integration/helpers';

/** A window and its webContents as far as the triggers use them; records what they were asked to do. */
class FakeContents extends EventEmitter {
  destroyed = false;
  calls: string[] = [];
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.calls.push('reload');
  }
  forcefullyCrashRenderer(): void {
    this.calls.push('forcefullyCrashRenderer');
    // What Electron does next: the process is gone, with reason killed.
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  }
}
class FakeWindow extends EventEmitter {
  destroyed = false;
  readonly webContents = new FakeContents();
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function setUp() {
  const powerMonitor = new EventEmitter();
  const window = new FakeWindow();
  const locks: string[] = [];
  const logged: string[] = [];
  const session = { lock: () => locks.push('lock') };
  const log = { warn: (m: string) => logged.push(`warn: ${m}`), error: (m: string) => logged.push(`error: ${m}`) };
  const detach = attachLockTriggers({ powerMonitor, window, session, log });
  return { powerMonitor, window, contents: window.webContents, locks, logged, detach };
}

describe('§5 auto-lock (issue #11 item 2): the store locks and the window returns to the unlock screen when the person walks away', () => {
  it.each([
    ['lock-screen', 'warn: locked the store: the screen locked'],
    ['suspend', 'warn: locked the store: the machine suspends'],
    ['user-did-resign-active', 'warn: locked the store: the OS session was switched to another user'],
  ])('on powerMonitor %j: locks, then reloads the page so nothing it showed stays in memory', (event, line) => {
    const { powerMonitor, contents, locks, logged } = setUp();
    powerMonitor.emit(event);
    expect(locks).toEqual(['lock']);
    expect(contents.calls).toEqual(['reload']);
    expect(logged).toEqual([line]);
  });

  it('ignores power events it does not know (resume, on-battery)', () => {
    const { powerMonitor, contents, locks } = setUp();
    powerMonitor.emit('resume');
    powerMonitor.emit('on-battery');
    expect(locks).toEqual([]);
    expect(contents.calls).toEqual([]);
  });

  it('still locks when the window is already gone, without touching it', () => {
    const { powerMonitor, window, contents, locks } = setUp();
    window.destroyed = true;
    powerMonitor.emit('suspend');
    expect(locks).toEqual(['lock']);
    expect(contents.calls).toEqual([]);
  });

  it('stops listening to the power monitor once detached (the window closed)', () => {
    const { powerMonitor, locks, detach } = setUp();
    detach();
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    expect(locks).toEqual([]);
    expect(powerMonitor.eventNames()).toEqual([]);
  });
});

describe('§5 auto-lock (issue #11 item 2): a crashed or hung renderer never leaves a blank window on an unlocked store', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'memory-eviction', 'clean-exit'])(
    'render-process-gone (%s): locks and reloads into a fresh page on the unlock screen',
    (reason) => {
      const { contents, locks, logged } = setUp();
      contents.emit('render-process-gone', {}, { reason, exitCode: 1 });
      expect(locks).toEqual(['lock']);
      expect(contents.calls).toEqual(['reload']);
      expect(logged).toEqual([`warn: locked the store: the renderer is gone (${reason})`]);
    },
  );

  it('unresponsive: locks, ends the hung renderer and reloads into a new process (Electron’s recipe)', () => {
    const { window, contents, locks, logged } = setUp();
    window.emit('unresponsive');
    expect(contents.calls).toEqual(['forcefullyCrashRenderer', 'reload']);
    expect(locks).toEqual(['lock', 'lock']);
    expect(logged).toEqual(['warn: locked the store: the renderer stopped responding', 'warn: locked the store: the renderer is gone (killed)']);
  });

  it('does not reload forever a renderer that keeps crashing before its page loads; a load resets the count', () => {
    const { contents, locks, logged } = setUp();
    const crash = () => contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    crash();
    crash();
    crash();
    crash();
    expect(contents.calls).toEqual(['reload', 'reload', 'reload']);
    expect(locks).toHaveLength(4);
    expect(logged.at(-1)).toBe('error: the renderer crashed 4 times before its page loaded; not reloading again');
    contents.emit('did-finish-load');
    crash();
    expect(contents.calls).toEqual(['reload', 'reload', 'reload', 'reload']);
  });

  it('locks but does not reload a window that was destroyed', () => {
    const { contents, locks } = setUp();
    contents.destroyed = true;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(locks).toEqual(['lock']);
    expect(contents.calls).toEqual([]);
  });
});

describe('§5 auto-lock (issue #11 item 2): the trigger locks the real store session', () => {
  it('an unlocked StoreSession is locked by a screen lock and refuses the database afterwards', async () => {
    const session = new StoreSession(tempDir('werkbank-lock-triggers-'), { kdfCost: TEST_KDF });
    await session.create(TEST_PASSPHRASE);
    expect(session.status().state).toBe('ontgrendeld');
    const powerMonitor = new EventEmitter();
    attachLockTriggers({ powerMonitor, window: new FakeWindow(), session, log: { warn: () => undefined, error: () => undefined } });
    powerMonitor.emit('lock-screen');
    expect(session.status().state).toBe('vergrendeld');
    expect(() => session.database()).toThrow('De werkbank is vergrendeld. Vul uw wachtwoordzin in om verder te gaan.');
  });
});
