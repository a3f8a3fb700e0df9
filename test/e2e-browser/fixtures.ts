import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/core/handlers';
import { StoreSession } from '../../electron/core/store/session';
import { startHost, type RunningHost } from '../../electron/host/server';
import { fakeKeychain } from '../integration/fakeKeychain';

export interface Werkbank {
  host: RunningHost;
  session: StoreSession;
  dataDir: string;
}

/** A clock the spec moves by hand: `now` in ms since the epoch. */
export interface ManualClock {
  now: number;
}

export interface WerkbankOptions {
  /**
   * The store session's clock (the auto-lock's idle time); default the real one. A spec that drives
   * the browser with `page.clock` sets it with `test.use` to move the host's time in step. (An object,
   * not a function: Playwright would take a function given to `test.use` for a fixture.)
   */
  sessionClock: ManualClock | undefined;
  /**
   * Gives the session a stand-in OS keychain, as the desktop app's safeStorage would (issue #11
   * item 1); the real browser host has none. Off by default.
   */
  osKeychain: boolean;
}

/** A fresh browser host on a fresh (not yet created) encrypted store for every test. */
export const test = base.extend<{ werkbank: Werkbank } & WerkbankOptions>({
  sessionClock: [undefined, { option: true }],
  osKeychain: [false, { option: true }],
  werkbank: async ({ sessionClock, osKeychain }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-e2e-'));
    const session = new StoreSession(dataDir, {
      ...(sessionClock ? { now: () => sessionClock.now } : {}),
      ...(osKeychain ? { osKeyProtector: fakeKeychain().protector } : {}),
    });
    const host = await startHost({
      // WERKBANK_RENDERER_DIR lets parallel work build and test its own copy of the renderer.
      rendererDir: resolve(process.env.WERKBANK_RENDERER_DIR ?? 'out/renderer'),
      handlers: createHandlers({ session, actor: 'e2e' }),
    });
    await use({ host, session, dataDir });
    session.lock();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** WCAG 2.1 AA (plus 2.2 AA) — PRODUCT.md §7: every screen without violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // From the top, and without focus on the skip link (it would be painted mid-page when scrolled).
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

export const PASSPHRASE = 'correct paard batterij niet';

export async function createStoreThroughUi(page: Page, werkbank: Werkbank): Promise<void> {
  await page.goto(werkbank.host.startUrl());
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Werkbank aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
}

/** Loads the 9-case example dataset (test/fixtures/dataset-voorbeeld.json) into the open store, then reloads. */
export async function importVoorbeeld(page: Page, werkbank: Werkbank): Promise<void> {
  const { importDataset } = await import('../../electron/core/data');
  const { readFileSync } = await import('node:fs');
  importDataset(werkbank.session.database(), JSON.parse(readFileSync('test/fixtures/dataset-voorbeeld.json', 'utf8')) as unknown, { actor: 'e2e' });
  await page.reload();
}
