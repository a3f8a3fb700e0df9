/**
 * `npm run bench:ui` (issue #13 item 4): the screens at city scale, as a person meets them. Builds a
 * demo store (`werkbank demo`, 10.000 cases unless `--cases N`), starts the browser host on it,
 * opens Debian's Chromium with Playwright, unlocks through the screen, and prints one JSON line:
 * the time to the first case list, scroll frame times (requestAnimationFrame deltas over a scripted
 * scroll of the virtualised list: median and p95), the filter's response (goal < 300 ms), and the
 * same for the inbox and the register. A report, not a test: nothing here passes or fails on time.
 */
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../electron/core/handlers';
import { DB_FILE_NAME, StoreSession } from '../electron/core/store/session';
import { startHost } from '../electron/host/server';

const PASSPHRASE = 'bench-ui-werkbank';
const casesArg = process.argv.indexOf('--cases');
const CASES = casesArg > 0 ? Number(process.argv[casesArg + 1]) : 10_000;
if (!Number.isInteger(CASES) || CASES < 1) throw new Error('--cases takes a positive whole number');
/** The scripted scroll: this many frames, each moving the list by this many pixels (≈ 8 rows). */
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 400;

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[at] ?? NaN);
}
const round = (ms: number) => Math.round(ms * 10) / 10;

/** In the page: scroll the virtual region of `tableSelector` frame by frame; the rAF deltas in ms. */
const scrollScript = (tableSelector: string) => `(async () => {
  const box = document.querySelector(${JSON.stringify(tableSelector)}).closest('.werkbank-virtual');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const deltas = [];
  let last = await frame();
  for (let i = 0; i < ${String(SCROLL_FRAMES)}; i++) {
    box.scrollTop += ${String(SCROLL_STEP_PX)};
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  return { deltas, rowsInDom: box.querySelectorAll('tbody tr[data-index]').length };
})()`;

/**
 * In the page: choose `value` in the filter select `name` and wait until the count line (a status
 * matching `countPattern`) says something else and has been painted; the ms from the change.
 */
const filterScript = (name: string, value: string, countPattern: string) => `(async () => {
  const select = document.querySelector('search select[name=${JSON.stringify(name)}]');
  const count = () => [...document.querySelectorAll('[role=status]')].map((s) => s.textContent).find((s) => new RegExp(${JSON.stringify(countPattern)}).test(s)) ?? '';
  const before = count();
  const t0 = performance.now();
  select.value = ${JSON.stringify(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => { const now = count(); if (now !== '' && now !== before) { observer.disconnect(); resolve(); } };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})()`;

async function timeTo(page: Page, what: () => Promise<unknown>, visible: string): Promise<number> {
  const t0 = performance.now();
  await what();
  await page.locator(visible).first().waitFor({ state: 'visible', timeout: 120_000 });
  return round(performance.now() - t0);
}

async function scrollFigures(page: Page, tableSelector: string) {
  const { deltas, rowsInDom } = await page.evaluate<{ deltas: number[]; rowsInDom: number }>(scrollScript(tableSelector));
  return { frameMedianMs: median(deltas), frameP95Ms: percentile(deltas, 95), frameMaxMs: round(Math.max(...deltas)), frames: deltas.length, rowsInDom };
}

const filterMs = async (page: Page, name: string, value: string, countPattern: string) =>
  round(await page.evaluate<number>(filterScript(name, value, countPattern)));

const dir = mkdtempSync(join(tmpdir(), 'werkbank-bench-ui-'));
try {
  const fill = performance.now();
  const demo = spawnSync(resolve('node_modules/.bin/tsx'), ['electron/cli.ts', 'demo', '--db', join(dir, DB_FILE_NAME), '--cases', String(CASES)], {
    env: { ...process.env, WERKBANK_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (demo.status !== 0) throw new Error(`werkbank demo failed (exit ${String(demo.status)})`);
  const demoMs = round(performance.now() - fill);

  const session = new StoreSession(dir);
  const host = await startHost({ rendererDir: resolve(process.env.WERKBANK_RENDERER_DIR ?? 'out/renderer'), handlers: createHandlers({ session, actor: 'bench-ui' }) });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl-NL'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    await page.goto(host.startUrl());
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    const caseRow = '[data-testid="cases"] tbody tr[data-index]';
    // Unlock (scrypt, in the host) and the first rows of the case list.
    const unlockToCaseListMs = await timeTo(page, () => page.getByRole('button', { name: 'Ontgrendelen' }).click(), caseRow);
    // The store already open: a reload, as a person coming back to the tab.
    const caseListMs = await timeTo(page, () => page.reload(), caseRow);
    const caseScroll = await scrollFigures(page, '[data-testid="cases"]');
    const casePattern = '^(\\d[\\d.]* casus(sen)?|Geen casussen.*)$';
    const caseFilter = {
      wijkMs: await filterMs(page, 'wijk', 'Bloemhof', casePattern),
      spoorMs: await filterMs(page, 'spoor', 'wonen', casePattern),
      allMs: await filterMs(page, 'wijk', '', casePattern),
    };

    const inboxRow = '[data-testid="inbox"] tbody tr[data-index]';
    const inboxMs = await timeTo(page, () => page.goto(`${new URL(page.url()).origin}/#/escalaties`), inboxRow);
    const inboxRows = await page.locator('[data-testid="inbox"]').getAttribute('aria-rowcount');
    const inboxScroll = await scrollFigures(page, '[data-testid="inbox"]');
    const inboxFilterMs = await filterMs(page, 'target', 'prio', '^(\\d[\\d.]* escalaties?|Geen escalaties.*)( · .*)?$');

    const registerRow = '[data-testid="register"] tbody tr[data-index]';
    await page.goto(`${new URL(page.url()).origin}/#/businesscase`);
    const registerMs = await timeTo(page, () => page.getByRole('tab', { name: 'Weekbedragregister', exact: true }).click(), registerRow);
    const registerRows = await page.locator('[data-testid="register"]').getAttribute('aria-rowcount');
    const registerScroll = await scrollFigures(page, '[data-testid="register"]');

    const line = {
      cases: CASES,
      demoMs,
      unlockToCaseListMs,
      caseListMs,
      caseScroll,
      caseFilter,
      inbox: { rows: Number(inboxRows) - 1, firstRowsMs: inboxMs, scroll: inboxScroll, filterMs: inboxFilterMs },
      register: { rows: Number(registerRows) - 2, firstRowsMs: registerMs, scroll: registerScroll },
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    await browser.close();
    session.lock();
    await host.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
