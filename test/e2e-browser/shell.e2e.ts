import { createStoreThroughUi, expect, expectNoAxeViolations, screenshot, test } from './fixtures';

test.describe('§2 App shell and case list', () => {
  test('an unlocked new store shows the empty case list with an explicit empty state', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await expect(page.getByRole('heading', { name: 'Nog geen casussen' })).toBeVisible();
    await expect(page).not.toHaveURL(/start=|token=/);
    await expectNoAxeViolations(page);
    await screenshot(page, '04-casussen-leeg');
  });

  test('every area is reachable by keyboard from the main navigation and passes axe', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const area of ['Tafels', 'Escalaties', 'Knelpunten', 'Businesscase', 'Beheer', 'Casussen']) {
      const link = nav.getByRole('link', { name: area });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
    }
    await screenshot(page, '05-navigatie');
  });

  test('the skip link is the first tab stop and moves focus to the content', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#inhoud')).toBeFocused();
  });

  test('the skip link keeps you on the screen you are on (the hash router must not read #inhoud as a route)', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tafels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tafels' })).toBeVisible();
    await page.getByRole('link', { name: 'Direct naar de inhoud' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#inhoud')).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Tafels' })).toBeVisible();
    await expect(page).toHaveURL(/#\/tafels$/);
  });
});

test.describe('§2.1 Case list with data', () => {
  test('lists imported cases with Dutch dates and labels, filters by status, and passes axe', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const { importDataset } = await import('../../electron/core/data');
    const { readFileSync } = await import('node:fs');
    importDataset(werkbank.session.database(), JSON.parse(readFileSync('test/fixtures/dataset-voorbeeld.json', 'utf8')), {
      actor: 'e2e',
    });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText('9 casussen');
    const row = page.getByRole('row', { name: /BLO-2024-001/ });
    await expect(row).toContainText('Bloemhof');
    await expect(row).toContainText(/\d{2}-\d{2}-2024/);
    await expectNoAxeViolations(page);
    await screenshot(page, '06-casussen-met-data');
    await page.getByLabel('Status').selectOption({ label: 'Ingetrokken' });
    await expect(page.getByRole('row')).toHaveCount(2); // header + the one withdrawn case
  });
});
