import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import type { Werkbank } from './fixtures';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, PASSPHRASE, screenshot, test } from './fixtures';

/** The wijken the server holds, read through the same handlers the screens call. */
const wijken = async (werkbank: Werkbank) => (await createHandlers({ session: werkbank.session, actor: 'e2e' })['catalogue:get']({})).wijken.map((w) => w.name);

async function openReservekopie(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  return page.getByRole('region', { name: 'Reservekopie', exact: true });
}

test.describe('issue #11 item 4: Beheer → Reservekopie', () => {
  test('make a backup, change something, restore it after checking and confirming, unlock with its passphrase: the change is gone and the old store is kept', async ({ page, werkbank }) => {
    test.setTimeout(60_000);
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    let region = await openReservekopie(page);

    // Make it, by keyboard: the passphrase field, then Enter.
    await region.getByLabel('Wachtwoordzin (ter bevestiging)').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^werkbank-reservekopie-\d{4}-\d{2}-\d{2}-\d{4}\.cwbbackup$/);
    await expect(region.getByRole('status').filter({ hasText: 'Opgeslagen als' })).toHaveText(new RegExp(`^Opgeslagen als ${file.suggestedFilename().replaceAll('.', '\\.')} \\(\\d+ kB\\)\\.$`));
    const backup = readFileSync(await file.path());
    expect(backup.subarray(0, 9).toString('latin1')).toBe('CWBBACKUP');

    // A change after the backup: a new wijk.
    const wijkenRegion = page.getByRole('region', { name: 'Wijken', exact: true });
    await wijkenRegion.getByRole('button', { name: 'Wijk toevoegen' }).click();
    const form = wijkenRegion.getByRole('form', { name: 'Wijk toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill('Hillesluis');
    await form.getByLabel('Codevoorvoegsel').fill('HIL');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(wijkenRegion.getByRole('row', { name: /Hillesluis/ })).toBeVisible();
    expect(await wijken(werkbank)).toContain('Hillesluis');

    // A wrong passphrase: checked, refused, nothing replaced.
    region = page.getByRole('region', { name: 'Reservekopie', exact: true });
    await region.getByLabel('Reservekopie', { exact: true }).setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: backup });
    await expect(region.getByText(`Gekozen: ${file.suggestedFilename()} (`)).toHaveText(/^Gekozen: .*\.cwbbackup \(\d+ kB\)\.$/);
    await region.getByLabel('Wachtwoordzin van de reservekopie').fill('niet de goede zin');
    await region.getByRole('button', { name: 'Reservekopie controleren' }).click();
    await expect(region.getByRole('alert')).toContainText('Deze wachtwoordzin past niet bij de reservekopie.');
    await expect(region.getByLabel('Wachtwoordzin van de reservekopie')).toBeFocused();
    expect(await wijken(werkbank)).toContain('Hillesluis');

    // The right one: what it holds, and the warning that the store is replaced.
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    const checked = region.getByRole('region', { name: /is in orde$/ });
    await expect(checked.getByRole('heading', { level: 4 })).toBeFocused();
    await expect(checked.getByRole('definition').nth(1)).toHaveText('9 (waarvan 1 signaal)');
    await expect(checked).toContainText('Terugzetten vervangt de huidige werkbank door deze reservekopie van');
    await expect(checked).toContainText('werkbank.db.before-restore-<tijdstip>');
    expect(await wijken(werkbank)).toContain('Hillesluis');
    await expectNoAxeViolations(page);
    await region.screenshot({ path: 'test-results/screens/beheer-reservekopie.png' });

    // Confirmed by keyboard: from the focused heading the first button is the confirmation.
    await page.keyboard.press('Tab');
    await expect(checked.getByRole('button', { name: 'Ja, vervang de huidige werkbank' })).toBeFocused();
    await page.keyboard.press('Enter');

    // The unlock screen says what happened and which passphrase it wants.
    await expect(page.getByRole('heading', { level: 1, name: 'Werkbank ontgrendelen' })).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'is teruggezet' });
    await expect(notice).toHaveText(
      /^De reservekopie van \d{2}-\d{2}-\d{4} om \d{2}:\d{2} is teruggezet\. De vervangen werkbank is met zijn sleutelbestand bewaard als werkbank\.db\.before-restore-\d{8}T\d{6}Z\. Ontgrendel nu met de wachtwoordzin van de reservekopie\.$/,
    );
    const kept = readdirSync(werkbank.dataDir).filter((n) => n.startsWith('werkbank.db.before-restore-')).sort();
    // The replaced store is kept whole: database, its audit anchor and its key file.
    expect(kept).toEqual([
      expect.stringMatching(/^werkbank\.db\.before-restore-\d{8}T\d{6}Z$/),
      expect.stringMatching(/^werkbank\.db\.before-restore-\d{8}T\d{6}Z\.anchor\.json$/),
      expect.stringMatching(/^werkbank\.db\.before-restore-\d{8}T\d{6}Z\.key\.json$/),
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'ontgrendelen-na-terugzetten');

    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    // Back where the person was, on the restored store: the wijk added after the backup is gone.
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    const restoredWijken = page.getByRole('region', { name: 'Wijken', exact: true });
    await expect(restoredWijken.getByRole('row', { name: /Bloemhof/ })).toBeVisible();
    await expect(restoredWijken.getByRole('row', { name: /Hillesluis/ })).toHaveCount(0);
    expect(await wijken(werkbank)).not.toContain('Hillesluis');
  });
});
