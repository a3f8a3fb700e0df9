/**
 * Issue #8's "done means": a new user's first weeks, from an empty store, through the screens
 * alone. Nothing enters the store past the UI in this spec — no importDataset, no handler call that
 * writes; the spec reads what the server holds only to compare, and at the end the real `werkbank
 * export --what businesscase` command runs on the same store file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Locator, Page } from '@playwright/test';
import { runCli } from '../../electron/cli/run';
import { DB_FILE_NAME } from '../../electron/core/store/session';
import { formatDate, localIsoDate } from '../../shared/format/date';
import { formatEuro, formatEuroPlain, formatRatio } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, PASSPHRASE, screenshot, test, type Werkbank } from './fixtures';

const TAFEL = 'Casuïstiektafel Bloemhof';
const todayIso = localIsoDate(new Date());
const today = formatDate(todayIso);
const year = Number(todayIso.slice(0, 4));

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

async function go(page: Page, link: string, heading: string): Promise<void> {
  await nav(page, link).click();
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
}

/** A status line of a region that says something was saved. */
const said = (region: Locator | Page, text: string | RegExp) => region.getByRole('status').filter({ hasText: text });

async function openAddForm(page: Page, section: string, button: string, first = 'Naam') {
  const region = page.getByRole('region', { name: section, exact: true });
  await region.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  const form = region.getByRole('form', { name: button });
  await expect(form.getByLabel(first, { exact: true })).toBeFocused();
  return { region, form };
}

async function openCase(page: Page, code: string): Promise<void> {
  await go(page, 'Casussen', 'Casussen');
  await page.getByRole('link', { name: code, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

/** Records toestemming van de inwoner today for the given partners, in the case screen's consent section. */
async function recordConsent(page: Page, partners: string[]): Promise<void> {
  const section = page.getByRole('region', { name: 'Toestemming en grondslag' });
  await expect(section.getByTestId('toestemming-marker')).toContainText('Geen toestemming of grondslag vastgelegd');
  await section.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await section.getByLabel('Grondslag', { exact: true }).selectOption('toestemming');
  await section.getByLabel('Datum vastgelegd').fill(today);
  for (const partner of partners) await section.getByLabel(partner, { exact: true }).check();
  await section.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await expect(section.getByText('De toestemming of grondslag is opgeslagen.')).toBeVisible();
}

function inWeeks(weeks: number): string {
  const d = new Date();
  d.setDate(d.getDate() + 7 * weeks);
  return localIsoDate(d);
}

/** The real `werkbank export --what businesscase --format json` on the store file, after the app locked it. */
async function cliBusinesscase(werkbank: Werkbank): Promise<ExportedBusinesscase> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-cli-'));
  const out = join(dir, 'businesscase.json');
  const sink = () => new PassThrough() as unknown as NodeJS.WriteStream;
  try {
    const code = await runCli({
      argv: ['export', '--db', join(werkbank.dataDir, DB_FILE_NAME), '--what', 'businesscase', '--format', 'json', '--year', String(year), '--out', out],
      env: { WERKBANK_PASSPHRASE: PASSPHRASE },
      stdin: new PassThrough() as unknown as NodeJS.ReadStream,
      stdout: sink(),
      stderr: sink(),
      now: () => new Date(),
    });
    expect(code, 'werkbank export exits 0').toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as ExportedBusinesscase;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const AMOUNTS = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
type ExportedCase = Record<(typeof AMOUNTS)[number], number> & { code: string; wijk: string; calculationStatus: string; rendementPerEuro: number | null };
interface ExportedBusinesscase {
  cases: ExportedCase[];
}

test.describe('issue #8: a new user’s first weeks, from an empty store, in the app alone', () => {
  test('set-up, aanmelding and signaal, the meeting, consent, costs, interventions, a knelpunt, the fixed calculation — equal to the export', async ({ page, werkbank }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await createStoreThroughUi(page, werkbank);

    // ── First run: the checklist says what is missing and leads to Beheer.
    const checklist = page.getByRole('region', { name: 'Eerst de werkbank inrichten' });
    await expect(checklist).toContainText('Er is nog geen tafel met leden en een frequentie.');
    await expect(checklist).toContainText(/\d+ kengetallen hebben nog geen bedrag/);
    await checklist.getByRole('link', { name: 'Een tafel inrichten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

    // ── Bloemhof: the shipped catalogue knows the wijk; the beheerder checks its code prefix.
    await expect(page.getByRole('region', { name: 'Wijken', exact: true }).getByRole('row', { name: /Bloemhof/ })).toContainText('BLO');

    // ── Two partners.
    for (const [name, kind] of [
      ['Woonstad Rotterdam', 'woningcorporatie'],
      ['Vraagwijzer Feijenoord', 'vraagwijzer'],
    ] as const) {
      const { region, form } = await openAddForm(page, 'Partners', 'Partner toevoegen');
      await page.keyboard.type(name);
      await form.getByLabel('Soort organisatie').fill(kind);
      await page.keyboard.press('Enter');
      await expect(said(region, `${name} is opgeslagen.`)).toBeVisible();
    }

    // ── A tafel with three members and its cadence.
    {
      const { region, form } = await openAddForm(page, 'Tafels', 'Tafel toevoegen');
      await page.keyboard.type(TAFEL);
      await form.getByLabel('Wijk').selectOption('Bloemhof');
      await form.getByLabel('Ritme').fill('tweewekelijks, dinsdagochtend');
      for (const [name, organisation] of [
        ['H. Koster', 'Gemeente Rotterdam'],
        ['S. Bakker', 'Woonstad Rotterdam'],
        ['S. de Groot', 'Vraagwijzer Feijenoord'],
      ] as const) {
        await form.getByRole('button', { name: 'Lid toevoegen' }).click();
        const n = await form.getByRole('group', { name: /^Lid \d+$/ }).count();
        const member = form.getByRole('group', { name: `Lid ${String(n)}` });
        await member.getByLabel('Naam').fill(name);
        await member.getByLabel('Organisatie').fill(organisation);
      }
      await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await expect(said(region, `${TAFEL} is opgeslagen.`)).toBeVisible();
    }
    await expectNoAxeViolations(page);
    await screenshot(page, '90-eerste-weken-beheer');

    // ── Kengetallen: a new version, two items priced with their sources, made current.
    await page.getByRole('link', { name: 'Kengetallen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kengetallen' })).toBeVisible();
    await page.getByLabel('Naam van de nieuwe versie').fill('bloemhof-2026');
    await page.getByRole('button', { name: 'Versie aanmaken' }).click();
    await expect(said(page, 'Versie bloemhof-2026 is aangemaakt')).toBeVisible();
    for (const [name, amount, source, grade] of [
      ['Beschermd wonen GGZ (24/7 verblijf)', '2.450,00', 'Tarievenlijst Wmo Rotterdam 2026, p. 7: "€ 2.450,00 per week"', 'A'],
      ['Ontruiming / huisuitzetting (kosten verhuurder)', '6.500,00', 'Aedes, Kosten van een huisuitzetting (2025), tabel 1', 'B'],
    ] as const) {
      await page.getByRole('button', { name: `${name} wijzigen`, exact: true }).click();
      await page.getByLabel('Bedrag per eenheid').fill(amount);
      await page.getByLabel('Bron', { exact: true }).fill(source);
      await page.getByLabel('Bewijsgraad').selectOption(grade);
      await page.getByLabel('Jaar').fill(String(year));
      await page.getByRole('button', { name: 'Kengetal opslaan' }).click();
      await expect(said(page, `${name} is opgeslagen in versie bloemhof-2026.`)).toBeVisible();
    }
    await page.getByRole('button', { name: 'Maak bloemhof-2026 de huidige versie' }).click();
    await expect(said(page, 'Versie bloemhof-2026 is nu de huidige versie.')).toBeVisible();

    // ── An aanmelding and a signaal.
    await go(page, 'Casussen', 'Casussen');
    await expect(checklist).not.toContainText('Er is nog geen tafel');
    await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' })).toBeVisible();
    await page.getByLabel('Wijk').selectOption('Bloemhof');
    await page.getByLabel('Alias of initialen').fill('R.');
    await page.getByLabel('Geboortejaar').fill('1979');
    await page.getByLabel('Wonen').check();
    await page.getByLabel('Financiële zekerheid').check();
    await page.getByLabel('Naam aanmelder').fill('S. de Groot');
    await page.getByLabel('Organisatie aanmelder').fill('Vraagwijzer Feijenoord');
    await page.getByLabel('Aanleiding').fill('Huurachterstand van vier maanden; ontruiming aangezegd.');
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    const casus = `BLO-${String(year)}-001`;
    await expect(page).toHaveURL(new RegExp(`#/casussen/${casus}$`));

    await go(page, 'Casussen', 'Casussen');
    await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    // Wait for the form: the case list has a Wijk filter of its own, which a fast pick would set instead.
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' })).toBeVisible();
    await page.getByLabel('Wijk').selectOption('Bloemhof');
    await page.getByLabel(/Dit is een signaal/).check();
    await page.getByLabel('Naam aanmelder').fill('S. Bakker');
    await page.getByLabel('Organisatie aanmelder').fill('Woonstad Rotterdam');
    await page.getByLabel('Aanleiding').fill('Buren melden vervuiling in de woning.');
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    const signaal = `BLO-${String(year)}-002`;
    await expect(page).toHaveURL(new RegExp(`#/casussen/${signaal}$`));

    // ── A meeting today: attendance, both on the agenda from the proposal, a besluit and an actie.
    await go(page, 'Tafels', 'Tafels');
    const tafel = page.getByRole('region', { name: TAFEL });
    await tafel.getByText(`Nieuwe bijeenkomst voor ${TAFEL}`).click();
    const newMeeting = tafel.getByRole('form', { name: `Nieuwe bijeenkomst voor ${TAFEL}` });
    await newMeeting.getByLabel('Datum').fill(today);
    await newMeeting.getByLabel(/Plaats/).fill('Wijkhuis Bloemhof');
    await newMeeting.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${TAFEL}, ${today}` })).toBeVisible();
    for (const member of ['H. Koster', 'S. Bakker', 'S. de Groot']) {
      await page.getByRole('checkbox', { name: new RegExp(member) }).check();
      await expect(page.getByRole('checkbox', { name: new RegExp(member) })).toBeChecked();
    }
    await expect(page.getByText('Aanwezig: 3 van 3')).toBeVisible();
    const proposal = page.getByRole('region', { name: 'Voorstel voor de agenda' });
    for (const code of [casus, signaal]) {
      await proposal.getByRole('button', { name: `Toevoegen ${code}` }).click();
      await expect(page.getByRole('list', { name: 'Agenda, in volgorde van bespreking' })).toContainText(code);
    }
    const item = page.getByRole('region', { name: new RegExp(`^1\\. ${casus}`) });
    await item.getByRole('textbox', { name: `Nieuw besluit ${casus}` }).fill('Schuldhulp en Woonstad gaan samen een betalingsregeling treffen.');
    await item.getByRole('button', { name: `Besluit toevoegen ${casus}` }).click();
    await expect(item.getByRole('listitem').filter({ hasText: 'betalingsregeling' })).toBeVisible();
    await item.getByRole('textbox', { name: `Actie ${casus}` }).fill('Ontruiming laten opschorten');
    await item.getByRole('textbox', { name: `Eigenaar ${casus}` }).fill('S. Bakker');
    await item.getByRole('button', { name: `Actie toevoegen ${casus}` }).click();
    await expect(item.getByRole('row', { name: /Ontruiming laten opschorten/ })).toContainText('S. Bakker');
    await expectNoAxeViolations(page);
    await screenshot(page, '91-eerste-weken-bijeenkomst');

    // ── The signaal: consent recorded on its screen (the marker names who lacked it), then it becomes a case.
    await openCase(page, signaal);
    await recordConsent(page, ['Woonstad Rotterdam', 'Vraagwijzer Feijenoord', 'Gemeente Rotterdam']);
    {
      const gegevens = page.getByRole('region', { name: 'Gegevens' });
      await gegevens.getByRole('button', { name: 'Omzetten naar casus' }).click();
      await expect(page.getByLabel('Alias of initialen', { exact: true })).toBeFocused();
      await page.keyboard.type('W.');
      await page.getByLabel('Geboortejaar', { exact: true }).fill('1958');
      // A case has at least one spoor (a signaal may do without): the form says so before saving.
      await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
      await expect(page.getByRole('alert')).toContainText('Sporen: Kies minstens één spoor voor een casus.');
      // The case's own sporen, in Gegevens (the 'Vier sporen overwogen' checklist has the same labels).
      await gegevens.getByLabel('Samenredzaamheid').check();
      await gegevens.getByLabel('Wonen').check();
      await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
      await expect(gegevens.getByRole('status')).toHaveText('Het signaal is omgezet naar een casus.');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('W.');
    }

    // ── The case: consent for two of the three partners at the table; the marker names the third.
    await openCase(page, casus);
    await recordConsent(page, ['Woonstad Rotterdam', 'Vraagwijzer Feijenoord']);
    await expect(page.getByTestId('toestemming-marker')).toContainText('Geen toestemming voor: Gemeente Rotterdam');

    // ── The whole case in its edit form: the casusregisseur, household and a follow-up date.
    {
      const gegevens = page.getByRole('region', { name: 'Gegevens' });
      await gegevens.getByRole('button', { name: 'Wijzigen', exact: true }).click();
      await page.getByLabel('Naam casusregisseur').fill('S. de Groot');
      await page.getByLabel('Organisatie casusregisseur').selectOption('Vraagwijzer Feijenoord');
      await page.getByLabel('Samenstelling huishouden').selectOption({ label: 'Alleenstaand' });
      await page.getByLabel('Doel of perspectief').fill('Woning behouden en schulden stabiel.');
      await page.getByLabel('Vervolgdatum').fill(formatDate(inWeeks(6)));
      await expectNoAxeViolations(page);
      await gegevens.screenshot({ path: 'test-results/screens/94-eerste-weken-casus-wijzigen.png' });
      await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
      await expect(gegevens.getByRole('status')).toHaveText('De gegevens zijn opgeslagen.');
      await expect(page.getByText('S. de Groot, Vraagwijzer Feijenoord').first()).toBeVisible();
    }

    // ── After the meeting the case is in behandeling (reference date today).
    await openCase(page, casus);
    await expect(page.getByText('Huidige status: Geagendeerd')).toBeVisible();
    await page.getByRole('group', { name: 'Volgende stappen' }).getByRole('button', { name: 'Naar In behandeling' }).click();
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(page.getByText('Huidige status: In behandeling')).toBeVisible();

    // ── Cost lines from the priced kengetallen, and an own line in the interventiescenario.
    const addLine = async (scenario: 'referentiescenario' | 'interventiescenario', fill: (form: Locator) => Promise<void>) => {
      await page.getByRole('button', { name: `Regel toevoegen aan ${scenario}` }).click();
      const form = page.getByRole('form', { name: `Kostenregel toevoegen aan ${scenario}` });
      await fill(form);
      await form.getByRole('button', { name: 'Regel toevoegen' }).click();
      await expect(said(page, `De regel is toegevoegd aan het ${scenario}.`)).toBeVisible();
    };
    await addLine('referentiescenario', async (form) => {
      await form.getByLabel('Kengetal').selectOption('bw-ggz');
      await form.getByLabel('Aantal').fill('26');
      await form.getByLabel('Kans (%)').fill('60');
    });
    await addLine('referentiescenario', async (form) => {
      await form.getByLabel('Kengetal').selectOption('ontruiming-huisuitzetting');
      await form.getByLabel('Kans (%)').fill('80');
    });
    await addLine('interventiescenario', async (form) => {
      await form.getByLabel('Kengetal').selectOption({ label: 'Eigen regel (geen kengetal uit de prijslijst)' });
      await form.getByLabel('Omschrijving').fill('Woonbegeleiding (schatting)');
      await form.getByLabel('Financier').selectOption({ label: 'Wmo' });
      await form.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'week' });
      await form.getByLabel('Prijs per eenheid').fill('185,00');
      await form.getByLabel('Bewijsgraad').selectOption('C');
      await form.getByLabel('Aantal').fill('12');
    });

    // ── An intervention on the financial track.
    await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
    {
      const form = page.getByRole('form', { name: 'Interventie toevoegen' });
      await form.getByLabel('Spoor').selectOption({ label: 'Financiële zekerheid' });
      await form.getByLabel('Interventie', { exact: true }).selectOption({ label: 'Schuldhulpverlening' });
      await form.getByLabel('Status').selectOption({ label: 'Ingezet' });
      await form.getByLabel('Partner (verantwoordelijke organisatie)').fill('Kredietbank Rotterdam');
      await form.getByLabel('Eenmalig bedrag').fill('1.200,00');
      await form.getByLabel('Financier').selectOption({ label: 'Schuldhulp' });
      await form.getByRole('button', { name: 'Interventie opslaan' }).click();
      await expect(said(page, 'Interventie Schuldhulpverlening is toegevoegd.')).toBeVisible();
    }

    // ── A knelpunt: the rule that blocked the solution.
    {
      const section = page.getByRole('region', { name: 'Knelpunten' });
      await section.getByRole('button', { name: 'Knelpunt melden' }).click();
      await section.getByLabel('Welke regel of welk hiaat').fill('Schuldhulp weigert een traject bij lopende beslaglegging');
      await section.getByLabel('Wat het blokkeerde').fill('De betalingsregeling met de verhuurder');
      await section.getByRole('button', { name: 'Knelpunt opslaan' }).click();
      await expect(said(section, 'is gemeld')).toBeVisible();
    }

    // ── The tafel fixes the calculation.
    await page.getByRole('button', { name: 'Berekening vaststellen' }).click();
    await expect(said(page, 'De berekening is vastgesteld.')).toBeVisible();
    await expect(page.getByText(`Vastgesteld op ${today} door e2e — kengetallen versie bloemhof-2026 (de huidige versie)`)).toBeVisible();

    // ── The knelpunten register shows it under its rule.
    await go(page, 'Knelpunten', 'Knelpunten');
    await expect(page.getByTestId('knelpunten-register')).toContainText('Schuldhulp weigert een traject bij lopende beslaglegging');
    await expectNoAxeViolations(page);
    await screenshot(page, '92-eerste-weken-knelpunten');

    // ── The businesscase screen shows the case's figures; the app locks; the command's export equals them.
    await go(page, 'Businesscase', 'Businesscase');
    await page.getByLabel('Jaar', { exact: true }).selectOption(String(year));
    await page.getByRole('tab', { name: 'Per casus', exact: true }).click();
    const figures = page.getByTestId('per-casus').getByRole('row').filter({ has: page.getByRole('rowheader', { name: casus, exact: true }) });
    await expect(figures).toBeVisible();
    const onScreen = await figures.getByRole('cell').allTextContents();
    await screenshot(page, '93-eerste-weken-businesscase');
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await expect(page.getByLabel('Wachtwoordzin', { exact: true })).toBeVisible();

    const exported = await cliBusinesscase(werkbank);
    const c = exported.cases.find((x) => x.code === casus);
    expect(c, `${casus} in the export`).toBeDefined();
    if (!c) return;
    expect(c.calculationStatus).toBe('vastgesteld');
    expect(onScreen).toEqual(['Bloemhof', 'Vastgesteld', ...AMOUNTS.map((f) => formatEuroPlain(c[f])), formatRatio(c.rendementPerEuro)]);
    // The figures are not trivially zero: §3.2 for these lines by hand.
    // reference: 26 × € 2.450,00 × 60% = € 38.220,00; ontruiming € 6.500,00 × 80% = € 5.200,00.
    expect(c.referenceCents).toBe(3_822_000 + 520_000);
    // actual: 12 × € 185,00 = € 2.220,00; investering € 1.200,00.
    expect(c.actualCents).toBe(222_000);
    expect(c.investering).toBe(120_000);
    expect(formatEuro(c.vermedenKosten)).toBe(formatEuro(3_822_000 + 520_000 - 222_000));
  });
});
