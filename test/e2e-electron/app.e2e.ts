import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryPath } from '../../scripts/electronBinary';
import { CHANNELS, channelToMethod } from '../../shared/ipc/contract';

const root = join(import.meta.dirname, '../..');
const binary = electronBinaryPath(root);

const SKIP_REASON =
  'SKIPPED: Electron binary not installed on this machine (node_modules/electron/dist missing); run on a machine with internet';
if (!binary) {
  console.warn(`\n${'!'.repeat(100)}\n!!! e2e-electron ${SKIP_REASON}\n${'!'.repeat(100)}\n`);
}
test.skip(!binary, SKIP_REASON);

/**
 * What the tests touch inside the page. This file is type-checked without the DOM library (it
 * runs in Node), so the page's globals are described here instead.
 */
interface PageGlobals {
  werkbank?: Record<string, (input: object) => Promise<unknown>>;
  location: { href: string };
  open(url: string): unknown;
  fetch(url: string): Promise<unknown>;
  navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } };
  [name: string]: unknown;
}

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  // Test what is in the tree now, not a stale out/ folder.
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  app = await electron.launch({
    // Passed explicitly: without it Playwright requires the electron package, which downloads.
    executablePath: binary ?? undefined,
    args: ['.'],
    cwd: root,
    env: { ...process.env, WERKBANK_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbank-e2e-electron-')) },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

test.describe('§5 Electron hardening: the running desktop app', () => {
  test('opens one window titled Casuïstiek Werkbank on app://werkbank', async () => {
    await expect(page).toHaveTitle('Casuïstiek Werkbank');
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(windowTitle).toBe('Casuïstiek Werkbank');
    expect(page.url()).toMatch(/^app:\/\/werkbank\//);
  });

  test('window.werkbank holds exactly one function per contract channel, and Node is out of reach', async () => {
    const exposed = await page.evaluate(() => {
      const api: Record<string, unknown> = (globalThis as unknown as PageGlobals).werkbank ?? {};
      return Object.keys(api).map((key) => [key, typeof api[key]] as const);
    });
    expect(exposed.map(([key]) => key).sort()).toEqual(CHANNELS.map((c) => channelToMethod(c)).sort());
    expect(exposed.every(([, type]) => type === 'function')).toBe(true);

    const globals = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        ipcRenderer: typeof w.ipcRenderer,
        electron: typeof w.electron,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
    });
  });

  test('an IPC call from the page goes through the sender check and the contract', async () => {
    const status = await page.evaluate(() => (globalThis as unknown as PageGlobals).werkbank?.sessionStatus?.({}));
    expect(status).toMatchObject({ ok: true, value: { state: 'nieuw' } });
    const bad = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).werkbank?.sessionUnlock?.({ passphrase: 42 }),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  test('the passphrase screen shows (a fresh store asks for a new passphrase)', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkbank' })).toBeVisible();
    await expect(page.getByLabel('Wachtwoordzin', { exact: true })).toBeVisible();
  });

  test('navigation away, window.open and remote requests are all refused', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);

    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('file:///etc/passwd') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);

    const fetched = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).fetch('https://example.org/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  });

  test('every permission request is denied', async () => {
    const state = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).navigator.permissions.query({ name: 'geolocation' }).then((s) => s.state),
    );
    expect(state).not.toBe('granted');
  });
});
