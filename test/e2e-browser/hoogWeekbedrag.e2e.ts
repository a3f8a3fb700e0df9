/**
 * Issue #9 "Done means", part 2 (PRODUCT.md §3.5): a jeugd arrangement above the cap → the request
 * to the hoog-weekbedragtafel → deels toegekend (approved maximum below the requested amount) → the
 * register with its approval history, and the arrangement's row on the case screen shows it.
 */
import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { localIsoDate } from '../../shared/format/date';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, test, type Werkbank } from './fixtures';

/** The host's own handlers: what the server stored. */
function server(werkbank: Werkbank) {
  return createHandlers({ session: werkbank.session, actor: 'e2e' });
}

const CODE = 'BLO-2024-002';
const PROVIDER = 'Jeugdzorg Maasoever (fictief)';
/** € 5.200 a week, above the € 4.000 cap, no request yet: a third jeugd arrangement of the example case. */
const ARRANGEMENT = { id: 'arr-3', domain: 'jeugd', setting: 'intramuraal', provider: PROVIDER, weeklyCents: 520000, from: '2026-10-05', weeks: 26 } as const;
const WHY = 'Voor de veiligheid zijn twee begeleiders tegelijk nodig; het arrangementenmodel kent alleen 1-op-1.';

async function openCase(page: Page, code: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  // Wait for the list: the inbox shows a link with the same code, which a fast press would hit instead.
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  const link = page.getByRole('link', { name: code, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

const arrangements = (page: Page) => page.getByRole('region', { name: 'Arrangementen (Wmo en Jeugd)' });
const rowOfArrangement = (page: Page) => arrangements(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(PROVIDER.replace(/[()]/g, '\\$&')) }) });
const requestForm = (page: Page) => page.getByRole('form', { name: `Aanvraag hoog-weekbedragtafel: ${PROVIDER}` });
const dossier = (page: Page) => page.getByRole('region', { name: /^Dossier / });

test.describe('§3.5 the hoog-weekbedrag request and its approval history', () => {
  test('§5 without consent for the jeugd tafel the form says so before Aanvraag indienen, and nothing is created or submitted', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await server(werkbank)['arrangements:save']({ code: CODE, arrangement: ARRANGEMENT });
    // The resident consented for the Gemeente only: the jeugd tafel is not covered.
    await server(werkbank)['cases:update']({ code: CODE, changes: { consent: { basis: 'toestemming', recordedOn: '2024-02-20', scope: [{ partner: 'Gemeente Rotterdam', granted: true }] } } });
    await openCase(page, CODE);
    const open = rowOfArrangement(page).getByRole('button', { name: `Aanvraag hoog-weekbedragtafel: ${PROVIDER}` });
    await open.focus();
    await page.keyboard.press('Enter');
    const form = requestForm(page);
    const tafel = 'Casuïstiektafel hoog weekbedrag jeugd';
    await expect(form.getByTestId('deel-melding')).toContainText(`Nog niet in te dienen: zonder toestemming of grondslag gaat het dossier niet naar ${tafel}.`);
    await form.getByLabel('1-op-1 begeleiding').check();
    await form.getByLabel('Waarom volstaat het arrangementenmodel niet?').fill(WHY);
    const before = (await server(werkbank)['cases:get']({ code: CODE })).case.escalations;
    await form.getByRole('button', { name: 'Aanvraag indienen' }).focus();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText(`Leg eerst toestemming of een grondslag vast voor ${tafel} bij Toestemming en grondslag op deze casus.`);
    expect((await server(werkbank)['cases:get']({ code: CODE })).case.escalations).toEqual(before);
    await expectNoAxeViolations(page);
    await form.getByTestId('deel-melding').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/hoog-weekbedrag-consent-lacking.png' });
  });

  test('jeugd arrangement above the cap → request → deels toegekend → the register with its history; the row shows the approved maximum', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await server(werkbank)['arrangements:save']({ code: CODE, arrangement: ARRANGEMENT });
    await openCase(page, CODE);

    // The flag offers the request beside it.
    const row = rowOfArrangement(page);
    await expect(row).toContainText('Jeugd boven het plafond van € 4.000,00 per week, zonder besluit');
    await expect(row).toContainText('Geen aanvraag');
    const open = row.getByRole('button', { name: `Aanvraag hoog-weekbedragtafel: ${PROVIDER}` });
    await open.focus();
    await page.keyboard.press('Enter');
    const form = requestForm(page);
    await expect(form.getByRole('heading', { name: `Aanvraag hoog-weekbedragtafel: ${PROVIDER}` })).toBeFocused();
    await expect(form).toContainText('arr-3: € 5.200,00 per week vanaf 05-10-2026, 26 weken');
    await expect(form.getByLabel('Gevraagd weekbedrag')).toHaveValue('5200'); // as the arrangement form writes an amount to edit
    await expect(form.getByLabel('Aantal weken')).toHaveValue('26');

    // Without the begeleiding and the motivation nothing is sent, and the summary names both fields.
    const before = (await server(werkbank)['cases:get']({ code: CODE })).case.escalations.length;
    await form.getByRole('button', { name: 'Aanvraag indienen' }).focus();
    await page.keyboard.press('Enter');
    const summary = form.getByRole('alert').first();
    await expect(summary).toContainText('Kies de begeleiding: 1-op-1 of 2-op-1.');
    await expect(summary).toContainText('Vul in waarom het arrangementenmodel niet volstaat.');
    expect((await server(werkbank)['cases:get']({ code: CODE })).case.escalations).toHaveLength(before);

    // By keyboard: the begeleiding (arrow keys move within the radio group), then the motivation.
    await form.getByLabel('1-op-1 begeleiding').focus();
    await page.keyboard.press('ArrowDown');
    await expect(form.getByLabel('2-op-1 begeleiding')).toBeChecked();
    await form.getByLabel('Gevraagd weekbedrag').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5.400');
    await form.getByLabel('Waarom volstaat het arrangementenmodel niet?').focus();
    await page.keyboard.type(WHY);
    // The case has a recorded grondslag (wettelijke taak), so the check starts ticked; the person confirms it.
    await expect(form.getByLabel('Toestemming gecontroleerd', { exact: false })).toBeChecked();
    await expectNoAxeViolations(page);
    // The viewport at the form, as a chair sees it (the fixture's full-page shot of this long screen is unreadable).
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/hoog-weekbedrag-request.png' });

    await form.getByRole('button', { name: 'Aanvraag indienen' }).focus();
    await page.keyboard.press('Enter');
    const today = localIsoDate(new Date());
    const [y, m, d] = today.split('-');
    await expect(page.getByRole('status').filter({ hasText: 'De aanvraag voor' })).toContainText(`De aanvraag voor ${PROVIDER} is op ${d}-${m}-${y} ingediend bij de hoog-weekbedragtafel`);
    await expect(requestForm(page)).toHaveCount(0);

    // What the server stored: the request with its fields, submitted, for arr-3.
    const stored = (await server(werkbank)['cases:get']({ code: CODE })).case.escalations.at(-1);
    expect(stored).toMatchObject({
      target: 'jeugd_weekbedrag',
      status: 'ingediend',
      arrangementId: 'arr-3',
      begeleiding: 'twee_op_een',
      requestedWeeklyCents: 540000,
      requestedWeeks: 26,
      whyNotArrangementenmodel: WHY,
      consentChecked: true,
      submittedOn: today,
    });
    const id = stored?.id ?? '';
    await expect(row).toContainText(`Aanvraag ${id} is ingediend bij de hoog-weekbedragtafel.`);
    await expect(row).toContainText('Aangevraagd');

    // The jeugd tafel takes it and records deels toegekend: € 4.800 a week, below the € 5.400 asked.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Escalaties' }).click();
    await page.getByLabel('Escalatiedoel').selectOption('jeugd_weekbedrag');
    const inboxRow = page.getByRole('table', { name: /^Escalaties:/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: CODE }) });
    await inboxRow.getByRole('button', { name: /^Dossier van/ }).click();
    await expect(dossier(page)).toContainText('2-op-1 begeleiding');
    await expect(dossier(page)).toContainText('€ 5.400,00 per week, 26 weken');
    await expect(dossier(page)).toContainText(WHY);
    await dossier(page).getByRole('button', { name: 'In behandeling nemen' }).click();
    await dossier(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    const besluit = page.getByRole('form', { name: 'Besluit vastleggen' });
    await expect(besluit).toContainText('Gevraagd: € 5.400,00 per week.');
    await besluit.getByLabel('Deels toegekend').check();
    await besluit.getByLabel('Goedgekeurd maximum per week').fill('4.800');
    await besluit.getByLabel('Herbeoordeling op').fill('01-06-2027');
    await besluit.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'besluit' })).toHaveText(`${CODE}: het besluit is vastgelegd.`);
    expect((await server(werkbank)['cases:get']({ code: CODE })).case.escalations.at(-1)?.besluit).toMatchObject({
      outcome: 'deels_toegekend',
      approvedWeeklyCents: 480000,
      reviewOn: '2027-06-01',
      decidedOn: today,
    });

    // Back on the case: the row shows the approval and its maximum; € 5.200 is above it, so it is flagged again.
    await openCase(page, CODE);
    await expect(row).toContainText('Deels toegekend');
    await expect(row).toContainText('max. € 4.800,00');
    await expect(row).toContainText('herbeoordeling 01-06-2027');
    await expect(row).toContainText('Boven het goedgekeurde maximum');
    await expect(row.getByRole('button', { name: /^Aanvraag hoog-weekbedragtafel/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/hoog-weekbedrag-row.png' });

    // The register: the row's figures, and the history of this arrangement opened by keyboard.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    const register = (await server(werkbank)['register:get']({})).rows.find((r) => r.caseCode === CODE && r.arrangementId === 'arr-3');
    expect(register).toMatchObject({ approvalStatus: 'deels_toegekend', approvedWeeklyCents: 480000, meerkostenBovenPlafond: 3120000 });
    // The register is a tab of the Businesscase screen.
    await page.getByRole('tab', { name: 'Weekbedragregister', exact: true }).click();
    const registerRow = page.getByTestId('register').getByRole('row').filter({ hasText: 'arr-3' });
    await expect(registerRow).toContainText('Deels toegekend');
    await expect(registerRow).toContainText('max. 4.800,00');
    await expect(registerRow).toContainText('31.200,00');
    const history = page.getByTestId(`geschiedenis-${CODE}/arr-3`);
    const toggle = history.locator('summary');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(history).toHaveAttribute('open', '');
    const steps = history.getByRole('row');
    await expect(steps).toHaveCount(3); // the header, the request, the besluit
    await expect(steps.nth(1)).toContainText(`Aanvraag ${id}`);
    await expect(steps.nth(1)).toContainText('gevraagd 5.400,00');
    await expect(steps.nth(1)).toContainText('26 weken');
    await expect(steps.nth(2)).toContainText(`Besluit ${id}`);
    await expect(steps.nth(2)).toContainText('Deels toegekend');
    await expect(steps.nth(2)).toContainText('max. 4.800,00');
    await expect(steps.nth(2)).toContainText('01-06-2027');
    await expect(steps.nth(2)).toContainText('geldt nu');
    // The example's own arrangements keep their (one-besluit) history beside it.
    await expect(page.getByTestId(`geschiedenis-${CODE}/arr-2`).locator('summary')).toContainText('Deels toegekend, 2 stappen');
    await expectNoAxeViolations(page);
    // The viewport at the history (see above).
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/register-history.png' });
  });
});
