/**
 * Issue #11 item 5 in the app (PRODUCT.md §5): a case that closes gets a retention date; Beheer →
 * Bewaartermijnen lists the closed cases whose date has come (the example dataset's, closed in
 * 2024, kept 2 years); *Wissen* there, with a reason and asked twice, erases a case for good.
 */
import type { Page } from '@playwright/test';
import { formatDate } from '../../shared/format/date';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** What the store holds for a case: its retention date, or undefined when the case is gone. */
function stored(werkbank: Werkbank, code: string): { retention_until: string | null } | undefined {
  return werkbank.session.database().prepare('SELECT retention_until FROM cases WHERE code = ?').get(code) as { retention_until: string | null } | undefined;
}

test.describe('issue #11: Beheer → Bewaartermijnen', () => {
  test('a case closed today is kept 2 years; the cases past their date are listed; one is erased, asked twice, and is gone', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);

    // Close BLO-2024-002 on its case screen, by keyboard: its date is two years after today.
    const link = page.getByRole('link', { name: 'BLO-2024-002', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BLO-2024-002');
    await page.getByRole('button', { name: 'Naar afgesloten' }).press('Enter');
    await page.getByLabel('Reden (niet verplicht)').fill('Doelen bereikt');
    await page.getByRole('button', { name: 'Status wijzigen' }).press('Enter');
    await expect(page.getByText('De status is gewijzigd naar afgesloten.')).toBeVisible();
    const closedUntil = stored(werkbank, 'BLO-2024-002')?.retention_until ?? '';
    expect(closedUntil.slice(0, 4)).toBe(String(new Date().getFullYear() + 2));
    await expect(page.getByText(`Bewaartermijn tot ${formatDate(closedUntil)}.`)).toBeVisible();

    await openNav(page, 'Beheer');
    const region = page.getByRole('region', { name: 'Bewaartermijnen' });
    const table = region.getByRole('table', { name: 'Afgesloten en ingetrokken casussen met een verlopen bewaartermijn' });
    // The example's cases closed in 2024 are past their dates (03-09-2026, 01-10-2026); the one closed today is not.
    await expect(table.getByRole('row')).toHaveText([
      'Casus ↕Wijk ↕StatusBewaartermijn tot ↕Actie',
      'SCH-2024-002SchiebroekIngetrokken03-09-2026 (verlopen)Wissen',
      'BLO-2024-001BloemhofAfgesloten01-10-2026 (verlopen)Wissen',
    ]);
    await region.getByLabel(/Ook casussen waarvan de bewaartermijn nog loopt/).check();
    const all = region.getByRole('table', { name: 'Alle afgesloten en ingetrokken casussen met hun bewaartermijn' });
    await expect(all.getByRole('row', { name: /BLO-2024-002/ })).toContainText(`${formatDate(closedUntil)} (loopt nog)`);
    await region.getByLabel(/Ook casussen waarvan de bewaartermijn nog loopt/).uncheck();
    await expect(table.getByRole('row')).toHaveCount(3);

    // The number of years, for the cases that close from now on.
    const years = region.getByRole('form', { name: 'Bewaartermijn' }).getByLabel('Bewaren na afsluiten of intrekken (jaren)');
    await expect(years).toHaveValue('2');
    await years.fill('0');
    await years.press('Enter');
    await expect(years).toHaveAccessibleDescription(/minstens 1 jaar/);
    await years.fill('3');
    await years.press('Enter');
    await expect(region.getByRole('form', { name: 'Bewaartermijn' }).getByRole('status')).toHaveText('Opgeslagen: een casus die vanaf nu sluit, wordt 3 jaar bewaard.');

    // Wissen, by keyboard: the reason is required; then a second, explicit confirmation.
    await region.getByRole('button', { name: 'Casus BLO-2024-001 wissen' }).press('Enter');
    const erase = region.getByRole('form', { name: 'Casus BLO-2024-001 wissen' });
    const reason = erase.getByLabel('Reden');
    await expect(reason).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(erase.getByRole('button', { name: 'Casus wissen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reason).toHaveAccessibleDescription(/Vul de reden in/);
    await reason.fill('Bewaartermijn verlopen');
    await erase.getByRole('button', { name: 'Casus wissen' }).press('Enter');
    const yes = erase.getByRole('button', { name: 'Ja, BLO-2024-001 definitief wissen' });
    await expect(yes).toBeFocused();
    await expect(erase.getByRole('group', { name: 'Weet u het zeker? Casus BLO-2024-001 wordt definitief gewist.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await region.screenshot({ path: 'test-results/screens/beheer-bewaartermijnen-wissen.png' });
    expect(stored(werkbank, 'BLO-2024-001')).toEqual({ retention_until: '2026-10-01' });

    await page.keyboard.press('Enter');
    await expect(region.getByRole('status').filter({ hasText: 'gewist' })).toHaveText(
      'Casus BLO-2024-001 is gewist. In het logboek staat alleen: code, moment, wie en de reden.',
    );
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row', { name: /SCH-2024-002/ })).toBeVisible();
    expect(stored(werkbank, 'BLO-2024-001')).toBeUndefined();
    await expectNoAxeViolations(page);
    await region.screenshot({ path: 'test-results/screens/beheer-bewaartermijnen.png' });
    await screenshot(page, 'beheer-bewaartermijnen-pagina');

    // Gone from the case list; the tombstone is the one trace.
    await openNav(page, 'Casussen');
    await expect(page.getByRole('link', { name: 'BLO-2024-002', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'BLO-2024-001', exact: true })).toHaveCount(0);
    const tombstone = werkbank.session.database().prepare("SELECT entity_id AS code, actor, detail FROM audit_log WHERE action = 'case.erase'").all();
    expect(tombstone).toEqual([
      { code: 'BLO-2024-001', actor: 'e2e', detail: JSON.stringify({ reason: 'Bewaartermijn verlopen', status: 'afgesloten', retentionUntil: '2026-10-01', received: false }) },
    ]);
  });
});
