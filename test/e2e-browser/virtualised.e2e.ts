/**
 * Issue #13 item 4: the long lists at city scale. A store filled with 2.000 generated cases (the
 * demo generator, through the normal import) shows the case list, the inbox and the weekbedrag
 * register with only the rows in view in the DOM, while aria-rowcount gives the whole list's size,
 * the end of the list is reached by keyboard, Tab walks on past the rendered rows, sort and filter
 * still work, and axe finds nothing. No timing is asserted (that is `npm run bench:ui`).
 */
import type { Locator, Page } from '@playwright/test';
import { importDataset } from '../../electron/core/data';
import { generateDataset } from '../../electron/core/demo/generateDataset';
import { createHandlers } from '../../electron/core/handlers';
import { createStoreThroughUi, expect, expectNoAxeViolations, test, type Werkbank } from './fixtures';

const CASES = 2000;
/** Far fewer than the list holds: what "only the visible rows plus overscan" allows at 1280×800. */
const MAX_ROWS_IN_DOM = 200;

async function fillStore(page: Page, werkbank: Werkbank) {
  await createStoreThroughUi(page, werkbank);
  // Through JSON, as `werkbank demo` does: the import validates what a file would carry.
  importDataset(werkbank.session.database(), JSON.parse(JSON.stringify(generateDataset({ cases: CASES, seed: 13 }))) as unknown, { actor: 'e2e' });
  await page.reload();
  return createHandlers({ session: werkbank.session, actor: 'e2e' });
}

const bodyRows = (table: Locator) => table.locator('tbody tr[data-index]');
/** The scrolling region the table sits in (its direct parent, named by the table's caption). */
const regionOf = (table: Locator) => table.locator('xpath=parent::div[@role="region"]');

test.describe('issue #13 item 4: a long list renders only the rows in view, and stays a whole table for keyboard and screen reader', () => {
  test('the case list at 2.000 cases: few rows in the DOM, aria-rowcount the total, End reaches the last case, Tab walks on, sort and filter work, axe passes', async ({ page, werkbank }) => {
    const server = await fillStore(page, werkbank);
    const all = (await server['cases:list']({})).items;
    expect(all).toHaveLength(CASES);
    const table = page.getByRole('table', { name: 'Casussen' });
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText(`${String(CASES)} casussen`);

    // The size is the whole list's (plus the header row); the DOM holds a screenful.
    await expect(table).toHaveAttribute('aria-rowcount', String(CASES + 1));
    await expect(bodyRows(table).first()).toHaveAttribute('aria-rowindex', '2');
    const rendered = await bodyRows(table).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(MAX_ROWS_IN_DOM);
    await expect(table.getByRole('rowheader').first()).toHaveText(all[0]!.code);
    await expectNoAxeViolations(page);

    // By keyboard: the region is a tab stop; End scrolls to the end, where the server's last case is.
    const region = regionOf(table);
    await region.focus();
    await page.keyboard.press('End');
    const last = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: all[CASES - 1]!.code, exact: true }) });
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute('aria-rowindex', String(CASES + 1));
    expect(await bodyRows(table).count()).toBeLessThan(MAX_ROWS_IN_DOM);
    await expect(table.getByRole('rowheader', { name: all[0]!.code, exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Home, then Tab from the first case's link: each Tab is the next case's link, also past the
    // rows that were rendered at the start, and the focused one is scrolled into view.
    await region.focus();
    await page.keyboard.press('Home');
    const steps = rendered + 5;
    await table.getByRole('link', { name: all[0]!.code, exact: true }).focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
    const focused = page.getByRole('link', { name: all[steps]!.code, exact: true });
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();

    // Sort on the case code: the smallest code first, over the whole list, not only the rendered rows.
    await region.focus();
    await page.keyboard.press('Home');
    const header = page.getByRole('columnheader', { name: /^Casuscode/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const byCode = all.map((c) => c.code).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    await expect(table.getByRole('rowheader').first()).toHaveText(byCode[0]!);

    // A filter narrows the count, and aria-rowcount follows it.
    const bloemhof = all.filter((c) => c.wijk === 'Bloemhof').length;
    expect(bloemhof).toBeGreaterThan(0);
    expect(bloemhof).toBeLessThan(CASES);
    await page.getByRole('search', { name: 'Filters' }).getByLabel('Wijk', { exact: true }).selectOption('Bloemhof');
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText(`${String(bloemhof)} casussen`);
    await expect(table).toHaveAttribute('aria-rowcount', String(bloemhof + 1));
    await expect(table.getByRole('cell', { name: 'Schiebroek', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the inbox and the weekbedrag register at 2.000 cases: fewer rows in the DOM than in the list, aria-rowcount the total, the last row by End, axe passes', async ({ page, werkbank }) => {
    const server = await fillStore(page, werkbank);

    await page.getByRole('link', { name: 'Escalaties', exact: true }).click();
    const open = (await server['escalations:inbox']({})).items;
    const inbox = page.getByRole('table', { name: /^Escalaties:/ });
    await expect(inbox).toHaveAttribute('aria-rowcount', String(open.length + 1));
    await expect(bodyRows(inbox).first()).toBeVisible();
    expect(await bodyRows(inbox).count()).toBeLessThan(Math.min(open.length, MAX_ROWS_IN_DOM));
    await regionOf(inbox).focus();
    await page.keyboard.press('End');
    const lastEscalation = open[open.length - 1]!;
    await expect(bodyRows(inbox).last()).toHaveAttribute('aria-rowindex', String(open.length + 1));
    await expect(bodyRows(inbox).last().getByRole('rowheader')).toHaveText(lastEscalation.code);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Businesscase', exact: true }).click();
    await page.getByRole('tab', { name: 'Weekbedragregister', exact: true }).click();
    const rows = (await server['register:get']({})).rows;
    const register = page.getByTestId('register');
    // Header row, the rows, the total row.
    await expect(register).toHaveAttribute('aria-rowcount', String(rows.length + 2));
    await expect(bodyRows(register).first()).toBeVisible();
    expect(await bodyRows(register).count()).toBeLessThan(Math.min(rows.length, MAX_ROWS_IN_DOM));
    await regionOf(register).focus();
    await page.keyboard.press('End');
    await expect(bodyRows(register).last()).toHaveAttribute('aria-rowindex', String(rows.length + 1));
    await expect(bodyRows(register).last()).toContainText(rows[rows.length - 1]!.arrangementId);
    await expectNoAxeViolations(page);
  });
});
