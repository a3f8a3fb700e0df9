/** Issue #11 item 1 in the app: Beheer → Beveiliging — a new passphrase, and a new database key. */
import type { Page } from '@playwright/test';
import { createStoreThroughUi, expect, expectNoAxeViolations, PASSPHRASE, test } from './fixtures';

const NEW = 'een nieuwe lange wachtwoordzin';

async function lockAndUnlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  const field = page.getByLabel('Wachtwoordzin', { exact: true });
  await field.fill(passphrase);
  await field.press('Enter');
}

test.describe('issue #11: Beheer → Beveiliging', () => {
  test('the passphrase is changed by keyboard (a wrong current one refused); only the new one unlocks; the key is rotated', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    const region = page.getByRole('region', { name: 'Beveiliging' });
    // The auto-lock time: 0 is refused on its field, 15 is kept in the store.
    const autoLock = region.getByRole('form', { name: 'Automatisch vergrendelen' });
    const minutes = autoLock.getByLabel('Vergrendelen na (minuten zonder activiteit)');
    await expect(minutes).toHaveValue('10');
    await minutes.fill('0');
    await minutes.press('Enter');
    await expect(minutes).toHaveAccessibleDescription(/minimaal 1 minuut/);
    await minutes.fill('15');
    await minutes.press('Enter');
    await expect(autoLock.getByRole('status')).toHaveText('Opgeslagen: de werkbank vergrendelt na 15 minuten zonder activiteit.');
    expect(werkbank.session.status().autoLockMinutes).toBe(15);

    const change = region.getByRole('form', { name: 'Wachtwoordzin wijzigen' });
    const key = () => werkbank.session.dbFile + '.key.json';
    const { readFileSync } = await import('node:fs');
    const before = readFileSync(key(), 'utf8');

    await change.getByLabel('Huidige wachtwoordzin').fill('niet de goede wachtwoordzin');
    await change.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(NEW);
    await change.getByLabel('Herhaal de nieuwe wachtwoordzin').fill(NEW);
    await change.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).press('Enter');
    await expect(change.getByRole('alert')).toContainText('Deze wachtwoordzin past niet bij deze werkbank');
    expect(readFileSync(key(), 'utf8')).toBe(before);

    await change.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
    await change.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).press('Enter');
    await expect(change.getByRole('status')).toHaveText('De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe; de oude opent de werkbank niet meer.');
    await expect(change.getByLabel('Huidige wachtwoordzin')).toHaveValue('');
    await expectNoAxeViolations(page);
    await region.screenshot({ path: 'test-results/screens/beheer-beveiliging.png' });

    await lockAndUnlock(page, PASSPHRASE);
    await expect(page.getByText('Deze wachtwoordzin past niet bij deze werkbank')).toBeVisible();
    const field = page.getByLabel('Wachtwoordzin', { exact: true });
    await field.fill(NEW);
    await field.press('Enter');
    // Unlocked, the person is back where they were.
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

    const rekey = page.getByRole('region', { name: 'Beveiliging' }).getByRole('form', { name: 'Databasesleutel vernieuwen' });
    await rekey.getByLabel('Wachtwoordzin (ter bevestiging)').fill(NEW);
    await rekey.getByRole('button', { name: 'Databasesleutel vernieuwen' }).press('Enter');
    await expect(rekey.getByRole('status')).toHaveText('De databasesleutel is vernieuwd en het bestand is opnieuw versleuteld.');
    await lockAndUnlock(page, NEW);
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    const actions = (werkbank.session.database().prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['store.passphrase', 'store.rekey']));
  });
});
