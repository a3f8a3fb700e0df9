/**
 * §5 auto-lock: "only a user's action counts as activity, never a screen's polling". A window left
 * open on a projector keeps polling (the overdue banner every minute, the session state every 30 s)
 * and must still lock after 10 idle minutes and show the unlock screen. The browser's timers run on
 * Playwright's fake clock; the host's session on a clock the spec moves in step with it.
 */
import type { Page } from '@playwright/test';
import { createStoreThroughUi, expect, type ManualClock, PASSPHRASE, test } from './fixtures';

const MINUTE = 60_000;
const server: ManualClock = { now: Date.now() };
test.use({ sessionClock: server });

const OVERDUE_POLL = `/ipc/${encodeURIComponent('escalations:overdueCount')}`;
const STATUS_POLL = `/ipc/${encodeURIComponent('session:status')}`;

/** The banner's polls as the browser sends them: how many went out and how many were answered. */
function watchPolls(page: Page) {
  const polls = { sent: 0, answered: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith(OVERDUE_POLL)) polls.sent += 1;
  });
  page.on('requestfinished', (r) => {
    if (r.url().endsWith(OVERDUE_POLL)) polls.answered += 1;
  });
  return polls;
}

/**
 * Lets `minutes` pass on both clocks, a minute at a time, and waits each minute for a fresh banner
 * poll to be answered. A minute starts only when no poll is in flight: react-query would fold a tick
 * into a fetch still running, and that answer would carry the host's previous minute.
 */
async function idle(page: Page, polls: { sent: number; answered: number }, minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    await expect.poll(() => polls.sent > 0 && polls.answered === polls.sent).toBe(true);
    const before = polls.answered;
    server.now += MINUTE;
    // The lid closed for a minute: each due timer fires once, then time flows on (react-query's own
    // zero-delay timers need it to).
    await page.clock.fastForward(MINUTE);
    await expect.poll(() => polls.answered).toBeGreaterThan(before);
  }
}

const unlockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Werkbank ontgrendelen' });

test.describe('§5 auto-lock while a screen polls', () => {
  test.beforeEach(async ({ page }) => {
    server.now = Date.now();
    await page.clock.install();
  });

  test('a polling screen locks after 10 idle minutes and shows the unlock screen', async ({ page, werkbank }) => {
    const polls = watchPolls(page);
    await createStoreThroughUi(page, werkbank);
    // Nine idle minutes, nine polls: the store stays open and the case list stays on screen.
    await idle(page, polls, 9);
    expect(polls.answered).toBeGreaterThanOrEqual(10); // the first count on opening, then one a minute
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
    expect(werkbank.session.status().state).toBe('ontgrendeld');
    // Two more: past the 10 minutes, although the banner kept polling all the while.
    await idle(page, polls, 2);
    await expect(unlockHeading(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toHaveCount(0);
    expect(werkbank.session.status().state).toBe('vergrendeld');
    // And the passphrase opens it again.
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  });

  test('a LOCKED answer to a click shows the unlock screen at once, without waiting for the next poll', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    // The host's idle time passes while the browser's clock barely moves: no poll tells the window.
    server.now += 11 * MINUTE;
    const statusPolls: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith(STATUS_POLL)) statusPolls.push(r.url());
    });
    await page.getByRole('link', { name: 'Tafels' }).click();
    await expect(unlockHeading(page)).toBeVisible();
    expect(statusPolls).toEqual([]);
    expect(werkbank.session.status().state).toBe('vergrendeld');
  });
});
