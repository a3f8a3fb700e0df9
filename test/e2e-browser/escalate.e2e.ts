import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { formatDate, localIsoDate } from '../../shared/format/date';
import { formatEuro } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/**
 * §2.3 / issue #9 "Done means": from the case screen, escalate to the netwerk with the dossier,
 * preview it, submit; the netwerk sends it back; the aanmelder completes it and takes it on to
 * PRIO (the target of an escalation is fixed, so that is a new escalation, prefilled from the
 * first); PRIO assigns a handler and a note and grants a maatwerkbudget; the case's rendement
 * counts it as investering. By keyboard where a person would; the stored state read from the host.
 */

const CODE = 'BLO-2025-001';
const ALIAS = 'R. Bloemhof';

const handlers = (werkbank: Werkbank) => createHandlers({ session: werkbank.session, actor: 'e2e' });
const stored = async (werkbank: Werkbank) => (await handlers(werkbank)['cases:get']({ code: CODE })).case;

/** Presses Tab until `target` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await target.and(page.locator(':focus')).count()) > 0) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Focus by Tab, then Enter: a button pressed the way a keyboard user does. */
async function press(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const card = (page: Page, name: RegExp) => page.getByRole('region', { name });

async function openCase(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  // Wait for the list: the inbox has a link with the same code, which a fast press would hit instead.
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await press(page, page.getByRole('link', { name: CODE, exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CODE);
}

/** §5 ticks `partners` in the case's consent section (Toestemming wijzigen), by keyboard, and saves. */
async function grantConsent(page: Page, partners: readonly string[]): Promise<void> {
  const section = page.getByRole('region', { name: 'Toestemming en grondslag' });
  await press(page, section.getByRole('button', { name: 'Toestemming wijzigen' }));
  for (const partner of partners) {
    const box = section.getByRole('checkbox', { name: partner, exact: true });
    await box.focus();
    if (!(await box.isChecked())) await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await press(page, section.getByRole('button', { name: 'Toestemming opslaan' }));
  await expect(section.getByText('De toestemming of grondslag is opgeslagen.')).toBeVisible();
}

async function openInboxDossier(page: Page, target: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Escalaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escalaties' })).toBeVisible();
  const row = page
    .getByRole('table', { name: /^Escalaties:/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: CODE }) })
    .filter({ hasText: target });
  await press(page, row.getByRole('button', { name: /^Dossier van/ }));
  const panel = page.getByRole('region', { name: `Dossier ${CODE}` });
  await expect(panel).toBeVisible();
  return panel;
}

test('§2.3 escalate to netwerk → teruggelegd → completed and taken on to PRIO → handler, note and besluit with maatwerkbudget → investering', async ({ page, werkbank }) => {
  test.setTimeout(120_000);
  await createStoreThroughUi(page, werkbank);
  await importVoorbeeld(page, werkbank);
  const investeringBefore = (await handlers(werkbank)['cases:rendement']({ code: CODE })).investering;
  await openCase(page);

  // 1. Escaleren: the dossier starts from what the case knows.
  const opener = page.getByRole('button', { name: 'Escaleren', exact: true });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Escaleren' });
  await expect(form.getByRole('heading', { name: 'Escaleren' })).toBeFocused();
  await expect(form.getByLabel('Wat is al geprobeerd?')).toHaveValue('Werktraject: Ingezet'); // the deployed intervention, not the voorgestelde
  await expect(form.getByRole('checkbox', { name: /^Toestemming gecontroleerd/ })).toBeChecked(); // the case has recorded consent
  await expect(form).toContainText('vastgelegd op 14-01-2025');
  // Netwerk and PRIO are offered with their terms; jeugd_weekbedrag is asked from its arrangement, overig is off.
  const targetSelect = form.getByRole('combobox', { name: 'Escalatiedoel' });
  await expect(targetSelect.getByRole('option')).toHaveText(['Kies een escalatiedoel', 'Netwerk (klankbord) (termijn 10 werkdagen)', 'PRIO (termijn 10 werkdagen)', 'Wijk-MT (termijn 10 werkdagen)']);

  // Nothing chosen: the form says so, naming the field, and nothing is stored.
  await press(page, form.getByRole('button', { name: 'Opslaan als concept' }));
  await expect(form.getByText('Kies het escalatiedoel.').first()).toBeVisible();
  expect((await stored(werkbank)).escalations).toHaveLength(0);

  await targetSelect.focus();
  await targetSelect.selectOption({ label: 'Netwerk (klankbord) (termijn 10 werkdagen)' });
  await form.getByLabel('Urgentie').selectOption('hoog');
  await typeInto(page, form.getByLabel('Vraag: welke doorbraak is nodig?'), 'Kan de huurachterstand bevroren worden zolang het werktraject loopt?');
  await typeInto(page, form.getByLabel('Welke regel blokkeert?'), 'Ontruimingsprocedure start na drie maanden achterstand');
  await typeInto(page, form.getByLabel('Gevraagde afwijking'), 'Uitstel van de procedure met zes maanden');
  await typeInto(page, form.getByLabel('Juridische grondslag van de afwijking'), 'Hardheidsclausule huurbeleid');
  await typeInto(page, form.getByLabel('Gevraagd maatwerkbudget'), '2.500,00');
  await expectNoAxeViolations(page);
  await screenshot(page, 'case-escalate-form');
  await press(page, form.getByRole('button', { name: 'Opslaan als concept' }));

  // 2. The concept, with the preview of exactly what the netwerk will see.
  const netwerk = card(page, /^Escalatie naar Netwerk \(klankbord\) \(esc-1\)/);
  await expect(netwerk.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(netwerk.getByRole('status')).toContainText('als concept opgeslagen');
  const preview = netwerk.getByRole('region', { name: 'Zo ziet Netwerk (klankbord) dit dossier' });
  await expect(preview).toContainText('Kan de huurachterstand bevroren worden zolang het werktraject loopt?');
  await expect(preview).toContainText('€ 2.500,00');
  await expect(preview).toContainText('Casus BLO-2025-001 · wijk Bloemhof');
  await expect(preview).toContainText('Hardheidsclausule huurbeleid');
  await expect(preview).not.toContainText(ALIAS); // data minimisation: no alias, no name
  await expect(preview).not.toContainText('P. Jansen');
  let e = (await stored(werkbank)).escalations[0];
  expect(e).toMatchObject({ target: 'netwerk', status: 'concept', urgency: 'hoog', requestedBudgetCents: 250000, consentChecked: true, tried: 'Werktraject: Ingezet' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'case-escalate-preview');

  // §5 the dossier reaches the organisations at the Bloemhof tafel and the case's consent names none of
  // them: the card says so before Indienen, the server refuses in the same words, and nothing moves.
  const network = 'Gemeente Rotterdam, Wijkteam Bloemhof en Woningcorporatie Zuid (fictief)';
  const sharing = netwerk.getByTestId('deel-melding');
  await expect(sharing).toContainText(`Nog niet in te dienen: zonder toestemming of grondslag gaat het dossier niet naar ${network}.`);
  await expect(sharing).toContainText(`Leg eerst toestemming of een grondslag vast voor ${network} bij Toestemming en grondslag op deze casus.`);
  await press(page, netwerk.getByRole('button', { name: 'Indienen bij Netwerk (klankbord)' }));
  await expect(netwerk.getByRole('alert')).toContainText(`Leg eerst toestemming of een grondslag vast voor ${network} (Toestemming en grondslag op de casus).`);
  expect((await stored(werkbank)).escalations[0]?.status).toBe('concept');
  await expectNoAxeViolations(page);
  await screenshot(page, 'case-escalate-consent-lacking');
  // The resident consents for the three, and for PRIO (where the case goes next).
  await grantConsent(page, ['Gemeente Rotterdam', 'Wijkteam Bloemhof', 'Woningcorporatie Zuid (fictief)', 'PRIO']);
  await expect(sharing).toHaveText(`Het dossier gaat naar ${network}; daarvoor is toestemming of een grondslag vastgelegd.`);

  // 3. Submit: the deadline is the server's, in working days.
  await press(page, netwerk.getByRole('button', { name: 'Indienen bij Netwerk (klankbord)' }));
  await expect(netwerk.getByRole('heading', { level: 3 })).toContainText('Ingediend');
  e = (await stored(werkbank)).escalations[0];
  expect(e?.status).toBe('ingediend');
  expect(e?.submittedOn).toBe(localIsoDate(new Date()));
  await expect(netwerk.getByRole('status')).toHaveText(
    `Ingediend bij Netwerk (klankbord) op ${formatDate(e?.submittedOn)}. Het doel beslist uiterlijk ${formatDate(e?.deadlineOn)} (10 werkdagen; weekenden en feestdagen tellen niet mee).`,
  );
  await expect(netwerk.getByRole('region', { name: 'Verloop' })).toContainText('Concept → Ingediend');

  // 4. The netwerk sends it back with what is missing.
  let panel = await openInboxDossier(page, 'Netwerk');
  await press(page, panel.getByRole('button', { name: 'Terugleggen' }));
  await typeInto(page, page.getByLabel('Wat ontbreekt er?'), 'Dit vraagt maatwerkbudget: leg het bij PRIO neer.');
  await page.keyboard.press('Tab');
  await press(page, page.getByRole('button', { name: 'Terugleggen' }).last());
  await expect(page.getByRole('status').filter({ hasText: 'teruggelegd' })).toContainText('de escalatie is teruggelegd bij de aanmelder');

  // 5. On the case: the reason shows; completing opens the dossier (teruggelegd → concept).
  await openCase(page);
  await expect(netwerk).toContainText('Wat ontbreekt: Dit vraagt maatwerkbudget: leg het bij PRIO neer.');
  await press(page, netwerk.getByRole('button', { name: 'Dossier aanvullen' }));
  const edit = page.getByRole('form', { name: 'Dossier voor Netwerk (klankbord) bewerken' });
  await expect(edit.getByRole('heading')).toBeFocused();
  await typeInto(page, edit.getByLabel('Wat is al geprobeerd?'), 'Werktraject: Ingezet\nBetalingsregeling met de verhuurder: geweigerd');
  await press(page, edit.getByRole('button', { name: 'Dossier opslaan' }));
  await expect(netwerk.getByRole('status')).toHaveText('Het dossier is opgeslagen. Hieronder staat wat het escalatiedoel ziet.');
  e = (await stored(werkbank)).escalations[0];
  expect(e?.status).toBe('concept');
  expect(e?.tried).toBe('Werktraject: Ingezet\nBetalingsregeling met de verhuurder: geweigerd');

  // The netwerk is done with it: withdrawn with a reason, after a confirmation.
  await press(page, netwerk.getByRole('button', { name: 'Intrekken', exact: true }));
  await typeInto(page, netwerk.getByLabel('Waarom wordt de escalatie ingetrokken?'), 'Doorgezet naar PRIO op advies van het netwerk.');
  await press(page, netwerk.getByRole('button', { name: 'Intrekken…' }));
  const yes = netwerk.getByRole('button', { name: 'Ja, intrekken' });
  await expect(yes).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(netwerk.getByRole('status')).toHaveText('De escalatie naar Netwerk (klankbord) is ingetrokken.');
  const history = netwerk.getByRole('region', { name: 'Verloop' }).getByRole('listitem');
  await expect(history).toHaveCount(5);
  await expect(history.nth(2)).toContainText('Ingediend → Teruggelegd');
  await expect(history.nth(2)).toContainText('Dit vraagt maatwerkbudget');
  await expect(history.nth(4)).toContainText('Concept → Ingetrokken');
  await expect(history.nth(4)).toContainText('Doorgezet naar PRIO op advies van het netwerk.');

  // 6. Taken on to PRIO: a new escalation, prefilled from the completed dossier.
  await press(page, page.getByRole('button', { name: 'Escaleren', exact: true }));
  const prioForm = page.getByRole('form', { name: 'Escaleren' });
  await expect(prioForm.getByLabel('Wat is al geprobeerd?')).toHaveValue('Werktraject: Ingezet\nBetalingsregeling met de verhuurder: geweigerd');
  await expect(prioForm.getByLabel('Gevraagd maatwerkbudget')).toHaveValue('2500');
  await prioForm.getByRole('combobox', { name: 'Escalatiedoel' }).selectOption({ label: 'PRIO (termijn 10 werkdagen)' });
  // Consent not confirmed this time: the concept is kept, but the server refuses to submit it, naming what is missing.
  const consent = prioForm.getByRole('checkbox', { name: /^Toestemming gecontroleerd/ });
  await consent.focus();
  await page.keyboard.press('Space');
  await expect(consent).not.toBeChecked();
  await press(page, prioForm.getByRole('button', { name: 'Opslaan als concept' }));
  const prio = card(page, /^Escalatie naar PRIO \(esc-2\)/);
  await expect(prio.getByRole('region', { name: 'Zo ziet PRIO dit dossier' })).toContainText('Betalingsregeling met de verhuurder: geweigerd');
  await press(page, prio.getByRole('button', { name: 'Indienen bij PRIO' }));
  await expect(prio.getByRole('alert')).toContainText('kan nog niet worden ingediend: de toestemmingscheck (consentChecked) ontbreekt in het dossier');
  expect((await stored(werkbank)).escalations[1]?.status).toBe('concept');
  await press(page, prio.getByRole('button', { name: 'Dossier bewerken' }));
  const prioEdit = page.getByRole('form', { name: 'Dossier voor PRIO bewerken' });
  await prioEdit.getByRole('checkbox', { name: /^Toestemming gecontroleerd/ }).focus();
  await page.keyboard.press('Space');
  await press(page, prioEdit.getByRole('button', { name: 'Dossier opslaan' }));
  await expect(prio.getByRole('status')).toHaveText('Het dossier is opgeslagen. Hieronder staat wat het escalatiedoel ziet.');
  await press(page, prio.getByRole('button', { name: 'Indienen bij PRIO' }));
  await expect(prio.getByRole('status')).toContainText('Ingediend bij PRIO op');
  e = (await stored(werkbank)).escalations[1];
  expect(e).toMatchObject({ target: 'prio', status: 'ingediend', requestedBudgetCents: 250000 });

  // 7. PRIO: a handler and a note, then the besluit with a maatwerkbudget.
  panel = await openInboxDossier(page, 'PRIO');
  const handling = panel.getByRole('form', { name: 'Behandelaar en notities' });
  await typeInto(page, handling.getByLabel('Behandelaar'), 'S. de Boer (PRIO, fictief)');
  await typeInto(page, handling.getByLabel('Notities'), 'Verhuurder gebeld: bevriezing mogelijk bij borg.');
  await press(page, handling.getByRole('button', { name: 'Behandelaar en notities opslaan' }));
  await expect(handling.getByRole('status')).toHaveText('Behandelaar en notities zijn opgeslagen.');
  e = (await stored(werkbank)).escalations[1];
  expect(e).toMatchObject({ owner: 'S. de Boer (PRIO, fictief)', notes: 'Verhuurder gebeld: bevriezing mogelijk bij borg.' });
  await expect(panel.getByRole('definition').filter({ hasText: 'S. de Boer (PRIO, fictief)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'inbox-escalation-handling');

  await press(page, panel.getByRole('button', { name: 'In behandeling nemen' }));
  await expect(page.getByRole('status').filter({ hasText: 'in behandeling genomen' })).toBeVisible();
  await press(page, panel.getByRole('button', { name: 'Besluit vastleggen' }));
  const besluit = page.getByRole('form', { name: 'Besluit vastleggen' });
  await besluit.getByLabel('Toegekend', { exact: true }).check();
  await besluit.getByRole('checkbox', { name: 'Maatwerkbudget' }).check();
  await typeInto(page, besluit.getByRole('textbox', { name: 'Bedrag maatwerkbudget' }), '2.000,00');
  // The host's today (the browser runs in Europe/Amsterdam, the host in its own zone: around midnight they differ).
  await typeInto(page, besluit.getByLabel('Besloten op'), formatDate(localIsoDate(new Date())));
  await press(page, besluit.getByRole('button', { name: 'Besluit opslaan' }));
  await expect(page.getByRole('status').filter({ hasText: 'besluit' })).toContainText('het besluit is vastgelegd');
  e = (await stored(werkbank)).escalations[1];
  expect(e?.besluit).toMatchObject({ outcome: 'toegekend', maatwerkbudgetCents: 200000 });
  await expectNoAxeViolations(page);

  // 8. The case's rendement counts the granted maatwerkbudget as investering (§3.2).
  await openCase(page);
  const investering = (await handlers(werkbank)['cases:rendement']({ code: CODE })).investering;
  expect(investering).toBe(investeringBefore + 200000);
  await expect(page.getByRole('table', { name: 'Kerncijfers' }).getByRole('row', { name: /^Investering/ }).getByRole('cell')).toHaveText(formatEuro(investering));
  await expect(prio.getByRole('heading', { level: 3 })).toContainText('Besluit');
  await expectNoAxeViolations(page);
});
