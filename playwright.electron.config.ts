import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the packaged-style desktop app through Playwright's Electron driver. They
 * skip themselves, loudly, on machines without the Electron binary (see the test file).
 */
export default defineConfig({
  // Same loader settings as the browser suite (see tsconfig.playwright.json for why).
  tsconfig: './tsconfig.playwright.json',
  testDir: 'test/e2e-electron',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e-electron',
  // One Electron app at a time: it takes the single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
});
