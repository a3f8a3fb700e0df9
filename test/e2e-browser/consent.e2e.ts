/**
 * §2.1/§5, issue #8 items 3 and 5: consent per partner and the leefgebied scores on the case screen,
 * and the consent marker where the case is discussed (the case screen: the wijk's tafel members;
 * meeting mode: the organisations present), with and without presentation. Driven by the UI, by
 * keyboard where a person would, and checked against what the server stored.
 */
import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const CODE = 'BLO-2024-001';
const MEETING = 'bijeenkomst-blo-2024-03-05';

async function stored(werkbank: Werkbank) {
  return (await createHandlers({ session: werkbank.session, actor: 'e2e' })['cases:get']({ code: CODE })).case;
}

async function openCase(page: Page, werkbank: Werkbank): Promise<Locator> {
  await page.goto(`${werkbank.host.startUrl()}#/casussen/${CODE}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CODE);
  return page.getByRole('region', { name: 'Toestemming en grondslag' });
}

/** Meeting mode of the Bloemhof meeting of 05-03-2024: H. Koster (Gemeente) and M. de Vries (Wijkteam) present, A. Smit (Woningcorporatie) absent. */
async function openMeetingMode(page: Page, werkbank: Werkbank): Promise<Locator> {
  await page.goto(`${werkbank.host.startUrl()}#/tafels/bijeenkomsten/${MEETING}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Casuïstiektafel Bloemhof, 05-03-2024' })).toBeVisible();
  await page.getByRole('button', { name: 'Vergadermodus' }).click();
  const current = page.getByTestId('huidige-casus');
  await expect(current.getByRole('heading', { name: CODE })).toBeVisible();
  return current;
}

const presentation = (page: Page) => page.getByRole('checkbox', { name: /Presentatie/ });

/** Presentation hides every person: the regisseur, the aanmelder and the members' names. */
async function expectNoPersons(current: Locator): Promise<void> {
  await expect(current).toContainText('Persoonsgegevens verborgen');
  for (const person of ['M. de Vries', 'J. Bakker', 'H. Koster', 'A. Smit']) await expect(current).not.toContainText(person);
}

test.describe('§5 consent per partner and the consent marker', () => {
  test('consent recorded by keyboard changes the marker on the case screen and in meeting mode, with and without presentation', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);

    // The example's consent names Woningcorporatie Zuid and the Kredietbank; the tafel also seats the Gemeente and the Wijkteam.
    let section = await openCase(page, werkbank);
    const marker = section.getByTestId('toestemming-marker');
    await expect(marker).toContainText('Geen toestemming voor: Gemeente Rotterdam, Wijkteam Bloemhof');
    await expect(section.getByRole('table', { name: 'Toestemming per partner' }).getByRole('row', { name: /Woningcorporatie Zuid/ })).toContainText('Ja');

    // Removing is asked twice; the confirmation takes the focus.
    await section.getByRole('button', { name: 'Toestemming verwijderen' }).focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('button', { name: 'Ja, toestemming verwijderen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByText('De toestemming of grondslag is verwijderd.')).toBeVisible();
    await expect(marker).toContainText('Geen toestemming of grondslag vastgelegd');
    expect((await stored(werkbank)).consent).toBeUndefined();

    // Meeting mode says the same for the organisations present.
    let current = await openMeetingMode(page, werkbank);
    await expect(current.getByRole('status')).toContainText('Geen toestemming of grondslag vastgelegd');

    // Record it again, by keyboard: a wrong date and no basis are refused in Dutch, and nothing is saved.
    section = await openCase(page, werkbank);
    await section.getByRole('button', { name: 'Toestemming vastleggen' }).focus();
    await page.keyboard.press('Enter');
    const basis = section.getByLabel('Grondslag', { exact: true });
    await expect(basis).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Datum vastgelegd')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('31-02-2024');
    await section.getByRole('button', { name: 'Toestemming opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect(section.getByText('Kies de grondslag waarop de casus met partners besproken mag worden.').first()).toBeVisible();
    await expect(section.getByText('Dit is geen bestaande datum. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.').first()).toBeVisible();
    await expect(basis).toBeFocused();
    expect((await stored(werkbank)).consent).toBeUndefined();

    await page.keyboard.press('ArrowDown'); // Toestemming van de inwoner
    await expect(basis).toHaveValue('toestemming');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('04-03-2024');
    // The partners: the catalogue's three, then the Gemeente (at the tafel, not in the catalogue), then
    // whom an escalation of the case reaches (§5: PRIO, the wijk-MT, the jeugd tafel).
    const partners = section.getByRole('group', { name: 'Welke partners mogen de casus inzien?' }).getByRole('checkbox');
    await expect(partners).toHaveCount(7);
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Wijkteam Bloemhof')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Woningcorporatie Zuid (fictief)')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Kredietbank: not ticked
    await page.keyboard.press('Tab'); // Gemeente Rotterdam: not ticked
    await expect(section.getByLabel('Gemeente Rotterdam')).toBeFocused();
    await page.keyboard.press('Tab'); // PRIO: not ticked
    await expect(section.getByLabel('PRIO', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab'); // Wijk-MT: not ticked
    await page.keyboard.press('Tab'); // the jeugd tafel: not ticked
    await expect(section.getByLabel('Casuïstiektafel hoog weekbedrag jeugd')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'Toestemming opslaan' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(section.getByText('De toestemming of grondslag is opgeslagen.')).toBeVisible();
    await expect(marker).toContainText('Geen toestemming voor: Gemeente Rotterdam');
    await expect(marker).not.toContainText('Wijkteam');
    expect((await stored(werkbank)).consent).toEqual({
      basis: 'toestemming',
      recordedOn: '2024-03-04',
      scope: [
        { partner: 'Wijkteam Bloemhof', granted: true },
        { partner: 'Woningcorporatie Zuid (fictief)', granted: true },
        { partner: 'Kredietbank Rotterdam (fictief)', granted: false },
        { partner: 'Gemeente Rotterdam', granted: false },
        { partner: 'PRIO', granted: false },
        { partner: 'Wijk-MT', granted: false },
        { partner: 'Casuïstiektafel hoog weekbedrag jeugd', granted: false },
      ],
    });
    await expect(section.getByRole('definition').filter({ hasText: 'Toestemming van de inwoner' })).toBeVisible();
    await expect(section.getByRole('definition').filter({ hasText: '04-03-2024' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Meeting mode: the Gemeente sits at the table without consent; with presentation on, the marker
    // stays (organisations only) and no person is shown.
    current = await openMeetingMode(page, werkbank);
    await expect(current.getByRole('status')).toHaveText('Geen toestemming voor: Gemeente Rotterdam');
    await expect(current).toContainText('M. de Vries'); // the regisseur, without presentation
    await presentation(page).check();
    await expect(current.getByRole('status')).toHaveText('Geen toestemming voor: Gemeente Rotterdam');
    await expectNoPersons(current);
    await expectNoAxeViolations(page);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: 'test-results/screens/meeting-consent-marker.png' });

    // A vital interest covers every partner without a scope: the marker clears on both screens.
    section = await openCase(page, werkbank);
    await section.getByRole('button', { name: 'Toestemming wijzigen' }).focus();
    await page.keyboard.press('Enter');
    await expect(basis).toBeFocused();
    await basis.selectOption('vitaal_belang');
    const wholeTable = section.getByLabel('Deze grondslag geldt voor alle partners');
    await wholeTable.focus();
    await page.keyboard.press('Space');
    await expect(section.getByRole('group', { name: 'Welke partners mogen de casus inzien?' })).toHaveCount(0);
    await section.getByRole('button', { name: 'Toestemming opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect(marker).toContainText('Toestemming of grondslag voor alle partners aan tafel');
    expect((await stored(werkbank)).consent).toEqual({ basis: 'vitaal_belang', recordedOn: '2024-03-04' });
    await expect(section.getByRole('definition').filter({ hasText: 'Alle partners' })).toBeVisible();

    current = await openMeetingMode(page, werkbank);
    await expect(current.getByRole('status')).toHaveText('Toestemming of grondslag voor alle partners aan tafel');
    await presentation(page).check();
    await expect(current.getByRole('status')).toHaveText('Toestemming of grondslag voor alle partners aan tafel');
    await expectNoPersons(current);
  });

  test('leefgebied scores at intake and follow-up: the change written out, a bad score refused in Dutch', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, werkbank);
    const scores = page.getByRole('region', { name: 'Zelfredzaamheid per leefgebied' });
    const row = (name: string) => scores.getByRole('row', { name: new RegExp(`^${name}`) });
    // The example: financiën 1 → 3, huisvesting 2 → 4, the rest not measured.
    await expect(row('Financiën')).toContainText('+2 beter (van 1 naar 3)');
    await expect(row('Huisvesting')).toContainText('+2 beter (van 2 naar 4)');
    await expect(row('Dagbesteding')).toContainText('niet gemeten');

    // By keyboard: a follow-up of 7, an intake of "twee" and a follow-up of 1 for huiselijke relaties.
    await scores.getByLabel('Vervolgmeting Huisvesting').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('7');
    await scores.getByLabel('Intake Dagbesteding').focus();
    await page.keyboard.type('twee');
    await scores.getByLabel('Intake Huiselijke relaties').focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect(scores.getByLabel('Vervolgmeting Huiselijke relaties')).toBeFocused();
    await page.keyboard.type('1');
    await expect(row('Huiselijke relaties')).toContainText('−2 slechter (van 3 naar 1)');
    // "twee" and 7 are no scores: no change is claimed for them.
    await expect(row('Dagbesteding').getByRole('cell').last()).toHaveText('—');
    await expect(row('Huisvesting').getByRole('cell').last()).toHaveText('—');

    const before = await stored(werkbank);
    await scores.getByRole('button', { name: 'Scores opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect(row('Huisvesting')).toContainText('Score is 1 tot 5.');
    await expect(row('Dagbesteding')).toContainText('Vul een geheel getal van 1 tot 5 in, of laat het veld leeg.');
    // The summary names the field.
    await expect(scores.getByRole('link', { name: /Vervolgmeting Huisvesting/ })).toBeVisible();
    await expect(scores.getByRole('link', { name: /Intake Dagbesteding/ })).toBeVisible();
    expect((await stored(werkbank)).scores).toEqual(before.scores);

    await scores.getByLabel('Vervolgmeting Huisvesting').fill('5');
    await scores.getByLabel('Intake Dagbesteding').fill('2');
    await scores.getByRole('button', { name: 'Scores opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect(scores.getByText('De scores zijn opgeslagen.')).toBeVisible();
    await expect(row('Huisvesting')).toContainText('+3 beter (van 2 naar 5)');
    await expect(row('Dagbesteding')).toContainText('nog geen vervolgmeting');
    expect((await stored(werkbank)).scores).toEqual([
      { leefgebied: 'financien', intake: 1, followUp: 3 },
      { leefgebied: 'dagbesteding', intake: 2, followUp: null },
      { leefgebied: 'huisvesting', intake: 2, followUp: 5 },
      { leefgebied: 'huiselijke_relaties', intake: 3, followUp: 1 },
    ]);

    // After a reload the stored scores are in the fields.
    await page.reload();
    await expect(scores.getByLabel('Vervolgmeting Huisvesting')).toHaveValue('5');
    await expect(scores.getByLabel('Intake Dagbesteding')).toHaveValue('2');
    await expectNoAxeViolations(page);
    // What a chair sees at 1280×720 with the section on top (the full page is case-consent-page).
    await screenshot(page, 'case-consent-page');
    await page.evaluate(`document.getElementById('toestemming-titel').scrollIntoView()`);
    await page.screenshot({ path: 'test-results/screens/case-consent.png' });
  });
});
