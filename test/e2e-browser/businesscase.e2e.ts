/**
 * §3.2–§3.7 the businesscase screen: headline figures, breakdowns, per-case table, maatschappelijk
 * rendement, weekbedrag register and monitoring. Every figure on screen is compared with what
 * `werkbank export --format json` writes for the same selection (buildExport), not only with
 * hand-checked numbers.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { importDataset } from '../../electron/core/data';
import { buildExport } from '../../electron/core/export/buildExport';
import { localIsoDate } from '../../shared/format/date';
import { nlBusinesscase as nl } from '../../renderer/src/features/businesscase/nl';
import { formatEuro, formatEuroPlain, formatRatio } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

const AMOUNTS = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
type Amount = (typeof AMOUNTS)[number];

interface Totals extends Record<Amount, number> {
  rendementPerEuro: number | null;
}
interface ExportedCase extends Totals {
  code: string;
  wijk: string;
  calculationStatus: 'concept' | 'vastgesteld';
}
interface ExportedBusinesscase extends Totals {
  year: number;
  gemeente: { vermedenKosten: number; investering: number };
  totaal: { vermedenKosten: number; investering: number };
  perSpoor: Record<string, number>;
  bookedEffect: number | null;
  cases: ExportedCase[];
  vastgesteld: Totals & { gemeente: { vermedenKosten: number; investering: number }; totaal: { vermedenKosten: number; investering: number } };
}

/** What the CLI writes for this selection (`werkbank export --what businesscase --format json`). */
function exportedBusinesscase(w: Werkbank, year: number, wijk?: string): ExportedBusinesscase {
  const text = buildExport(w.session.database(), { what: 'businesscase', format: 'json', year, wijk, pseudonymised: false, now: new Date(), actor: 'e2e' });
  return JSON.parse(text) as ExportedBusinesscase;
}

function show(t: Totals, f: Amount | 'rendementPerEuro'): string {
  return f === 'rendementPerEuro' ? formatRatio(t.rendementPerEuro) : formatEuro(t[f]);
}

/** The row of a figure table whose row header is exactly `label`. */
function row(page: Page, testId: string, label: string): Locator {
  return page
    .getByTestId(testId)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}

/** The screen's parts are tabs: open one (by its tab) before reading its tables. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Screens of one part of the page. */
async function sectionShot(page: Page, id: string, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.locator(`#${id}`).screenshot({ path: `test-results/screens/${name}.png` });
}

async function openBusinesscase(page: Page, werkbank: Werkbank, options: { reviewSoon?: boolean } = {}): Promise<void> {
  await createStoreThroughUi(page, werkbank);
  if (options.reviewSoon) await importVoorbeeldWithReviewSoon(page, werkbank);
  else await importVoorbeeld(page, werkbank);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Businesscase', exact: true })).toBeVisible();
}

/**
 * The example dataset, but with the first jeugd toekenning's review two weeks from today, so the
 * register has a review within 4 weeks to mark (the example's own review dates lie in 2024).
 */
async function importVoorbeeldWithReviewSoon(page: Page, werkbank: Werkbank): Promise<void> {
  const dataset = JSON.parse(readFileSync('test/fixtures/dataset-voorbeeld.json', 'utf8')) as {
    cases: { code: string; escalations?: { id: string; besluit?: { reviewOn?: string } }[] }[];
  };
  const soon = new Date();
  soon.setDate(soon.getDate() + 14);
  const besluit = dataset.cases.find((c) => c.code === 'BLO-2024-002')?.escalations?.find((e) => e.id === 'esc-1')?.besluit;
  if (!besluit) throw new Error('example dataset changed: BLO-2024-002 esc-1 has no besluit');
  besluit.reviewOn = localIsoDate(soon);
  importDataset(werkbank.session.database(), dataset, { actor: 'e2e' });
  await page.reload();
}

async function expectHeadlineEqualsExport(page: Page, exported: ExportedBusinesscase): Promise<void> {
  await openTab(page, nl.tabs.kerncijfers);
  for (const f of [...AMOUNTS, 'rendementPerEuro'] as const) {
    const cells = row(page, 'kerncijfers', nl.figure[f]).getByRole('cell');
    await expect(cells.nth(0), `${f} (alle)`).toHaveText(show(exported, f));
    await expect(cells.nth(1), `${f} (vastgesteld)`).toHaveText(show(exported.vastgesteld, f));
  }
  for (const f of ['vermedenKosten', 'investering'] as const) {
    const cells = row(page, 'gemeente-totaal', nl.figure[f]).getByRole('cell');
    await expect(cells).toHaveText([
      formatEuro(exported.gemeente[f]),
      formatEuro(exported.totaal[f]),
      formatEuro(exported.vastgesteld.gemeente[f]),
      formatEuro(exported.vastgesteld.totaal[f]),
    ]);
  }
}

test.describe('§3.3 Businesscase screen', () => {
  test('2024: the headline figures are the export figures, to the cent, with the booked effect beside them', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
    await expect(page.getByRole('status').filter({ hasText: /casussen in 2024/ })).toHaveText('3 casussen in 2024.');
    await openTab(page, nl.tabs.kerncijfers);

    // Checked by hand in session 1 (test/integration/ipc/reports.test.ts).
    await expect(row(page, 'kerncijfers', nl.figure.vermedenGecorrigeerd).getByRole('cell').first()).toHaveText('€ 60.392,00');
    await expect(row(page, 'kerncijfers', nl.figure.investering).getByRole('cell').first()).toHaveText('€ 8.957,50');
    await expect(row(page, 'kerncijfers', nl.figure.nettoRendement).getByRole('cell').first()).toHaveText('€ 51.434,50');
    await expect(row(page, 'kerncijfers', nl.figure.rendementPerEuro).getByRole('cell').first()).toHaveText('6,74');

    // And every headline figure, for all and for vastgesteld only, equals the CLI's JSON.
    const exported = exportedBusinesscase(werkbank, 2024);
    await expectHeadlineEqualsExport(page, exported);
    await expect(row(page, 'geboekt-effect', nl.booked.booked.replace('{{year}}', '2024')).getByRole('cell')).toHaveText(
      exported.bookedEffect === null ? '—' : formatEuro(exported.bookedEffect),
    );
    await openTab(page, nl.tabs.uitsplitsing);
    for (const [spoor, cents] of Object.entries(exported.perSpoor)) {
      const label = { samenredzaamheid: 'Samenredzaamheid', wonen: 'Wonen', werk_dagbesteding: 'Werk en dagbesteding', financiele_zekerheid: 'Financiële zekerheid' }[spoor];
      await expect(row(page, 'per-spoor', label ?? spoor).getByRole('cell').first(), spoor).toHaveText(formatEuro(cents));
    }

    // §3.7 apart, with its source and the never-added sentence.
    await openTab(page, nl.tabs.maatschappelijk);
    const maatschappelijk = page.locator('#maatschappelijk');
    await expect(maatschappelijk.getByRole('heading', { level: 2 })).toHaveText(nl.maatschappelijk.title);
    await expect(maatschappelijk).toContainText('nooit opgeteld bij de vermeden kosten');
    await expect(row(page, 'maatschappelijk', 'Schuldhulpverlening').getByRole('cell')).toHaveText([
      'Financiële zekerheid',
      '€ 1.500,00',
      '× 2',
      '€ 3.000,00',
      'NVVK 2022 (testgegevens)',
    ]);

    await expectNoAxeViolations(page);
    await sectionShot(page, 'maatschappelijk', '42-businesscase-maatschappelijk');
    await openTab(page, nl.tabs.kerncijfers);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/40-businesscase-kerncijfers.png' });
    await sectionShot(page, 'kerncijfers', '47-businesscase-kerncijfers-tabellen');
    await openTab(page, nl.tabs.uitsplitsing);
    await expectNoAxeViolations(page);
    await sectionShot(page, 'uitsplitsing', '41-businesscase-uitsplitsingen');
    await openTab(page, nl.tabs.aantallen);
    await expectNoAxeViolations(page);
    await sectionShot(page, 'aantallen', '48-businesscase-aantallen');
    await screenshot(page, '49-businesscase-volledig');
  });

  test('the per-case table equals the export, sorts by keyboard and links to the case', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
    await openTab(page, nl.tabs.casussen);
    const table = page.getByTestId('per-casus');
    const exported = exportedBusinesscase(werkbank, 2024);
    await expect(table.locator('tbody tr')).toHaveCount(exported.cases.length);
    const statusLabel = { concept: 'Concept', vastgesteld: 'Vastgesteld' } as const;
    for (const c of exported.cases) {
      await expect(row(page, 'per-casus', c.code).getByRole('cell'), c.code).toHaveText([
        c.wijk,
        statusLabel[c.calculationStatus],
        ...AMOUNTS.map((f) => formatEuroPlain(c[f])),
        formatRatio(c.rendementPerEuro),
      ]);
    }

    // Sort on netto rendement with the keyboard: highest first, then lowest first.
    const header = table.getByRole('columnheader', { name: new RegExp(`^${nl.figureShort.nettoRendement}`) });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const byNetto = [...exported.cases].sort((a, b) => b.nettoRendement - a.nettoRendement).map((c) => c.code);
    await expect(table.locator('tbody th[scope="row"]')).toHaveText(byNetto);
    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.locator('tbody th[scope="row"]')).toHaveText([...byNetto].reverse());
    await expectNoAxeViolations(page);
    await sectionShot(page, 'casussen', '43-businesscase-per-casus');

    // The case code opens the case.
    await table.getByRole('link', { name: 'SCH-2024-001' }).click();
    await expect(page).toHaveURL(/#\/casussen\/SCH-2024-001$/);
  });

  test('the wijk filter changes the figures (Schiebroek), still equal to the export for that wijk', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
    await openTab(page, nl.tabs.kerncijfers);
    await expect(row(page, 'kerncijfers', nl.figure.investering).getByRole('cell').first()).toHaveText('€ 8.957,50');
    await page.getByLabel('Wijk', { exact: true }).selectOption('Schiebroek');
    await expect(page.getByRole('status').filter({ hasText: /in 2024/ })).toHaveText('1 casus in 2024. Schiebroek.');
    await expect(row(page, 'kerncijfers', nl.figure.investering).getByRole('cell').first()).toHaveText('€ 1.570,00');
    await expect(row(page, 'kerncijfers', nl.figure.nettoRendement).getByRole('cell').first()).toHaveText('€ 5.822,00');
    await expect(row(page, 'kerncijfers', nl.figure.rendementPerEuro).getByRole('cell').first()).toHaveText('4,71');
    await expectHeadlineEqualsExport(page, exportedBusinesscase(werkbank, 2024, 'Schiebroek'));
    await openTab(page, nl.tabs.casussen);
    await expect(page.getByTestId('per-casus').locator('tbody th[scope="row"]')).toHaveText(['SCH-2024-001']);
    // §3.7 over the same selection: Schiebroek has no schuldhulpverlening, so nothing indicative.
    await openTab(page, nl.tabs.maatschappelijk);
    await expect(row(page, 'maatschappelijk', 'Schuldhulpverlening').getByRole('cell').nth(3)).toHaveText('€ 0,00');
    await expectNoAxeViolations(page);
  });

  test('only vastgestelde berekeningen: one column, the engine\'s vastgesteld figures', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
    const exported = exportedBusinesscase(werkbank, 2024);
    await page.getByLabel(nl.filters.onlyVastgesteld, { exact: true }).check();
    await expect(page.getByRole('status').filter({ hasText: /in 2024/ })).toHaveText('1 casus in 2024, alleen vastgestelde berekeningen.');
    await openTab(page, nl.tabs.kerncijfers);
    await expect(page.getByTestId('kerncijfers').getByRole('columnheader')).toHaveText([nl.headline.colFigure, nl.headline.colFiltered]);
    for (const f of [...AMOUNTS, 'rendementPerEuro'] as const) {
      await expect(row(page, 'kerncijfers', nl.figure[f]).getByRole('cell'), f).toHaveText([show(exported.vastgesteld, f)]);
    }
    await expect(row(page, 'kerncijfers', nl.figure.vermedenGecorrigeerd).getByRole('cell')).toHaveText(['€ 25.000,00']);
    await expect(row(page, 'kerncijfers', nl.figure.rendementPerEuro).getByRole('cell')).toHaveText(['4,03']);
    await expectNoAxeViolations(page);
  });

  test('a year without cases says so explicitly and shows n.v.t. for the rendement per euro', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    const year = new Date().getFullYear(); // no longer the default: the example data end in 2025
    expect(year).toBeGreaterThan(2025);
    await page.getByLabel('Jaar', { exact: true }).selectOption(String(year));
    await expect(page.getByRole('heading', { level: 2, name: `Geen casussen in ${year}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /in \d{4}/ })).toHaveText(`0 casussen in ${year}.`);
    await openTab(page, nl.tabs.kerncijfers);
    await expect(row(page, 'kerncijfers', nl.figure.rendementPerEuro).getByRole('cell')).toHaveText(['n.v.t.', 'n.v.t.']);
    await expect(row(page, 'kerncijfers', nl.figure.nettoRendement).getByRole('cell')).toHaveText(['€ 0,00', '€ 0,00']);
    await expectHeadlineEqualsExport(page, exportedBusinesscase(werkbank, year));
    await openTab(page, nl.tabs.casussen);
    await expect(page.locator('#casussen')).toContainText(nl.cases.none);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/44-businesscase-leeg.png' });
  });

  test('an empty store: the screen still shows its empty state and passes axe', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Geen casussen in \d{4}$/ })).toBeVisible();
    await expect(page.getByText(nl.noYearWithCases)).toBeVisible();
    await expectNoAxeViolations(page);
    await openTab(page, nl.tabs.register);
    await expect(page.locator('#register')).toContainText(nl.register.none);
    await expectNoAxeViolations(page);
  });
});

test.describe('§3.5 Weekbedragregister and §3.6 monitoring on the businesscase screen', () => {
  test('the register: meerkosten per row and in total (€ 36.450,00), approvals, Wmo above € 800 and the surcharge flag', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank, { reviewSoon: true });
    // By keyboard: End on the tab list opens the last tab (Monitoring), ArrowLeft the register.
    await page.getByRole('tab', { name: nl.tabs.grafieken, exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: nl.tabs.register, exact: true })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: nl.register.title })).toBeVisible();

    await expect(page.getByTestId('register-total')).toHaveText('€ 36.450,00');
    await expect(page.getByTestId('register-total-card')).toHaveText('€ 36.450,00');
    // Equal to the export (the whole register, as the screen shows it by default).
    const text = buildExport(werkbank.session.database(), { what: 'register', format: 'json', year: 2024, pseudonymised: false, now: new Date(), actor: 'e2e' });
    const exported = JSON.parse(text) as { rows: { caseCode: string; arrangementId: string; meerkostenBovenPlafond: number; weeklyCents: number; capCents: number }[]; totalMeerkostenBovenPlafond: number };
    await expect(page.getByTestId('register-total')).toHaveText(formatEuro(exported.totalMeerkostenBovenPlafond));
    const rows = page.getByTestId('register').locator('tbody tr');
    await expect(rows).toHaveCount(exported.rows.length);
    for (const [i, r] of exported.rows.entries()) {
      await expect(rows.nth(i).locator('th')).toContainText(r.caseCode);
      await expect(rows.nth(i).locator('th')).toContainText(r.arrangementId);
      await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText(formatEuroPlain(r.meerkostenBovenPlafond));
      await expect(rows.nth(i).getByRole('cell').nth(2)).toHaveText(`${formatEuroPlain(r.weeklyCents)}plafond ${formatEuroPlain(r.capCents)}`);
    }
    await expect(rows.nth(0)).toContainText('Toegekend');
    // The review two weeks ahead is marked in words, the other (2024) is not.
    await expect(rows.nth(0).getByRole('cell').nth(5)).toContainText(nl.register.dueSoon);
    await expect(rows.nth(1).getByRole('cell').nth(5)).not.toContainText(nl.register.dueSoon);
    await expect(rows.nth(1)).toContainText('Deels toegekend');
    await expect(rows.nth(1)).toContainText(nl.register.flag.boven_goedgekeurd_maximum);

    await expect(page.getByTestId('wmo-boven-plafond').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('wmo-boven-plafond')).toContainText('SCH-2024-001');
    await expect(page.getByTestId('wmo-boven-plafond')).toContainText('€ 950,00');
    await expect(page.getByTestId('gesignaleerd')).toContainText(nl.register.flag.onderaannemer_opslag);
    await expect(page.getByTestId('gesignaleerd')).toContainText('12 %');

    // Only arrangements that start in 2025: none.
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await page.getByLabel(nl.register.scope, { exact: true }).selectOption('year');
    await expect(page.locator('#register')).toContainText(nl.register.none);
    await page.getByLabel(nl.register.scope, { exact: true }).selectOption('all');
    await expect(page.getByTestId('register-total')).toHaveText('€ 36.450,00');
    await expectNoAxeViolations(page);
    await sectionShot(page, 'register', '45-businesscase-register');
  });

  test('monitoring: the indicators per wijk and in total equal the export', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await openTab(page, nl.tabs.monitoring);
    const text = buildExport(werkbank.session.database(), { what: 'indicators', format: 'json', year: 2025, pseudonymised: false, now: new Date(), actor: 'e2e' });
    const exported = JSON.parse(text) as {
      perWijk: Record<string, { aanmeldingen: number; signalen: number; casesDiscussed: number; doorbraken: number }>;
      totaal: { aanmeldingen: number; signalen: number; casesDiscussed: number; doorbraken: number };
    };
    const wijken = Object.keys(exported.perWijk);
    const general = page.getByTestId('monitoring-algemeen');
    await expect(general.getByRole('columnheader')).toHaveText(['Indicator', ...wijken, 'Totaal']);
    for (const key of ['aanmeldingen', 'signalen', 'casesDiscussed', 'doorbraken'] as const) {
      await expect(row(page, 'monitoring-algemeen', nl.monitoring[key]).getByRole('cell'), key).toHaveText([
        ...wijken.map((w) => String(exported.perWijk[w]?.[key])),
        String(exported.totaal[key]),
      ]);
    }
    await expect(page.getByTestId('monitoring-knelpunten')).toContainText('Kostendelersnorm');
    await expectNoAxeViolations(page);
    await sectionShot(page, 'monitoring', '46-businesscase-monitoring');
  });
});
