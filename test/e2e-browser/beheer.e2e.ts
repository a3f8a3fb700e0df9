import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import type { Werkbank } from './fixtures';
import { createStoreThroughUi, expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/** What the server holds, read through the same handlers the screens call. */
const server = (werkbank: Werkbank) => createHandlers({ session: werkbank.session, actor: 'e2e' });
const catalogue = async (werkbank: Werkbank) => server(werkbank)['catalogue:get']({});

/** The section's "… is opgeslagen." line (a sortable table has a status line of its own). */
const savedLine = (region: Locator) => region.getByRole('status').filter({ hasText: /opgeslagen/ });

async function openBeheer(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
}

/** Opens a section's add form by keyboard; focus lands on its first field (a person waits for it). */
async function openAddForm(page: Page, section: string, button: string, first = 'Naam') {
  const region = page.getByRole('region', { name: section, exact: true });
  await region.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  const form = region.getByRole('form', { name: button });
  await expect(form.getByLabel(first, { exact: true })).toBeFocused();
  return { region, form };
}

test.describe('§2.4 Beheer: the catalogues and the tafels from an empty store', () => {
  test('wijk, partners, tafel with members, interventietype and beleidsregel are stored and shown; refusals store nothing', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openBeheer(page);
    await expect(page.getByRole('link', { name: 'Kengetallen' })).toHaveAttribute('href', '#/beheer/kengetallen');
    const shippedWijken = (await catalogue(werkbank)).wijken;
    await expectNoAxeViolations(page);

    // Wijken. The shipped catalogue already holds Bloemhof/BLO: adding it again is refused by the
    // server on the field it names, and nothing is stored.
    {
      const { region, form } = await openAddForm(page, 'Wijken', 'Wijk toevoegen');
      await expect(form.getByLabel('Naam')).toBeFocused();
      await page.keyboard.type('Bloemhof');
      await page.keyboard.press('Tab');
      await page.keyboard.type('BLO');
      await page.keyboard.press('Enter');
      await expect(form.getByRole('alert')).toContainText("heet al 'Bloemhof'. Kies een andere naam.");
      await expect(form.getByLabel('Naam')).toBeFocused();
      expect((await catalogue(werkbank)).wijken).toEqual(shippedWijken);

      // A prefix a case code cannot carry: said under the field in Dutch, nothing sent.
      await form.getByLabel('Naam').fill('Hillesluis');
      await form.getByLabel('Codevoorvoegsel').fill('hil1');
      await page.keyboard.press('Enter');
      await expect(form.getByText('Codevoorvoegsel is 2 tot 6 hoofdletters, bijvoorbeeld BLO.').first()).toBeVisible();
      expect((await catalogue(werkbank)).wijken).toEqual(shippedWijken);

      await form.getByLabel('Codevoorvoegsel').fill('HIL');
      await page.keyboard.press('Enter');
      await expect(savedLine(region)).toHaveText('Hillesluis is opgeslagen.');
      await expect(region.getByRole('button', { name: 'Wijk toevoegen' })).toBeFocused();
      await expect(region.getByRole('row', { name: /Hillesluis/ })).toContainText('HIL');
      expect((await catalogue(werkbank)).wijken).toEqual([...shippedWijken, { id: 'hillesluis', name: 'Hillesluis', codePrefix: 'HIL' }]);
      await expect(region.getByRole('row', { name: /Bloemhof/ })).toContainText('BLO');
    }

    // Two partners.
    for (const [name, kind] of [
      ['Woonstad Rotterdam', 'woningcorporatie'],
      ['Wijkteam Bloemhof', 'wijkteam'],
    ] as const) {
      const { region, form } = await openAddForm(page, 'Partners', 'Partner toevoegen');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await expect(form.getByLabel('Soort organisatie')).toBeFocused();
      await page.keyboard.type(kind);
      await page.keyboard.press('Enter');
      await expect(savedLine(region)).toHaveText(`${name} is opgeslagen.`);
      await expect(region.getByRole('row', { name: new RegExp(name) })).toContainText(kind);
    }
    expect((await catalogue(werkbank)).partners).toEqual([
      { id: 'woonstad-rotterdam', name: 'Woonstad Rotterdam', kind: 'woningcorporatie' },
      { id: 'wijkteam-bloemhof', name: 'Wijkteam Bloemhof', kind: 'wijkteam' },
    ]);

    // A tafel with two members and a cadence; members added and removed by keyboard.
    {
      const { region, form } = await openAddForm(page, 'Tafels', 'Tafel toevoegen');
      await expect(form.getByLabel('Naam', { exact: true })).toBeFocused();
      await page.keyboard.type('Casuïstiektafel Bloemhof');
      await form.getByLabel('Wijk').selectOption('Bloemhof');
      await form.getByLabel('Ritme').fill('tweewekelijks, dinsdagochtend');
      const addMember = form.getByRole('button', { name: 'Lid toevoegen' });
      for (const [name, organisation, role] of [
        ['H. Koster', 'Gemeente Rotterdam', 'voorzitter'],
        ['Weg Te Halen', 'Nergens', ''],
        ['S. Bakker', 'Woonstad Rotterdam', ''],
      ] as const) {
        await addMember.focus();
        await page.keyboard.press('Enter');
        const n = await form.getByRole('group', { name: /^Lid \d+$/ }).count();
        const member = form.getByRole('group', { name: `Lid ${String(n)}` });
        await expect(member.getByLabel('Naam')).toBeFocused();
        await page.keyboard.type(name);
        await page.keyboard.press('Tab');
        await page.keyboard.type(organisation);
        if (role !== '') {
          await page.keyboard.press('Tab');
          await page.keyboard.type(role);
        }
      }
      // The second member was a mistake: removed by keyboard, the others keep their values.
      await form.getByRole('button', { name: 'Lid 2 verwijderen' }).focus();
      await page.keyboard.press('Enter');
      await expect(addMember).toBeFocused();
      await expect(form.getByRole('group', { name: /^Lid \d+$/ })).toHaveCount(2);
      await expect(form.getByRole('group', { name: 'Lid 2' }).getByLabel('Naam')).toHaveValue('S. Bakker');

      // The form itself, as the chair sees it at 1280 wide (the whole page is the 'beheer' screenshot).
      await form.screenshot({ path: 'test-results/screens/beheer-tafel-form.png' });
      await expectNoAxeViolations(page);
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(savedLine(region)).toHaveText('Casuïstiektafel Bloemhof is opgeslagen.');
      const row = region.getByRole('row', { name: /Casuïstiektafel Bloemhof/ });
      await expect(row).toContainText('2 leden: H. Koster (Gemeente Rotterdam), S. Bakker (Woonstad Rotterdam)');
      await expect(row).toContainText('tweewekelijks, dinsdagochtend');
      expect((await server(werkbank)['tafels:list']({})).items).toEqual([
        {
          id: 'casuistiektafel-bloemhof',
          type: 'wijktafel',
          name: 'Casuïstiektafel Bloemhof',
          wijk: 'Bloemhof',
          members: [
            { name: 'H. Koster', organisation: 'Gemeente Rotterdam', role: 'voorzitter' },
            { name: 'S. Bakker', organisation: 'Woonstad Rotterdam' },
          ],
          cadence: 'tweewekelijks, dinsdagochtend',
        },
      ]);
    }

    // An interventietype with a multiplier: without its source it is refused and nothing is stored.
    {
      const before = (await catalogue(werkbank)).interventionTypes;
      const { region, form } = await openAddForm(page, 'Interventietypes', 'Interventietype toevoegen', 'Spoor');
      await expect(form.getByLabel('Spoor')).toBeFocused();
      await form.getByLabel('Spoor').selectOption({ label: 'Financiële zekerheid' });
      await form.getByLabel('Naam').fill('Schuldhulp met budgetcoach');
      await form.getByLabel('Vermenigvuldiger', { exact: true }).fill('2');
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(form.getByText(/^Een vermenigvuldiger wordt alleen met zijn gepubliceerde bron opgeslagen/).first()).toBeVisible();
      await expect(form.getByLabel('Bron van de vermenigvuldiger')).toHaveAttribute('aria-invalid', 'true');
      expect((await catalogue(werkbank)).interventionTypes).toEqual(before);

      await form.getByLabel('Bron van de vermenigvuldiger').fill('NVVK, Schuldhulpverlening loont (2023): "tot € 2 per € 1"');
      await form.getByLabel('Vermenigvuldiger', { exact: true }).fill('1,5');
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(savedLine(region)).toHaveText('Schuldhulp met budgetcoach is opgeslagen.');
      const table = region.getByRole('table', { name: 'Interventietypes van Financiële zekerheid' });
      await expect(table.getByRole('row', { name: /Schuldhulp met budgetcoach/ })).toContainText('1,5');
      expect((await catalogue(werkbank)).interventionTypes).toEqual([
        ...before,
        {
          id: 'schuldhulp-met-budgetcoach',
          spoor: 'financiele_zekerheid',
          name: 'Schuldhulp met budgetcoach',
          multiplier: 1.5,
          multiplierSource: 'NVVK, Schuldhulpverlening loont (2023): "tot € 2 per € 1"',
        },
      ]);
    }

    // A beleidsregel: a new cap from a later date is a new row; the older rules keep their dates.
    {
      const before = (await catalogue(werkbank)).rules;
      const { region, form } = await openAddForm(page, 'Beleidsregels', 'Beleidsregel toevoegen', 'Soort regel');
      await expect(region).toContainText('Een nieuw plafond vanaf een datum herschrijft het verleden nooit');
      await form.getByLabel('Soort regel').selectOption({ label: 'Plafond weekbedrag Jeugd' });
      await form.getByLabel('Bedrag per week').fill('1.350,00');
      await form.getByLabel('Geldt vanaf').fill('31-02-2027');
      await form.getByLabel('Bron', { exact: true }).fill('Gemeente Rotterdam, Beleidsregels Jeugd 2027, art. 4');
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(form.getByText('Dit is geen bestaande datum. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.').first()).toBeVisible();
      expect((await catalogue(werkbank)).rules).toEqual(before);

      await form.getByLabel('Geldt vanaf').fill('01-01-2027');
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(savedLine(region)).toHaveText('Plafond weekbedrag Jeugd (01-01-2027) is opgeslagen.');
      const row = region.getByRole('row', { name: /01-01-2027/ });
      await expect(row).toContainText('€ 1.350,00');
      await expect(row).toContainText('tot nader order');
      expect((await catalogue(werkbank)).rules).toEqual([
        ...before,
        {
          id: 'jeugd-weekbedrag-plafond-2027-01-01',
          kind: 'jeugd_weekbedrag_plafond',
          valueCents: 135000,
          effectiveFrom: '2027-01-01',
          effectiveTo: null,
          source: 'Gemeente Rotterdam, Beleidsregels Jeugd 2027, art. 4',
        },
      ]);
    }

    await expectNoAxeViolations(page);
    await screenshot(page, 'beheer');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: 'test-results/screens/beheer-top.png' });
  });

  test('an entry is edited in place: the wijk keeps its id, the escalatiedoel its new deadline', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openBeheer(page);
    const targets = page.getByRole('region', { name: 'Escalatiedoelen', exact: true });
    const prioName = 'PRIO (hulplijn voor professionals)';
    await targets.getByRole('button', { name: `${prioName} wijzigen` }).press('Enter');
    const form = targets.getByRole('form', { name: `${prioName} wijzigen` });
    await expect(form.getByLabel('Naam')).toBeFocused();
    await form.getByLabel('Termijn (werkdagen)').fill('0');
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(form.getByText('Termijn is minimaal 1 werkdag.').first()).toBeVisible();
    const prio = () => catalogue(werkbank).then((c) => c.escalationTargets.find((x) => x.id === 'prio'));
    const stored = await prio();
    expect(stored?.deadlineWorkingDays).not.toBe(0);

    await form.getByLabel('Termijn (werkdagen)').fill('12');
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(savedLine(targets)).toHaveText(`${prioName} is opgeslagen.`);
    await expect(targets.getByRole('row', { name: /PRIO/ })).toContainText('12 werkdagen');
    await expect(targets.getByRole('button', { name: 'Escalatiedoel toevoegen' })).toHaveCount(0);
    // Nothing left to add, so no add button: focus returns to the section's heading.
    await expect(targets.getByRole('heading', { name: 'Escalatiedoelen' })).toBeFocused();
    expect(await prio()).toEqual({ ...stored, deadlineWorkingDays: 12 });
    // §5 with whom each target's dossier is shared: PRIO's own organisation, the netwerk's wijk tafels.
    const sharedWith = (row: RegExp) => targets.getByRole('row', { name: row }).getByRole('cell').nth(1);
    await expect(targets.getByRole('columnheader').nth(2)).toHaveText('Dossier gaat naar');
    await expect(sharedWith(/PRIO/)).toHaveText('PRIO');
    await expect(sharedWith(/Netwerk/)).toHaveText('de organisaties aan de tafels van de wijk van de casus');
    await expect(sharedWith(/Overig/)).toHaveText('Overig escalatiedoel (de naam van het doel)');
    await screenshot(page, 'beheer-escalatiedoelen');

    const wijken = page.getByRole('region', { name: 'Wijken', exact: true });
    await wijken.getByRole('button', { name: 'Schiebroek wijzigen' }).press('Enter');
    const wijkForm = wijken.getByRole('form', { name: 'Schiebroek wijzigen' });
    await wijkForm.getByLabel('Codevoorvoegsel').fill('SBR');
    await wijkForm.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(savedLine(wijken)).toHaveText('Schiebroek is opgeslagen.');
    expect((await catalogue(werkbank)).wijken.find((w) => w.name === 'Schiebroek')).toEqual({ id: 'schiebroek', name: 'Schiebroek', codePrefix: 'SBR' });
  });

  test('the sociale kaart per wijk: an initiative with its spoor and contact, filtered by wijk', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openBeheer(page);
    const { region, form } = await openAddForm(page, 'Sociale kaart', 'Vermelding toevoegen', 'Organisatie of initiatief');
    await form.getByLabel('Wijk').selectOption('Schiebroek');
    await form.getByLabel('Spoor').selectOption({ label: 'Wonen' });
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    // Blank name: said under the field, nothing stored.
    await expect(form.getByLabel('Organisatie of initiatief')).toHaveAttribute('aria-invalid', 'true');
    expect((await server(werkbank)['socialeKaart:list']({})).items).toEqual([]);

    await form.getByLabel('Organisatie of initiatief').fill('Klushulp Schiebroek');
    await form.getByLabel('Contact').fill('klushulp@example.nl');
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(savedLine(region)).toHaveText('Klushulp Schiebroek is opgeslagen.');
    expect((await server(werkbank)['socialeKaart:list']({})).items).toEqual([
      { id: expect.stringMatching(/^sk-[0-9a-f]{6}-1$/) as unknown, wijk: 'Schiebroek', name: 'Klushulp Schiebroek', spoor: 'wonen', contact: 'klushulp@example.nl' },
    ]);
    await expect(region.getByRole('row', { name: /Klushulp Schiebroek/ })).toContainText('klushulp@example.nl');

    // The filter is the list channel's query: another wijk shows its own (empty) kaart.
    await region.getByRole('form', { name: 'Sociale kaart filteren' }).getByLabel('Wijk').selectOption('Bloemhof');
    await expect(region.getByText('Nog niets op de sociale kaart voor deze keuze.')).toBeVisible();
    await region.getByRole('form', { name: 'Sociale kaart filteren' }).getByLabel('Wijk').selectOption('Schiebroek');
    await expect(region.getByRole('row', { name: /Klushulp Schiebroek/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
