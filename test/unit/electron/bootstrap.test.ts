import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { SAVE_FILE_CHANNEL } from '../../../shared/ipc/saveFile';

/*
 * The wiring in electron/main/index.ts cannot run without the Electron binary, so this builds the
 * real bundle with electron-vite, loads it under Node with 'electron' mapped to a recording fake
 * (fakeElectron/), and drives what it registered. It proves the built app applies the guards the
 * other tests prove in isolation; the Playwright Electron suite proves them in Chromium.
 */
const root = join(import.meta.dirname, '../../..');
const fake = join(import.meta.dirname, 'fakeElectron');

interface ProbeResult {
  sandboxEnabled: boolean;
  singleInstanceLockRequested: boolean;
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  exitCode: number | null;
  windowCount: number;
  loadedUrl: string | null;
  webPreferences: Record<string, unknown> | null;
  preloadExists: boolean;
  invokeChannels: string[];
  onChannels: string[];
  statusFromApp: unknown;
  statusFromForeign: unknown;
  statusFromIframe: unknown;
  badInput: unknown;
  servedIndex: { status: number; type: string | null; csp: string | null };
  servedTraversal: { status: number };
  permissionGranted: boolean;
  permissionCheck: boolean;
  deviceCheck: boolean;
  remoteRequestCancelled: boolean;
  appRequestCancelled: boolean;
  navigations: Record<string, { awayPrevented: boolean; homePrevented: boolean }>;
  webviewPrevented: boolean;
  windowOpen: Array<{ action: string }>;
  openedExternally: string[];
  osUnlock: { before: unknown; enabled: unknown; unlocked: unknown };
  lockTriggers: { afterCreate: string; afterScreenLock: string; reloadsAfterScreenLock: number; reloadsAfterGone: number; crashesAfterUnresponsive: number };
}

interface StartupProbe {
  exitCode: number | null;
  windowCount: number;
  errorBoxes: Array<{ title: string; content: string }>;
  status: { ok: boolean; value?: { storeLabel: string } } | null;
}

let workDir = '';
let outDir = '';
let probe: ProbeResult;

/** Runs the built main bundle against the fake Electron; `extraEnv` and `args` play how it was launched. */
function runProbe(extraEnv: Record<string, string>, args: string[] = []): unknown {
  const stdout = execFileSync(
    process.execPath,
    ['--import', join(fake, 'hooks.ts'), join(fake, 'probe.ts'), join(outDir, 'main/index.js'), ...args],
    {
      cwd: root,
      env: { ...process.env, WERKBANK_DATA_DIR: join(workDir, 'data'), FAKE_ELECTRON_HOME: join(workDir, 'home'), ...extraEnv },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('PROBE_RESULT '));
  if (!line) throw new Error(`probe printed no result:\n${stdout}`);
  return JSON.parse(line.slice('PROBE_RESULT '.length));
}

beforeAll(() => {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  workDir = mkdtempSync(join(root, 'test-results', 'electron-bootstrap-'));
  outDir = join(workDir, 'out');
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, WERKBANK_ELECTRON_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  probe = runProbe({}) as ProbeResult;
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('§5 Electron hardening: the built main bundle wires every guard', () => {
  it('enables the sandbox for all renderers, takes the single-instance lock and registers app:// as privileged', () => {
    expect(probe.sandboxEnabled).toBe(true);
    expect(probe.singleInstanceLockRequested).toBe(true);
    expect(probe.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(probe.exitCode).toBeNull();
  });

  it('opens one hardened window on app://werkbank/index.html with the built CommonJS preload', () => {
    expect(probe.windowCount).toBe(1);
    expect(probe.loadedUrl).toBe('app://werkbank/index.html');
    expect(probe.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(probe.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(probe.preloadExists).toBe(true);
  });

  it('registers exactly the contract channels and the save dialog, with the sender check in front', () => {
    expect(probe.invokeChannels).toEqual([...CHANNELS, SAVE_FILE_CHANNEL].sort());
    expect(probe.onChannels).toEqual([]);
    expect(probe.statusFromApp).toMatchObject({ ok: true, value: { state: 'nieuw' } });
    expect(probe.statusFromForeign).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(probe.statusFromIframe).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(probe.badInput).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('serves the built renderer with the CSP header and refuses traversal', () => {
    expect(probe.servedIndex.status).toBe(200);
    expect(probe.servedIndex.type).toBe('text/html; charset=utf-8');
    expect(probe.servedIndex.csp).toContain("frame-ancestors 'none'");
    expect(probe.servedTraversal.status).toBe(404);
  });

  it('denies permissions and cancels remote requests on the session', () => {
    expect(probe.permissionGranted).toBe(false);
    expect(probe.permissionCheck).toBe(false);
    expect(probe.deviceCheck).toBe(false);
    expect(probe.remoteRequestCancelled).toBe(true);
    expect(probe.appRequestCancelled).toBe(false);
  });

  it('guards every new webContents: navigation, redirects, webviews and window.open', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(probe.navigations[event], event).toEqual({ awayPrevented: true, homePrevented: false });
    }
    expect(probe.webviewPrevented).toBe(true);
    expect(probe.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    // Issue #12 item 4: not even https reaches the OS browser.
    expect(probe.openedExternally).toEqual([]);
  });

  it('locks the store and reloads the window on a screen lock and a renderer crash, and ends a hung renderer (issue #11 item 2)', () => {
    expect(probe.lockTriggers).toEqual({
      afterCreate: 'ontgrendeld',
      afterScreenLock: 'vergrendeld',
      reloadsAfterScreenLock: 1,
      reloadsAfterGone: 2,
      crashesAfterUnresponsive: 1,
    });
  });
});

describe('§5 unlock with the computer account (issue #11 item 1): the built bundle gives the session Electron’s safeStorage', () => {
  it('turns it on with the passphrase and opens the locked store with it', () => {
    expect(probe.osUnlock).toEqual({
      before: { ok: true, value: { enabled: false, unavailable: null } },
      enabled: { ok: true, value: { enabled: true, unavailable: null } },
      unlocked: { ok: true, value: expect.objectContaining({ state: 'ontgrendeld' }) as unknown },
    });
  });
});

describe('§5 Electron hardening (issue #12 item 5): the built bundle refuses a packaged start with switches no fuse covers', () => {
  it('a packaged app started with --no-sandbox shows the Dutch error box, exits 1 and opens no window', () => {
    const run = runProbe({ FAKE_ELECTRON_PACKAGED: '1', PROBE_MODE: 'startup' }, ['--no-sandbox']) as StartupProbe;
    expect(run.exitCode).toBe(1);
    expect(run.windowCount).toBe(0);
    expect(run.status).toBeNull();
    expect(run.errorBoxes.map((b) => b.title)).toEqual(['Casuïstiek Werkbank start niet']);
    expect(run.errorBoxes[0]?.content).toContain('--no-sandbox');
  });

  it('a packaged app ignores WERKBANK_DATA_DIR and keeps its store in the user data folder', () => {
    const run = runProbe({ FAKE_ELECTRON_PACKAGED: '1', PROBE_MODE: 'startup' }) as StartupProbe;
    expect(run.exitCode).toBeNull();
    expect(run.windowCount).toBe(1);
    expect(run.status?.value?.storeLabel).toBe(join(workDir, 'home', 'userData', 'werkbank.db'));
  });

  it('an unpackaged run keeps the switches and WERKBANK_DATA_DIR', () => {
    const run = runProbe({ PROBE_MODE: 'startup' }, ['--no-sandbox', '--remote-debugging-port=0']) as StartupProbe;
    expect(run.exitCode).toBeNull();
    expect(run.errorBoxes).toEqual([]);
    expect(run.status?.value?.storeLabel).toBe(join(workDir, 'data', 'werkbank.db'));
  });
});
