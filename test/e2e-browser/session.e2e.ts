import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createStoreThroughUi,
  expect,
  expectNoAxeViolations,
  PASSPHRASE,
  screenshot,
  test,
} from './fixtures';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test.describe('Issue #12 item 9: the start link works once', () => {
  test('a start link opens the app once; the same link in another tab is refused in Dutch, a reload keeps working', async ({ page, werkbank, browser }) => {
    const link = werkbank.host.startUrl();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkbank' })).toBeVisible();
    await expect(page).not.toHaveURL(/start=/);
    await page.reload(); // the tab keeps its session token (sessionStorage)
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkbank' })).toBeVisible();

    const other = await browser.newContext();
    const copied = await other.newPage();
    await copied.goto(link);
    await expect(copied.getByRole('alert')).toContainText('Deze startlink is verlopen of al gebruikt. Druk op Enter in het venster waarin de werkbank draait voor een nieuwe link');
    await expect(copied.getByRole('heading', { level: 1, name: 'Nieuwe werkbank' })).toHaveCount(0);
    await other.close();
  });
});

test.describe('§5 Unlock with a passphrase', () => {
  test('first start asks for a new passphrase, in Dutch, and refuses a short or mismatched one', async ({ page, werkbank }) => {
    await page.goto(werkbank.host.startUrl());
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkbank' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '01-nieuwe-werkbank');

    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('kort');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('kort');
    await page.getByRole('button', { name: 'Werkbank aanmaken' }).click();
    const tooShort = 'Kies een wachtwoordzin van minstens 12 tekens.';
    await expect(page.getByText(tooShort, { exact: true })).toBeVisible(); // under the field
    // The error summary on top names the field; its link puts the focus back in that field.
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Controleer het formulier');
    await page.getByLabel('Herhaal de wachtwoordzin').focus();
    await summary.getByRole('link', { name: `Wachtwoordzin: ${tooShort}` }).click();
    await expect(page.getByLabel('Wachtwoordzin', { exact: true })).toBeFocused();

    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(`${PASSPHRASE}x`);
    await page.getByRole('button', { name: 'Werkbank aanmaken' }).click();
    await expect(page.getByText('De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin twee keer.', { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).not.toContainText(tooShort); // the summary follows the fields
    await expectNoAxeViolations(page);
    await screenshot(page, '02-nieuwe-werkbank-fouten');
    expect(werkbank.session.status().state).toBe('nieuw');
  });

  test('a wrong passphrase gives a clear Dutch message and leaves the store file untouched', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkbank ontgrendelen' })).toBeVisible();
    await expectNoAxeViolations(page);

    const before = sha(werkbank.session.dbFile);
    await page.getByLabel('Wachtwoordzin').fill('dit is de verkeerde zin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze wachtwoordzin past niet bij deze werkbank');
    await expectNoAxeViolations(page);
    await screenshot(page, '03-ontgrendelen-fout');
    expect(sha(werkbank.session.dbFile)).toBe(before);

    await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  });
});
