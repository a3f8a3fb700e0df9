import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

const BLOEMHOF = 'Casuïstiektafel Bloemhof';

async function openTafels(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tafels' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tafels' })).toBeVisible();
}

async function openBloemhofMeeting(page: Page): Promise<void> {
  await openTafels(page);
  const table = page.getByRole('table', { name: `Bijeenkomsten van ${BLOEMHOF}` });
  await table.getByRole('link', { name: 'Bijeenkomst van 05-03-2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${BLOEMHOF}, 05-03-2024` })).toBeVisible();
}

/** The rendered font size in px (evaluated in the page; the test project has no DOM types). */
async function fontSizePx(locator: Locator): Promise<number> {
  type Styles = { getComputedStyle(element: unknown): { fontSize: string } };
  return Number.parseFloat(await locator.evaluate((el) => (globalThis as unknown as Styles).getComputedStyle(el).fontSize));
}

/**
 * A full-page screenshot from the top: the shell's skip link hides at a fixed position above the
 * viewport, and a scrolled full-page capture would paint it in the middle of the page.
 */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

const agendaList = (page: Page) => page.getByRole('list', { name: 'Agenda, in volgorde van bespreking' });
const agendaOrder = (page: Page) => agendaList(page).locator('.agenda-code');

test.describe('§2.2 Tafels and bijeenkomsten', () => {
  test('the tafels with their meetings and the open actions across tafels', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openTafels(page);

    const bloemhof = page.getByRole('region', { name: BLOEMHOF });
    await expect(bloemhof.getByRole('definition').filter({ hasText: 'Wijktafel' })).toBeVisible();
    await expect(bloemhof).toContainText('Bloemhof');
    await expect(bloemhof).toContainText('3 leden');
    await expect(bloemhof).toContainText('tweewekelijks');
    const row = bloemhof.getByRole('row', { name: /05-03-2024/ });
    await expect(row).toContainText('Wijkhuis Bloemhof');
    await expect(row).toContainText('H. Koster');
    await expect(row.getByRole('cell').nth(2)).toHaveText('2'); // agenda items
    await expect(row.getByRole('cell').nth(3)).toHaveText('1'); // open actions

    const jeugd = page.getByRole('region', { name: 'Hoog-weekbedragtafel Jeugd' });
    await expect(jeugd).toContainText('Stedelijk');
    await expect(jeugd).toContainText('Niet vastgelegd');

    const open = page.getByRole('region', { name: 'Open acties' });
    await expect(open.getByRole('status')).toHaveText('1 open actie, waarvan 1 over datum');
    const action = open.getByRole('row', { name: /Mantelzorger uitnodigen/ });
    await expect(action).toContainText('S. Yilmaz');
    await expect(action).toContainText('15-04-2024 over datum');
    await expect(action).toContainText('BLO-2024-002');

    await expectNoAxeViolations(page);
    await shot(page, '50-tafels');

    // The new-meeting form opens from its disclosure; axe on that state too.
    await bloemhof.getByText(`Nieuwe bijeenkomst voor ${BLOEMHOF}`).click();
    await expect(bloemhof.getByLabel('Voorzitter')).toHaveValue('H. Koster');
    await expectNoAxeViolations(page);
  });

  test('the agenda reorders by keyboard drag and drop and by the Omlaag button, and the order persists', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openBloemhofMeeting(page);

    await expect(page.getByRole('definition').filter({ hasText: 'Wijkhuis Bloemhof' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /H\. Koster/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /A\. Smit/ })).not.toBeChecked();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-001', 'BLO-2024-002']);
    await expect(page.getByText('Totaal 35 minuten voor 2 agendapunten.')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, '51-bijeenkomst');

    // dnd-kit keyboard sensor: focus the handle, Space to pick up, ArrowDown, Space to drop.
    const handle = page.getByRole('button', { name: 'Verplaats BLO-2024-001' });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true'); // picked up
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText('BLO-2024-001 is verplaatst naar plaats 2 van 2.')).toBeAttached();
    await page.keyboard.press('Space');
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-002', 'BLO-2024-001']);
    await expect(page.getByRole('status').filter({ hasText: 'BLO-2024-001 staat nu op plaats 2 van 2.' })).toBeVisible();
    await page.reload();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-002', 'BLO-2024-001']);

    // The simple keyboard alternative: Omlaag moves BLO-2024-002 back down; focus stays on the button.
    const down = page.getByRole('button', { name: 'Omlaag BLO-2024-002' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-001', 'BLO-2024-002']);
    await expect(page.getByRole('status').filter({ hasText: 'BLO-2024-002 staat nu op plaats 2 van 2.' })).toBeVisible();
    await expect(down).toBeFocused();
    await expect(down).toHaveAttribute('aria-disabled', 'true'); // now last: nothing further down
    await page.reload();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-001', 'BLO-2024-002']);

    // Minutes are editable; the total follows.
    await page.getByRole('spinbutton', { name: 'Minuten BLO-2024-002' }).fill('25');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Totaal 45 minuten voor 2 agendapunten.')).toBeVisible();

    // The werkbank refuses to drop an item with notes, besluiten or acties; its message is shown.
    await page.getByRole('button', { name: 'Van agenda halen BLO-2024-001' }).click();
    await expect(page.getByRole('alert')).toContainText('Casus BLO-2024-001 heeft notities, besluiten of acties in deze bijeenkomst');
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-001', 'BLO-2024-002']);
    await expectNoAxeViolations(page);
  });

  test('adding cases, a decision and an action, then meeting mode with timer and presentation switch', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openBloemhofMeeting(page);

    // Every proposed case of this wijk is on the agenda already; any case of the wijk can be added by code.
    const proposal = page.getByRole('region', { name: 'Voorstel voor de agenda' });
    await expect(proposal).toContainText('Er is geen voorstel');
    const pick = proposal.getByLabel('Casus', { exact: true });
    await expect(pick.locator('option')).toHaveText(['Kies een casus', 'BLO-2025-002 — T. (Geëscaleerd)', 'BLO-2025-001 — R. (In behandeling)']);
    await pick.selectOption('BLO-2025-001');
    await proposal.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-001', 'BLO-2024-002', 'BLO-2025-001']);
    await expect(proposal.getByRole('status')).toHaveText('BLO-2025-001 staat op de agenda.');

    // Notes, a besluit and an actie for the new item.
    const item = page.getByRole('region', { name: /^3\. BLO-2025-001/ });
    await item.getByRole('textbox', { name: 'Notities BLO-2025-001' }).fill('Schulden bij drie schuldeisers.');
    await item.getByRole('button', { name: 'Notities opslaan BLO-2025-001' }).click();
    await expect(item.getByRole('status')).toHaveText('Notities opgeslagen.');
    await expect(item.getByRole('button', { name: 'Notities opslaan BLO-2025-001' })).toBeFocused();
    await item.getByRole('textbox', { name: 'Nieuw besluit BLO-2025-001' }).fill('Schuldhulp direct inschakelen.');
    await item.getByRole('button', { name: 'Besluit toevoegen BLO-2025-001' }).click();
    await expect(item.getByRole('listitem').filter({ hasText: 'Schuldhulp direct inschakelen.' })).toBeVisible();
    await item.getByRole('textbox', { name: 'Actie BLO-2025-001' }).fill('Intake schuldhulp plannen');
    await item.getByRole('textbox', { name: 'Eigenaar BLO-2025-001' }).fill('M. de Vries');
    await item.getByLabel('Deadline BLO-2025-001').fill('19-03-2024');
    await item.getByRole('button', { name: 'Actie toevoegen BLO-2025-001' }).click();
    const newAction = item.getByRole('row', { name: /Intake schuldhulp plannen/ });
    await expect(newAction).toContainText('M. de Vries');
    await expect(newAction).toContainText('19-03-2024');
    await expect(newAction.getByRole('combobox')).toHaveValue('open');
    await expect(item.getByRole('status')).toHaveText('Actie toegevoegd.');

    // Action status: the old open action of BLO-2024-002 is done.
    const second = page.getByRole('region', { name: /^2\. BLO-2024-002/ });
    await second.getByRole('combobox', { name: 'Status van actie: Mantelzorger uitnodigen' }).selectOption('gedaan');
    await expect(second.getByRole('status')).toHaveText('Status van de actie opgeslagen.');
    await expectNoAxeViolations(page);
    await shot(page, '52-agenda');

    // Meeting mode on the projector (1280×800).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await expect(page.getByRole('button', { name: 'Vergadermodus' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Agendapunt 1 van 3')).toBeVisible();
    const current = page.getByTestId('huidige-casus');
    await expect(current.getByRole('heading', { name: 'BLO-2024-001' })).toBeVisible();
    await expect(current).toContainText('A.');
    await expect(current).toContainText('M. de Vries');
    await expect(current).toContainText('J. Bakker');
    expect(await fontSizePx(current.getByRole('heading', { name: 'BLO-2024-001' }))).toBeGreaterThanOrEqual(28);

    const clock = page.getByRole('timer', { name: /Resterende tijd/ });
    await expect(clock).toHaveText('20:00');
    expect(await fontSizePx(clock)).toBeGreaterThanOrEqual(48);
    await expect(clock).not.toHaveAttribute('aria-live', /.+/);

    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Loopt', { exact: true })).toBeVisible();
    await expect(clock).not.toHaveText('20:00');
    await page.getByRole('button', { name: 'Pauze' }).click();
    await expect(page.getByText('Gepauzeerd', { exact: true })).toBeVisible();
    const paused = await clock.textContent();
    // Within the first minute, however slowly a busy machine got to the Pauze click.
    expect(paused).toMatch(/^19:[0-5]\d$/);
    await page.waitForTimeout(1500);
    await expect(clock).toHaveText(paused ?? '');
    // The polite live region said nothing during the run (only at 1 minute and 0).
    await expect(page.locator('.mode-timer [aria-live="polite"]')).toHaveText('');
    await expectNoAxeViolations(page);
    await shot(page, '53-vergadermodus');

    // Presentation: alias only, no names of aanmelder or regisseur, no notes.
    await page.getByRole('checkbox', { name: /Presentatie/ }).check();
    await expect(current).toContainText('BLO-2024-001');
    await expect(current).toContainText('A.');
    await expect(current).not.toContainText('M. de Vries');
    await expect(current).not.toContainText('J. Bakker');
    await expect(current).toContainText('Persoonsgegevens verborgen');
    await expect(page.getByText('Ontruiming dreigt')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, '54-vergadermodus-presentatie');
    // What the projector shows (the 1280×800 viewport, not the full page): the case and its clock.
    await page.screenshot({ path: 'test-results/screens/57-vergadermodus-beamer.png' });

    // Next item, and a quick besluit and actie for it.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByText('Agendapunt 2 van 3')).toBeVisible();
    await expect(current.getByRole('heading', { name: 'BLO-2024-002' })).toBeVisible();
    await expect(clock).toHaveText('15:00');
    await page.getByRole('textbox', { name: 'Nieuw besluit BLO-2024-002' }).fill('Mantelzorg structureel regelen.');
    await page.getByRole('button', { name: 'Besluit toevoegen BLO-2024-002' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Mantelzorg structureel regelen.' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Actie BLO-2024-002' }).fill('Respijtzorg aanvragen');
    await page.getByRole('textbox', { name: 'Eigenaar BLO-2024-002' }).fill('S. Yilmaz');
    await page.getByRole('button', { name: 'Actie toevoegen BLO-2024-002' }).click();
    await expect(page.getByRole('row', { name: /Respijtzorg aanvragen/ })).toBeVisible();
    await page.getByRole('button', { name: 'Vorige' }).click();
    await expect(page.getByText('Agendapunt 1 van 3')).toBeVisible();
    await expect(clock).toHaveText(paused ?? ''); // the first item's clock kept its time
    await expectNoAxeViolations(page);

    // Out of meeting mode, everything added is there after a reload.
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await page.reload();
    await expect(page.getByRole('region', { name: /^2\. BLO-2024-002/ })).toContainText('Mantelzorg structureel regelen.');
    await expect(page.getByRole('region', { name: /^2\. BLO-2024-002/ })).toContainText('Respijtzorg aanvragen');
  });

  test('a new meeting: created from the tafel, attendance, the carried-over action proposed and added', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openTafels(page);

    const bloemhof = page.getByRole('region', { name: BLOEMHOF });
    await bloemhof.getByText(`Nieuwe bijeenkomst voor ${BLOEMHOF}`).click();
    const form = bloemhof.getByRole('form', { name: `Nieuwe bijeenkomst voor ${BLOEMHOF}` });
    // Dates are typed dd-mm-jjjj; a day the calendar does not have is refused, in Dutch, before anything is sent.
    await form.getByLabel('Datum').fill('31-02-2025');
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();
    const noSuchDay = 'Dit is geen bestaande datum. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.';
    await expect(form.getByText(noSuchDay, { exact: true })).toBeVisible();
    await expect(form.getByRole('alert')).toContainText(`Datum: ${noSuchDay}`);
    await expect(form.getByLabel('Datum')).toBeFocused();
    await expectNoAxeViolations(page);
    await shot(page, '55a-nieuwe-bijeenkomst-datumfout');
    await form.getByLabel('Datum').fill('10-06-2025');
    await form.getByLabel(/Plaats/).fill('Wijkhuis Bloemhof');
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${BLOEMHOF}, 10-06-2025` })).toBeVisible();
    await expect(page).toHaveURL(/#\/tafels\/bijeenkomsten\/tafel-blo-2025-06-10$/);
    await expect(page.getByText('De agenda is nog leeg.')).toBeVisible();

    // The header can be corrected: another chair this time.
    await page.getByText('Gegevens van de bijeenkomst wijzigen').click();
    const header = page.getByRole('form', { name: 'Gegevens van de bijeenkomst wijzigen' });
    await expect(header.getByLabel('Voorzitter')).toHaveValue('H. Koster');
    await header.getByLabel('Voorzitter').fill('M. de Vries');
    await header.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gegevens van de bijeenkomst opgeslagen.' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'M. de Vries' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Attendance starts from the members, nobody ticked; a tick is saved at once.
    await page.getByRole('checkbox', { name: /H\. Koster/ }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Aanwezigheid opgeslagen.' })).toBeVisible();
    await expect(page.getByText('Aanwezig: 1 van 3')).toBeVisible();
    // Two ticks straight after each other (the second sent before the first is answered): the
    // form owns them, so neither flickers back, and the second write carries both.
    await page.getByRole('checkbox', { name: /M\. de Vries/ }).check();
    await page.getByRole('checkbox', { name: /A\. Smit/ }).check();
    await expect(page.getByText('Aanwezig: 3 van 3')).toBeVisible();
    await page.getByRole('checkbox', { name: /A\. Smit/ }).uncheck();
    await expect(page.getByRole('checkbox', { name: /M\. de Vries/ })).toBeChecked();
    await expect(page.getByText('Aanwezig: 2 van 3')).toBeVisible();
    await expect
      .poll(async () => (await createHandlers({ session: werkbank.session, actor: 'e2e' })['meetings:get']({ id: 'tafel-blo-2025-06-10' })).attendance.map((a) => a.present))
      .toEqual([true, true, false]);

    // The open action of BLO-2024-002 is past its date: it carries over into the proposal.
    const proposal = page.getByRole('region', { name: 'Voorstel voor de agenda' });
    const proposed = proposal.getByRole('listitem').filter({ hasText: 'BLO-2024-002' }).first();
    await expect(proposed).toContainText('1 actie over datum (deadline 15-04-2024)');
    await expectNoAxeViolations(page);
    await shot(page, '55-nieuwe-bijeenkomst');
    await proposed.getByRole('button', { name: 'Toevoegen BLO-2024-002' }).click();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-002']);
    await expect(proposal).toContainText('Er is geen voorstel');
    const item = page.getByRole('region', { name: /^1\. BLO-2024-002/ });
    await expect(item.getByRole('table', { name: 'Open acties uit eerdere bijeenkomsten bij BLO-2024-002' })).toContainText('Mantelzorger uitnodigen');
    await page.reload();
    await expect(agendaOrder(page)).toHaveText(['BLO-2024-002']);
    await expectNoAxeViolations(page);

    // Meeting mode shows the carried action with the current item.
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await expect(page.getByTestId('huidige-casus').getByRole('heading', { name: 'BLO-2024-002' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Mantelzorger uitnodigen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, '56-vergadermodus-nieuwe-bijeenkomst');

    // Back on the tafels page the new meeting is listed first.
    await openTafels(page);
    const rows = page.getByRole('table', { name: `Bijeenkomsten van ${BLOEMHOF}` }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('10-06-2025');
  });
});
