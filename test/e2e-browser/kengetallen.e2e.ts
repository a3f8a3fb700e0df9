import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/** The host's own handlers: what the store holds, read past the screen. */
const server = (werkbank: Werkbank) => createHandlers({ session: werkbank.session, actor: 'e2e' });

async function currentSummary(werkbank: Werkbank) {
  const catalogue = await server(werkbank)['catalogue:get']({});
  const current = catalogue.priceListVersions.find((v) => v.current);
  if (!current) throw new Error('no current price-list version');
  return current;
}

async function pressOn(page: Page, name: string | RegExp, role: 'link' | 'button' = 'button') {
  await page.getByRole(role, { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

const SOURCE_REQUIRED = 'Vul de bron in: publicatie of contract, jaar en, waar het kan, het letterlijke citaat.';

test.describe('issue #8 item 1: the first run says what is missing before a calculation can be fixed', () => {
  test('an empty store shows the checklist with the server’s count of kengetallen without amount, and a link to them', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const current = await currentSummary(werkbank);
    const items = (await server(werkbank)['priceList:get']({})).items;
    // The shipped catalogue invents no prices: the count on screen is the server's.
    expect(current.itemsWithoutAmount).toBe(items.filter((i) => i.unitCostCents === null).length);
    expect(current.itemsWithoutAmount).toBeGreaterThan(1);

    const checklist = page.getByRole('region', { name: 'Eerst de werkbank inrichten' });
    await expect(checklist).toContainText(`${current.itemsWithoutAmount} kengetallen hebben nog geen bedrag (versie ${current.version}).`);
    await expect(checklist).toContainText('Er is nog geen tafel met leden en een frequentie.');
    await expect(checklist.getByRole('link', { name: 'Een tafel inrichten' })).toHaveAttribute('href', '#/beheer');
    await expectNoAxeViolations(page);
    await screenshot(page, '80-eerste-start-checklist');

    await pressOn(page, 'Kengetallen aanvullen', 'link');
    await expect(page.getByRole('heading', { level: 1, name: 'Kengetallen' })).toBeVisible();
    await expect(page.getByLabel('Kengetallenversie')).toHaveValue(current.version);
    await expect(page.getByRole('table', { name: `Kengetallen in versie ${current.version}` }).getByText('geen bedrag')).toHaveCount(current.itemsWithoutAmount);
  });
});

test.describe('§2.4 kengetallen per version: a new version is a copy to edit, then made current', () => {
  test('copy, price two items with source and grade, make it current; a save without source is refused and stores nothing', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const shipped = await currentSummary(werkbank);
    const shippedItems = (await server(werkbank)['priceList:get']({})).items;
    const [first, second] = shippedItems.filter((i) => i.unitCostCents === null);
    if (!first || !second) throw new Error('the shipped list has two items without amount');

    await pressOn(page, 'Kengetallen aanvullen', 'link');
    await expect(page.getByRole('heading', { level: 1, name: 'Kengetallen' })).toBeVisible();

    // A new version, a copy of the current one, by keyboard.
    await page.getByLabel('Naam van de nieuwe versie').focus();
    await page.keyboard.type('bloemhof-2025');
    await expect(page.getByLabel('Kopie van')).toHaveValue(shipped.version);
    await page.keyboard.press('Tab'); // Kopie van
    await page.keyboard.press('Tab'); // Versie aanmaken
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Versie bloemhof-2025 is aangemaakt' })).toContainText(`met ${shippedItems.length} kengetallen`);
    await expect(page.getByLabel('Kengetallenversie')).toHaveValue('bloemhof-2025');
    expect((await server(werkbank)['priceList:get']({ version: 'bloemhof-2025' })).items).toEqual(shippedItems);

    // An amount without a source: refused on the field, in Dutch, and nothing stored.
    await pressOn(page, `${first.name} wijzigen`);
    await page.getByLabel('Bedrag per eenheid').fill('1.250,00');
    await page.getByLabel('Bron', { exact: true }).fill('');
    await pressOn(page, 'Kengetal opslaan');
    await expect(page.getByLabel('Bron', { exact: true })).toHaveAccessibleDescription(new RegExp(SOURCE_REQUIRED.replaceAll('.', '\\.')));
    await expect(page.getByLabel('Bron', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, '82-kengetal-zonder-bron');
    // Nothing reached the store.
    expect((await server(werkbank)['priceList:get']({ version: 'bloemhof-2025' })).items.find((i) => i.id === first.id)).toEqual(first);

    // The old "no source yet" text is not a source for the new amount: the channel says so on the field.
    await page.getByLabel('Bron', { exact: true }).fill(first.source);
    await pressOn(page, 'Kengetal opslaan');
    await expect(page.getByLabel('Bron', { exact: true })).toHaveAccessibleDescription(/dit kengetal had nog geen bedrag omdat er geen publieke bron was/);
    expect((await server(werkbank)['priceList:get']({ version: 'bloemhof-2025' })).items.find((i) => i.id === first.id)).toEqual(first);

    // With a source, a grade and a year it is saved.
    await page.getByLabel('Bron', { exact: true }).fill('Tarievenlijst Wmo Rotterdam 2025, p. 4: "€ 1.250,00 per week"');
    await page.getByLabel('Bewijsgraad').selectOption('A');
    await page.getByLabel('Jaar').fill('2025');
    await pressOn(page, 'Kengetal opslaan');
    await expect(page.getByRole('status').filter({ hasText: `${first.name} is opgeslagen in versie bloemhof-2025.` })).toBeVisible();

    await pressOn(page, `${second.name} wijzigen`);
    await page.getByLabel('Bedrag per eenheid').fill('87,5');
    await page.getByLabel('Bron', { exact: true }).fill('Kostprijsonderzoek gemeente Rotterdam 2024, tabel 2');
    await page.getByLabel('Bewijsgraad').selectOption('B');
    await page.getByLabel('Jaar').fill('2024');
    await pressOn(page, 'Kengetal opslaan');
    await expect(page.getByRole('status').filter({ hasText: `${second.name} is opgeslagen in versie bloemhof-2025.` })).toBeVisible();

    const stored = (await server(werkbank)['priceList:get']({ version: 'bloemhof-2025' })).items;
    expect(stored.find((i) => i.id === first.id)).toEqual({ ...first, unitCostCents: 125_000, evidence: 'A', year: 2025, source: 'Tarievenlijst Wmo Rotterdam 2025, p. 4: "€ 1.250,00 per week"' });
    expect(stored.find((i) => i.id === second.id)).toEqual({ ...second, unitCostCents: 8_750, evidence: 'B', year: 2024, source: 'Kostprijsonderzoek gemeente Rotterdam 2024, tabel 2' });
    // The version copied from is untouched.
    expect((await server(werkbank)['priceList:get']({ version: shipped.version })).items).toEqual(shippedItems);

    // A kengetal no cost line uses can be removed from the new version; the copied-from version keeps it.
    const third = shippedItems.filter((i) => i.unitCostCents === null)[2];
    if (!third) throw new Error('the shipped list has a third item without amount');
    await pressOn(page, `${third.name} verwijderen`);
    await expect(page.getByRole('status').filter({ hasText: `${third.name} is verwijderd uit versie bloemhof-2025.` })).toBeVisible();
    expect((await server(werkbank)['priceList:get']({ version: 'bloemhof-2025' })).items.map((i) => i.id)).toEqual(
      shippedItems.filter((i) => i.id !== third.id).map((i) => i.id),
    );

    await pressOn(page, 'Maak bloemhof-2025 de huidige versie');
    await expect(page.getByRole('status').filter({ hasText: 'Versie bloemhof-2025 is nu de huidige versie.' })).toBeVisible();
    const catalogue = await server(werkbank)['catalogue:get']({});
    expect(catalogue.currentPriceListVersion).toBe('bloemhof-2025');
    const table = page.getByRole('table', { name: 'Kengetallen in versie bloemhof-2025' });
    await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: first.name, exact: true }) })).toContainText('€ 1.250,00');
    await expectNoAxeViolations(page);
    await screenshot(page, '81-kengetallen');

    // The checklist follows: three fewer kengetallen without amount (two priced, one removed), in the new current version.
    await pressOn(page, 'Casussen', 'link');
    await expect(page.getByRole('region', { name: 'Eerst de werkbank inrichten' })).toContainText(
      `${shipped.itemsWithoutAmount - 3} kengetallen hebben nog geen bedrag (versie bloemhof-2025).`,
    );
    expect((await currentSummary(werkbank)).itemsWithoutAmount).toBe(shipped.itemsWithoutAmount - 3);
  });
});

test.describe('§2.4 a version used by a fixed calculation is read-only', () => {
  test('the example dataset’s frozen version shows no edit controls and says why; the checklist goes once all is set', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const frozen = await server(werkbank)['priceList:get']({ version: 'test-2024' });
    expect(frozen.frozen).toBe(true);

    const checklist = page.getByRole('region', { name: 'Eerst de werkbank inrichten' });
    await expect(checklist).toContainText('1 kengetal heeft nog geen bedrag (versie test-2025).');
    await pressOn(page, 'Kengetallen aanvullen', 'link');
    await page.getByLabel('Kengetallenversie').selectOption('test-2024');
    await expect(page.getByRole('heading', { level: 2, name: 'Deze versie is vastgezet' })).toBeVisible();
    await expect(page.getByText(/^Een vastgestelde berekening gebruikt versie test-2024, en een vastgestelde berekening mag nooit meer veranderen\./)).toBeVisible();
    await expect(page.getByText(`Versie test-2024 is in gebruik bij ${frozen.usedByCases} casussen.`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kengetallen in versie test-2024' })).toBeVisible();
    await expect(page.getByRole('button', { name: /wijzigen$|verwijderen$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Kengetal toevoegen' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, '83-kengetallen-vastgezet');

    // Fill the one missing amount of the current version: every step is done and the checklist is gone.
    await page.getByLabel('Kengetallenversie').selectOption('test-2025');
    const open = (await server(werkbank)['priceList:get']({})).items.find((i) => i.unitCostCents === null);
    if (!open) throw new Error('test-2025 has an item without amount');
    await pressOn(page, `${open.name} wijzigen`);
    await page.getByLabel('Bedrag per eenheid').fill('40');
    await page.getByLabel('Bron', { exact: true }).fill('Testbron 2025');
    await pressOn(page, 'Kengetal opslaan');
    await expect(page.getByRole('status').filter({ hasText: `${open.name} is opgeslagen` })).toBeVisible();
    expect((await currentSummary(werkbank)).itemsWithoutAmount).toBe(0);
    await pressOn(page, 'Casussen', 'link');
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(checklist).toHaveCount(0);
  });
});
