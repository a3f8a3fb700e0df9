import { createStoreThroughUi, expect, expectNoAxeViolations, screenshot, test } from './fixtures';

test.describe('§2 App shell and case list', () => {
  test('an unlocked new store shows the empty case list with an explicit empty state', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await expect(page.getByRole('heading', { name: 'Nog geen casussen' })).toBeVisible();
    await expect(page).not.toHaveURL(/token=/);
    await expectNoAxeViolations(page);
    await screenshot(page, '04-casussen-leeg');
  });

  test('every area is reachable by keyboard from the main navigation and passes axe', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const area of ['Tafels', 'Escalaties', 'Businesscase', 'Beheer', 'Casussen']) {
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
});
