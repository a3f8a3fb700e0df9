import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { formatEuro } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/**
 * Issue #14 items 4–6 in the browser: PRIO's term set in Beheer and an escalation outside it refused
 * (item 6), and the reference line that a beleidsregel already caps flagged while it is typed, with
 * the figure on the businesscase screen (item 4).
 */

const CODE = 'BLO-2025-001';
const handlers = (werkbank: Werkbank) => createHandlers({ session: werkbank.session, actor: 'e2e' });

/** Focus, then Enter: a button pressed the way a keyboard user does. */
async function press(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

async function openCase(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await press(page, page.getByRole('link', { name: CODE, exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CODE);
}

test.describe('issue #14 item 6: PRIO’s term', () => {
  test('Beheer sets PRIO’s term by keyboard; an escalation to PRIO after it is refused with what to do, and nothing is stored', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    const targets = page.getByRole('region', { name: 'Escalatiedoelen', exact: true });
    await press(page, targets.getByRole('button', { name: 'PRIO wijzigen' }));
    const form = targets.getByRole('form', { name: 'PRIO wijzigen' });
    await expect(form.getByLabel('Naam')).toBeFocused();
    // An end before the start is refused on the field, nothing stored.
    await form.getByLabel('Geldig vanaf').fill('01-03-2022');
    await form.getByLabel('Geldig tot en met').fill('31-12-2021');
    await press(page, form.getByRole('button', { name: 'Opslaan' }));
    await expect(form.getByText('Geldig tot en met ligt vóór geldig vanaf; corrigeer een van beide.').first()).toBeVisible();
    await form.getByLabel('Geldig tot en met').fill('31-12-2024');
    await expectNoAxeViolations(page);
    await press(page, form.getByRole('button', { name: 'Opslaan' }));
    await expect(targets.getByRole('status').filter({ hasText: 'PRIO is opgeslagen.' })).toBeVisible();
    await expect(targets.getByRole('row', { name: /^PRIO/ })).toContainText('van 01-03-2022 tot en met 31-12-2024');
    await expect(targets.getByRole('row', { name: /^Netwerk/ })).toContainText('Zonder einddatum');
    const prio = (await handlers(werkbank)['catalogue:get']({})).escalationTargets.find((t) => t.id === 'prio');
    expect([prio?.validFrom, prio?.validTo]).toEqual(['2022-03-01', '2024-12-31']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'beleid-prio-termijn');

    await openCase(page);
    await press(page, page.getByRole('button', { name: 'Escaleren', exact: true }));
    const esc = page.getByRole('form', { name: 'Escaleren' });
    await esc.getByRole('combobox', { name: 'Escalatiedoel' }).selectOption({ label: 'PRIO (termijn 10 werkdagen)' });
    await esc.getByLabel('Vraag: welke doorbraak is nodig?').fill('Kan de huurachterstand bevroren worden?');
    await press(page, esc.getByRole('button', { name: 'Opslaan als concept' }));
    await expect(esc.getByRole('alert')).toContainText('Een nieuwe escalatie bij PRIO kan niet: dit escalatiedoel is geldig van 01-03-2022 tot en met 31-12-2024');
    await expect(esc.getByRole('alert')).toContainText('Los de casus aan de tafel of met het netwerk op, of kies een ander escalatiedoel.');
    expect((await handlers(werkbank)['cases:get']({ code: CODE })).case.escalations).toHaveLength(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'beleid-prio-geweigerd');
  });
});

test.describe('issue #14 item 4: no double counting with other measures', () => {
  test('a reference line above the jeugd cap is flagged while typing, with the cheapest-adequate reminder; the businesscase shows "waarvan al begrensd door beleid"', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page);
    await press(page, page.getByRole('button', { name: 'Regel toevoegen aan referentiescenario' }));
    const form = page.getByRole('form', { name: 'Kostenregel toevoegen aan referentiescenario' });
    await expect(form.getByLabel('Kengetal')).toBeFocused();
    await expect(form).toContainText('De referentie is de goedkoopste adequate voorziening');
    await form.getByLabel('Kengetal').selectOption({ label: 'Eigen regel (geen kengetal uit de prijslijst)' });
    await form.getByLabel('Omschrijving').fill('Jeugdhulp 1-op-1 (zonder aanpak)');
    await form.getByLabel('Financier').selectOption({ label: 'Jeugd' });
    await form.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'week' });
    const live = form.locator('.werkbank-live-flags');
    // Below the cap: no flag; each keystroke above it: the flag with the amount, as typed.
    await form.getByLabel('Prijs per eenheid').pressSequentially('3.900');
    await form.getByLabel('Aantal').fill('10');
    await expect(live).toContainText('Geen beleidsregel begrenst deze regel al.');
    await form.getByLabel('Prijs per eenheid').fill('');
    await form.getByLabel('Prijs per eenheid').pressSequentially('5.200');
    await expect(live).toContainText(`${formatEuro(520000)} per week ligt boven het jeugdplafond van ${formatEuro(400000)} per week`);
    await expect(live).toContainText(`${formatEuro(1200000)} van deze regel bespaart het beleid al`);
    await expect(live).toHaveAttribute('data-flagged', 'true');
    await form.getByLabel('Bewijsgraad').selectOption('C');
    await expectNoAxeViolations(page);
    await screenshot(page, 'beleid-referentie-vlag');
    await press(page, form.getByRole('button', { name: 'Regel toevoegen' }));
    await expect(page.getByRole('status').filter({ hasText: 'De regel is toegevoegd aan het referentiescenario.' })).toBeVisible();
    const r = await handlers(werkbank)['cases:rendement']({ code: CODE });
    expect(r.begrensdDoorBeleid).toBe(1200000);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    const bc = await handlers(werkbank)['businesscase:get']({ year: 2025 });
    expect(bc.begrensdDoorBeleid).toBe(1200000);
    await page.getByRole('tab', { name: 'Kerncijfers', exact: true }).press('Enter');
    await expect(page.getByRole('tab', { name: 'Kerncijfers', exact: true })).toHaveAttribute('aria-selected', 'true');
    const kern = page.getByTestId('kerncijfers');
    await expect(kern.locator('[data-figure="begrensdDoorBeleid"]')).toContainText(formatEuro(1200000));
    await expect(page.getByText(/^Waarvan al begrensd door beleid: het deel van de vermeden kosten/)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'beleid-businesscase');
  });
});

test.describe('issue #14 item 5: the hoog-weekbedrag register beside measure 4', () => {
  test('the register tab sets the meerkosten per start year beside measure 4’s booked effect, equal to the server', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    const tab = page.getByRole('tab', { name: 'Weekbedragregister', exact: true });
    await tab.press('Enter');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const reg = await handlers(werkbank)['register:get']({});
    const table = page.getByTestId('register-maatregel-4');
    await expect(table.getByRole('row')).toHaveCount(1 + reg.measure4.length);
    for (const m of reg.measure4) {
      const row = table.getByRole('row', { name: new RegExp(`^${String(m.year)} `) });
      await expect(row).toContainText(formatEuro(m.bookedEffect ?? 0));
      await expect(row).toContainText(formatEuro(m.meerkostenBovenPlafond));
    }
    await expect(table.getByRole('row', { name: /^2024 / })).toContainText(formatEuro(40_000_000));
    await expectNoAxeViolations(page);
    await screenshot(page, 'beleid-register-maatregel-4');
  });
});
