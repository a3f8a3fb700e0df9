import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the browser host with a real encrypted store
 * (test/e2e-browser/fixtures.ts starts one per worker). `npx playwright install` cannot work on our
 * machines, so the browser is the system one.
 */
/**
 * The browser shows Rotterdam's calendar (timezoneId below), so the host in the test process must
 * count "today" in the same one: otherwise between 23:00 and 24:00 UTC the screen's today is the
 * host's tomorrow and a besluit dated today is refused as lying in the future. Set before any Date
 * is made; the workers inherit it.
 */
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  tsconfig: './tsconfig.playwright.json',
  testDir: 'test/e2e-browser',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e-browser',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  // A busy 2-core machine (CI beside other work) can take longer than Playwright's default 5 s to
  // unlock a store (scrypt N = 2^17) or render a screen; waiting longer asserts no timing, it only
  // keeps a slow machine from failing a correct screen.
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        // Dutch date fields (dd-mm-jjjj) and number formats in the browser's own controls.
        '--lang=nl-NL',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
