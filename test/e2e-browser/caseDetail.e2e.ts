import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { formatDate, localIsoDate } from '../../shared/format/date';
import { formatEuro, formatRatio } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/** The figures as the host's own cases:rendement handler returns them: the screen must show exactly these. */
async function serverRendement(werkbank: Werkbank, code: string) {
  return createHandlers({ session: werkbank.session, actor: 'e2e' })['cases:rendement']({ code });
}

function figure(page: Page, name: string | RegExp) {
  return page.getByRole('table', { name: 'Kerncijfers' }).getByRole('row', { name });
}

async function openCase(page: Page, code: string): Promise<void> {
  const link = page.getByRole('link', { name: code, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(figure(page, /^Vermeden kosten €/)).toBeVisible();
}

const today = formatDate(localIsoDate(new Date()));

test.describe('§2.1 aanmelding', () => {
  test('a case is registered through the form, by keyboard, and opens on its own page', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const start = page.getByRole('link', { name: 'Nieuwe aanmelding' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '20-aanmelding-leeg');

    // Nothing chosen: the form says what is missing, next to the fields, and moves focus there.
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Kies de wijk van de inwoner.', { exact: true })).toBeVisible();
    await expect(page.getByText('Kies minstens één spoor, of vink aan dat dit een signaal is.', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Wijk')).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, '21-aanmelding-fouten');

    // A signaal has no alias and no birth year until consent is recorded.
    await page.getByLabel(/Dit is een signaal/).check();
    await expect(page.getByLabel('Alias of initialen')).toHaveCount(0);
    await expect(page.getByLabel('Geboortejaar')).toHaveCount(0);
    await page.getByLabel(/Dit is een signaal/).uncheck();

    // Keyboard only from here: the wijk select, then Tab through the form.
    await page.getByLabel('Wijk').focus();
    await page.keyboard.press('ArrowDown'); // the first wijk: Bloemhof
    await expect(page.getByLabel('Wijk')).toHaveValue('Bloemhof');
    await page.keyboard.press('Tab'); // signaal checkbox
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Alias of initialen')).toBeFocused();
    await page.keyboard.type('Z.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1988');
    await page.keyboard.press('Tab'); // Samenredzaamheid
    await page.keyboard.press('Tab'); // Wonen
    await expect(page.getByLabel('Wonen')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Financiële zekerheid')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Naam aanmelder')).toBeFocused();
    await page.keyboard.type('S. de Groot');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vraagwijzer Feijenoord');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Huurachterstand van drie maanden.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Woning behouden.');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Samenstelling huishouden')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // Alleenstaand
    await page.keyboard.press('Tab');
    // Issue #14 item 7: the expected care costs are asked at the aanmelding (the last band: € 100.000 or more).
    await expect(page.getByLabel('Verwachte zorgkosten')).toBeFocused();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Verwachte zorgkosten')).toHaveValue('boven_100k');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Aanmelding opslaan' })).toBeFocused();
    await page.keyboard.press('Enter');

    const year = new Date().getFullYear();
    await expect(page).toHaveURL(new RegExp(`#/casussen/BLO-${String(year)}-\\d{3}$`));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(`BLO-${String(year)}-`);
    await expect(heading).toContainText('Z.');
    await expect(page.getByText('Huidige status: Aangemeld')).toBeVisible();
    await expect(page.getByText('Wonen, Financiële zekerheid')).toBeVisible();
    await expect(page.getByText('S. de Groot, Vraagwijzer Feijenoord')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Statushistorie' })).toContainText(`${today} Aangemaakt als Aangemeld`);
    await expect(figure(page, /^Vermeden kosten €/)).toContainText(formatEuro(0));
    await expect(figure(page, /Rendement per geïnvesteerde euro/)).toContainText('n.v.t.');
    await expectNoAxeViolations(page);
    await screenshot(page, '22-casus-nieuw');

    // The new case is in the list.
    await page.getByRole('link', { name: '← Alle casussen' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText('10 casussen');
  });
});

test.describe('§3.2 the case screen', () => {
  test('BLO-2025-001 opens from the list by keyboard and shows exactly the server figures', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2025-001');

    const r = await serverRendement(werkbank, 'BLO-2025-001');
    expect(r.vermedenKosten).toBe(701214); // test/integration/ipc/calculation.test.ts, by hand
    await expect(figure(page, /^Vermeden kosten €/)).toContainText('7.012,14');
    const expected: [RegExp, string][] = [
      [/^Referentiescenario/, formatEuro(r.referenceCents)],
      [/^Interventiescenario/, formatEuro(r.actualCents)],
      [/^Vermeden kosten €/, formatEuro(r.vermedenKosten)],
      [/^Vermeden kosten toegerekend aan de aanpak \(75,5\s%\)/, formatEuro(r.vermedenGecorrigeerd)],
      [/^Waarvan zeker/, formatEuro(r.vermedenZeker)],
      [/^Investering/, formatEuro(r.investering)],
      [/^Netto rendement/, formatEuro(r.nettoRendement)],
      [/^Rendement per geïnvesteerde euro/, formatRatio(r.rendementPerEuro)],
    ];
    for (const [name, value] of expected) {
      await expect(figure(page, name).getByRole('cell')).toHaveText(value);
    }
    const perPayer = page.getByRole('table', { name: 'Per financier' });
    await expect(perPayer.getByRole('row', { name: /^Participatie/ }).getByRole('cell').first()).toHaveText(
      formatEuro(r.perPayer.participatie.vermedenKosten),
    );
    await expect(perPayer.getByRole('row', { name: /^Participatie/ }).getByRole('cell').nth(1)).toHaveText(
      formatEuro(r.perPayer.participatie.investering),
    );
    // Scenario totals under the cost lines come from the server too; item lines show the price-list name.
    await expect(page.getByRole('table', { name: 'Referentiescenario' })).toContainText(formatEuro(r.referenceCents));
    await expect(page.getByRole('table', { name: 'Referentiescenario' })).toContainText('kengetal bijstandsuitkering');
    await expect(page.getByRole('table', { name: 'Interventiescenario' })).toContainText('Begeleiding naar werk (externe schatting)');
    await expect(page.getByText('Concept — kengetallen versie test-2025 (de huidige versie)')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '23-casus-detail');
  });

  test('a refused transition says why; an allowed one with a reason appears in the history', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2025-001');
    const steps = page.getByRole('group', { name: 'Volgende stappen' });
    await expect(steps.getByRole('button')).toHaveText(['Naar Plan vastgesteld', 'Naar Vastgelopen', 'Naar Geëscaleerd', 'Naar Ingetrokken']);

    // geescaleerd needs a submitted escalation: the server refuses, the screen says so.
    await steps.getByRole('button', { name: 'Naar Geëscaleerd' }).click();
    await expect(page.getByLabel('Reden (niet verplicht)')).toBeFocused();
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(page.getByRole('alert')).toContainText('heeft geen ingediende, openstaande escalatie');
    await expect(page.getByText('Huidige status: In behandeling')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '24-status-geweigerd');

    await page.getByRole('button', { name: 'Annuleren' }).click();
    await steps.getByRole('button', { name: 'Naar Plan vastgesteld' }).click();
    await page.getByLabel('Reden (niet verplicht)').fill('Plan besproken aan tafel op 4 maart');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'De status is gewijzigd naar Plan vastgesteld.' })).toBeVisible();
    await expect(page.getByText('Huidige status: Plan vastgesteld')).toBeVisible();
    const latest = page.getByRole('list', { name: 'Statushistorie' }).getByRole('listitem').first();
    await expect(latest).toContainText(`${today} In behandeling → Plan vastgesteld`);
    await expect(latest).toContainText('door e2e');
    await expect(latest).toContainText('Reden: Plan besproken aan tafel op 4 maart');
    await expect(steps.getByRole('button')).toHaveText(['Naar In uitvoering', 'Naar Ingetrokken']);
    await expectNoAxeViolations(page);
    await screenshot(page, '25-status-gewijzigd');
  });

  test('the tafel fixes the calculation; recalculating asks a reason and reopens it', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2025-001');
    await page.getByRole('button', { name: 'Berekening vaststellen' }).click();
    await expect(page.getByText(`Vastgesteld op ${today} door e2e — kengetallen versie test-2025 (de huidige versie)`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'De berekening is vastgesteld.' })).toBeVisible();
    await expect(page.getByText(/Vergrendeld\. De berekening is vastgesteld/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Regel toevoegen aan/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Berekening vaststellen' })).toHaveCount(0);
    await expect(figure(page, /^Vermeden kosten €/).getByRole('cell')).toHaveText(formatEuro(701214));
    await expectNoAxeViolations(page);
    await screenshot(page, '26-berekening-vastgesteld');

    await page.getByRole('button', { name: 'Herberekenen' }).click();
    const why = page.getByLabel('Reden van de herberekening');
    await expect(why).toBeFocused();
    await page.getByRole('button', { name: 'Herberekening uitvoeren' }).click();
    await expect(page.getByText('Geef een reden voor de herberekening.', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '27-herberekenen');
    await why.fill('Tarieven 2024 toegepast op verzoek van de evaluator');
    await page.getByLabel('Kengetallenversie').selectOption('test-2024');
    await page.getByRole('button', { name: 'Herberekening uitvoeren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'herberekend met kengetallen versie test-2024' })).toBeVisible();
    await expect(page.getByText('Concept — kengetallen versie test-2024')).toBeVisible();
    const r = await serverRendement(werkbank, 'BLO-2025-001');
    expect(r.vermedenKosten).not.toBe(701214);
    await expect(figure(page, /^Vermeden kosten €/).getByRole('cell')).toHaveText(formatEuro(r.vermedenKosten));

    // Concept again: lines can be added; the scenario total is the server's.
    await page.getByRole('button', { name: 'Regel toevoegen aan interventiescenario' }).click();
    const form = page.getByRole('form', { name: 'Kostenregel toevoegen aan interventiescenario' });
    await expect(form.getByLabel('Kengetal')).toBeFocused();
    await form.getByLabel('Kengetal').selectOption({ label: 'Eigen regel (geen kengetal uit de prijslijst)' });
    await form.getByLabel('Omschrijving').fill('Budgetcoaching (schatting)');
    await form.getByLabel('Financier').selectOption({ label: 'Schuldhulp' });
    await form.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'uur' });
    await form.getByLabel('Prijs per eenheid').fill('1.097,55');
    await form.getByLabel('Bewijsgraad').selectOption('C');
    await form.getByLabel('Aantal').fill('2,5');
    await form.getByLabel('Kans (%)').fill('33,3');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Regel toevoegen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De regel is toegevoegd aan het interventiescenario.' })).toBeVisible();
    const detail = await createHandlers({ session: werkbank.session, actor: 'e2e' })['cases:get']({ code: 'BLO-2025-001' });
    expect(detail.case.actual.at(-1)).toEqual({
      label: 'Budgetcoaching (schatting)',
      payer: 'schuldhulp',
      unit: 'uur',
      unitCostCents: 109755,
      evidence: 'C',
      quantity: 2.5,
      probabilityPct: 33.3,
    });
    const after = await serverRendement(werkbank, 'BLO-2025-001');
    await expect(page.getByRole('table', { name: 'Interventiescenario' })).toContainText('Budgetcoaching (schatting)');
    await expect(page.getByRole('table', { name: 'Interventiescenario' }).getByRole('row').last()).toContainText(formatEuro(after.actualCents));
    await expect(figure(page, /^Vermeden kosten €/).getByRole('cell')).toHaveText(formatEuro(after.vermedenKosten));
  });

  test('an intervention is added with Dutch amounts and its status changed; the investering follows the server', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2025-001');
    const before = await serverRendement(werkbank, 'BLO-2025-001');
    await expect(figure(page, /^Investering/).getByRole('cell')).toHaveText(formatEuro(before.investering));

    await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Interventie toevoegen' });
    await expect(form.getByLabel('Spoor')).toBeFocused();
    await form.getByLabel('Spoor').selectOption({ label: 'Financiële zekerheid' });
    await expect(form.getByLabel('Interventie', { exact: true }).locator('option')).toHaveText(['Schuldhulpverlening', 'Budgetbeheer']);
    await form.getByLabel('Interventie', { exact: true }).selectOption({ label: 'Schuldhulpverlening' });
    await form.getByLabel('Status').selectOption({ label: 'Ingezet' });
    await form.getByLabel('Partner (verantwoordelijke organisatie)').fill('Kredietbank Rotterdam (fictief)');
    await form.getByLabel('Eenmalig bedrag').fill('12,3.4'); // a typo is refused before anything is sent
    await form.getByLabel('Tarief per eenheid').fill('45,50');
    await form.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'week' });
    await form.getByLabel('Aantal').fill('2,5');
    await form.getByLabel('Financier').selectOption({ label: 'Schuldhulp' });
    await form.getByLabel(/Doorbraak/).check();
    await form.getByLabel('Welke regel').fill('Toegangsregel schuldhulp: geen traject bij lopende beslaglegging');
    await form.getByRole('button', { name: 'Interventie opslaan' }).click();
    await expect(form.getByText(/^Vul een bedrag in euro in/)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '28-interventie-formulier');
    await form.getByLabel('Eenmalig bedrag').fill('1.234,56');
    await form.getByRole('button', { name: 'Interventie opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Interventie Schuldhulpverlening is toegevoegd.' })).toBeVisible();

    const stored = (await createHandlers({ session: werkbank.session, actor: 'e2e' })['cases:get']({ code: 'BLO-2025-001' })).case.interventions.at(-1);
    expect(stored).toMatchObject({ id: 'int-3', type: 'schuldhulpverlening', status: 'ingezet', oneOffCents: 123456, rateCents: 4550, unit: 'week', quantity: 2.5, payer: 'schuldhulp', doorbraak: true });
    const row = page.getByRole('row', { name: /Schuldhulpverlening/ });
    await expect(row).toContainText(`${formatEuro(123456)} eenmalig`);
    await expect(row).toContainText(`${formatEuro(4550)} per week × 2,5`);
    const added = await serverRendement(werkbank, 'BLO-2025-001');
    // §3.2: oneOffCents + roundHalfAwayFromZero(rateCents × quantity) = 123456 + 4550 × 2,5 (11375).
    expect(added.investering - before.investering).toBe(123456 + 11375);
    await expect(figure(page, /^Investering/).getByRole('cell')).toHaveText(formatEuro(added.investering));

    // Budgetbeheer was only proposed; once ingezet it counts as investering.
    await page.getByLabel('Status van Budgetbeheer', { exact: true }).selectOption({ label: 'Ingezet' });
    await page.getByRole('button', { name: 'Opslaan: status van Budgetbeheer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De status van Budgetbeheer is nu Ingezet.' })).toBeVisible();
    const changed = await serverRendement(werkbank, 'BLO-2025-001');
    // Budgetbeheer in the example: 6000 per maand × 6, no one-off cost.
    expect(changed.investering - added.investering).toBe(6000 * 6);
    await expect(figure(page, /^Investering/).getByRole('cell')).toHaveText(formatEuro(changed.investering));
    await expectNoAxeViolations(page);
  });

  test('an intervention is removed only after confirmation; the investering follows the server', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2025-001');
    const before = await serverRendement(werkbank, 'BLO-2025-001');
    const rows = page.getByRole('table', { name: 'Interventies en doorbraken', exact: true }).locator('tbody th[scope="row"]');
    await expect(rows).toHaveCount(2);

    // A first press only asks; Annuleren keeps it.
    await page.getByRole('button', { name: 'Verwijderen: Werktraject' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Ja, verwijderen: Werktraject' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect(rows).toHaveCount(2);

    await page.getByRole('button', { name: 'Verwijderen: Werktraject' }).click();
    await page.keyboard.press('Enter'); // the confirmation has the focus
    await expect(page.getByRole('status').filter({ hasText: 'Interventie Werktraject is verwijderd.' })).toBeVisible();
    await expect(rows).toHaveCount(1);
    const after = await serverRendement(werkbank, 'BLO-2025-001');
    // §3.2: the werktraject (ingezet) cost 50000 + 4500 × 16 = 122000; budgetbeheer is only voorgesteld.
    expect(before.investering - after.investering).toBe(50000 + 4500 * 16);
    await expect(figure(page, /^Investering/).getByRole('cell')).toHaveText(formatEuro(after.investering));
    const stored = createHandlers({ session: werkbank.session, actor: 'e2e' });
    expect((await stored['cases:get']({ code: 'BLO-2025-001' })).case.interventions.map((v) => v.type)).toEqual(['budgetbeheer']);
  });

  test('escalations and arrangements are read-only; an unknown code says so; a refused and a signaal aanmelding', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'BLO-2024-002');
    await expect(page.getByRole('table', { name: 'Escalaties' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('table', { name: /Arrangementen/ }).getByRole('row')).toHaveCount(3);
    await expectNoAxeViolations(page);

    await openVastgesteld(page);
    const unknown = new URL(page.url());
    unknown.hash = '#/casussen/BLO-1999-999';
    await page.goto(unknown.toString());
    await expect(page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '29-casus-niet-gevonden');
    await page.getByRole('link', { name: 'Terug naar de lijst met casussen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();

    // The server's refusal is shown next to the form, and nothing is created.
    await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    // The case list has a "Wijk" filter too: wait for the form before picking its wijk.
    const aanmelding = page.getByRole('form', { name: 'Nieuwe aanmelding' });
    await expect(aanmelding).toBeVisible();
    await aanmelding.getByLabel('Wijk').selectOption('Schiebroek');
    await page.getByLabel('Alias of initialen').fill('x'.repeat(201));
    await page.getByLabel('Samenredzaamheid').check();
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Maximaal 200 tekens');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A signaal: no alias, no birth year, no spoor needed; its page says "Signaal".
    await page.getByLabel(/Dit is een signaal/).check();
    await page.getByLabel('Samenredzaamheid').uncheck();
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    const year = String(new Date().getFullYear());
    await expect(page).toHaveURL(new RegExp(`#/casussen/SCH-${year}-\\d{3}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Signaal');
    const code = decodeURIComponent(page.url().split('/').at(-1) ?? '');
    const stored = (await createHandlers({ session: werkbank.session, actor: 'e2e' })['cases:get']({ code })).case;
    expect(stored).toMatchObject({ isSignaal: true, sporen: [], wijk: 'Schiebroek' });
    expect(stored.alias).toBeUndefined();
    expect(stored.birthYear).toBeUndefined();
    await expectNoAxeViolations(page);
  });
});

/** BLO-2024-001 is vastgesteld in the example data: locked lines, no "vaststellen". */
async function openVastgesteld(page: Page): Promise<void> {
  await page.getByRole('link', { name: '← Alle casussen' }).click();
  await openCase(page, 'BLO-2024-001');
  await expect(page.getByText('Vastgesteld op 18-06-2024 door Tafel Bloemhof (voorzitter) — kengetallen versie test-2024')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Berekening vaststellen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
}
