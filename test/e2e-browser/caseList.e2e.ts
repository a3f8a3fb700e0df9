import { readFileSync } from 'node:fs';
import { importDataset } from '../../electron/core/data';
import { createStoreThroughUi, expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/** The example dataset with follow-up dates: one today-or-past, one in the future, one on a closed case. */
function voorbeeldWithFollowUps(): unknown {
  const file = JSON.parse(readFileSync('test/fixtures/dataset-voorbeeld.json', 'utf8')) as { cases: { code: string; followUpOn?: string }[] };
  const set = (code: string, on: string) => (file.cases.find((c) => c.code === code)!.followUpOn = on);
  set('SCH-2024-001', '2025-01-15'); // past: due
  set('BLO-2025-001', '2099-01-01'); // far ahead: not due
  set('BLO-2024-001', '2025-01-01'); // afgesloten: never due
  return file;
}

test.describe('§2.1 the case list filters by wijk, spoor, casusregisseur and follow-up due, and sorts by keyboard', () => {
  test('each filter narrows the list to what the server stores; the columns sort with Enter', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    importDataset(werkbank.session.database(), voorbeeldWithFollowUps(), { actor: 'e2e' });
    await page.reload();
    const filters = page.getByRole('search', { name: 'Filters' });
    const codes = page.locator('tbody th[scope="row"]');
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText('9 casussen');

    await filters.getByLabel('Spoor', { exact: true }).selectOption({ label: 'Werk en dagbesteding' });
    await expect(codes).toHaveText(['SCH-2025-001', 'BLO-2025-001']);
    await filters.getByLabel('Wijk', { exact: true }).selectOption('Bloemhof');
    await expect(codes).toHaveText(['BLO-2025-001']);
    await filters.getByLabel('Spoor', { exact: true }).selectOption({ label: 'Alle' });
    await filters.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Alle' });

    await filters.getByLabel('Casusregisseur', { exact: true }).selectOption('F. El Amrani');
    await expect(codes).toHaveText(['SCH-2025-001', 'SCH-2024-001']);
    await filters.getByLabel('Casusregisseur', { exact: true }).selectOption({ label: 'Alle' });

    // By keyboard: tick "only due follow-ups" with Space.
    await filters.getByLabel('Alleen casussen op of over hun opvolgdatum').focus();
    await page.keyboard.press('Space');
    await expect(codes).toHaveText(['SCH-2024-001']);
    await expect(page.getByRole('row', { name: /SCH-2024-001/ })).toContainText('15-01-2025');
    await expectNoAxeViolations(page);
    await screenshot(page, '07-casussen-filters');
    await page.keyboard.press('Space');
    await expect(codes).toHaveCount(9);

    // Sort on the case code with the keyboard: the server's codes, in code order and back.
    const header = page.getByRole('columnheader', { name: /^Casuscode/ });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const all = ['BLO-2024-001', 'BLO-2024-002', 'BLO-2025-001', 'BLO-2025-002', 'SCH-2024-001', 'SCH-2024-002', 'SCH-2025-001', 'SCH-2025-002', 'SCH-2025-003'];
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(codes).toHaveText(all);
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(codes).toHaveText([...all].reverse());
    await expectNoAxeViolations(page);
  });
});
