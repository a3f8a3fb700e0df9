/**
 * Issue #11 item 1 in the app: "Ontgrendelen met uw computeraccount". The browser host has no OS
 * keychain, so there Beheer only says it is a desktop-app option; with a stand-in keychain in the session (what the
 * desktop app's safeStorage gives it) it is turned on by keyboard and then opens the locked store.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createStoreThroughUi, expect, expectNoAxeViolations, PASSPHRASE, screenshot, test } from './fixtures';

const openBeheer = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
};

test.describe('issue #11 item 1: unlock with the computer account, where there is no keychain', () => {
  test('the browser host says in Beveiliging that it is only in the desktop app, offers no form, and no button on the unlock screen', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openBeheer(page);
    const region = page.getByRole('region', { name: 'Beveiliging' });
    const section = region.getByRole('region', { name: 'Ontgrendelen met uw computeraccount' });
    await expect(section).toHaveText(
      'Ontgrendelen met uw computeraccountDit kan alleen in de desktop-app: daar kan de werkbank de sleutelbos van uw computeraccount gebruiken. In deze browserversie opent de werkbank alleen met de wachtwoordzin.',
    );
    await expect(section.getByRole('textbox')).toHaveCount(0);
    await expect(section.getByRole('button')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: 'test-results/screens/beheer-beveiliging-computeraccount-browser.png' });
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkbank ontgrendelen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ontgrendelen met uw computeraccount' })).toHaveCount(0);
  });
});

test.describe('issue #11 item 1: unlock with the computer account, with a keychain', () => {
  test.use({ osKeychain: true });

  test('turned on with the passphrase (a wrong one refused), it opens the locked store; turned off, it is gone again', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openBeheer(page);
    const form = page.getByRole('region', { name: 'Beveiliging' }).getByRole('form', { name: 'Ontgrendelen met uw computeraccount' });
    await expect(form.getByText('Staat uit: de werkbank opent alleen met de wachtwoordzin.')).toBeVisible();
    const field = form.getByLabel('Wachtwoordzin (ter bevestiging)');
    await field.fill('niet de goede wachtwoordzin');
    await field.press('Enter');
    await expect(form.getByRole('alert')).toContainText('Deze wachtwoordzin past niet bij deze werkbank');
    const keyFile = `${werkbank.session.dbFile}.key.json`;
    expect(readFileSync(keyFile, 'utf8')).not.toContain('osWrapped');
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    const region = page.getByRole('region', { name: 'Beveiliging' });
    await expect(region.getByRole('status').filter({ hasText: 'Aangezet' })).toHaveText('Aangezet. Bij het ontgrendelen kunt u nu ook uw computeraccount gebruiken.');
    await expect(region.getByText('Staat aan: deze werkbank opent op deze computer ook met uw computeraccount.')).toBeVisible();
    expect(readFileSync(keyFile, 'utf8')).toContain('"osWrapped"');
    await expectNoAxeViolations(page);
    await region.getByRole('heading', { name: 'Ontgrendelen met uw computeraccount' }).scrollIntoViewIfNeeded();
    await region.screenshot({ path: 'test-results/screens/beheer-beveiliging-computeraccount.png' });

    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    const osButton = page.getByRole('button', { name: 'Ontgrendelen met uw computeraccount' });
    await expect(osButton).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'ontgrendelen-computeraccount');
    await osButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    const unlocks = (werkbank.session.database().prepare(`SELECT detail FROM audit_log WHERE action = 'store.unlock'`).all() as { detail: string }[]).map((r) => r.detail);
    expect(unlocks).toEqual(['{"method":"osAccount","backend":"gnome_libsecret"}']);

    await page.getByRole('region', { name: 'Beveiliging' }).getByRole('button', { name: 'Uitzetten' }).click();
    await expect(page.getByRole('region', { name: 'Beveiliging' }).getByText('Uitgezet. De werkbank opent weer alleen met de wachtwoordzin.')).toBeVisible();
    expect(readFileSync(keyFile, 'utf8')).not.toContain('osWrapped');
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkbank ontgrendelen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ontgrendelen met uw computeraccount' })).toHaveCount(0);
  });
});
