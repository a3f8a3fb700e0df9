/**
 * Issue #10 items 3 and 4: the businesscase screen opens on the most recent year with cases, the
 * headline first and the rest in tabs; the charts' table alternatives hold the export's figures;
 * a drill-down by keyboard (and by a click on a bar) lands on exactly the cases behind the bar.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildExport } from '../../electron/core/export/buildExport';
import { nlBusinesscase as nl } from '../../renderer/src/features/businesscase/nl';
import { formatEuro } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, test, type Werkbank } from './fixtures';

const SPOOR_LABEL = { samenredzaamheid: 'Samenredzaamheid', wonen: 'Wonen', werk_dagbesteding: 'Werk en dagbesteding', financiele_zekerheid: 'Financiële zekerheid' } as const;
type SpoorKey = keyof typeof SPOOR_LABEL;
const PAYER_LABEL: Record<string, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  wlz: 'Wlz',
  zvw: 'Zvw',
  participatie: 'Participatie (W&I)',
  schuldhulp: 'Schuldhulp',
  woningcorporatie: 'Woningcorporatie',
  gemeente_overig: 'Gemeente overig',
  overig: 'Overig',
};

interface PayerFigures {
  vermedenKosten: number;
  investering: number;
}
interface ExportedBc {
  year: number;
  vermedenGecorrigeerd: number;
  bookedEffect: number | null;
  measure19: { kalenderjaar: { vermedenKosten: number }; cohort: { vermedenKosten: number } } | null;
  perSpoor: Record<SpoorKey, number>;
  perPayer: Record<string, PayerFigures>;
  perWijk: Record<string, { vermedenGecorrigeerd: number; investering: number; nettoRendement: number }>;
  cases: { code: string; wijk: string; perSpoor: Record<SpoorKey, number>; perPayer: Record<string, PayerFigures> }[];
}

/** What `werkbank export --what businesscase --format json` writes for this selection. */
function exported(w: Werkbank, year: number, wijk?: string): ExportedBc {
  return JSON.parse(buildExport(w.session.database(), { what: 'businesscase', format: 'json', year, wijk, pseudonymised: false, now: new Date(), actor: 'e2e' })) as ExportedBc;
}

async function openBusinesscase(page: Page, werkbank: Werkbank): Promise<void> {
  await createStoreThroughUi(page, werkbank);
  await importVoorbeeld(page, werkbank);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Businesscase', exact: true })).toBeVisible();
}

/** The row header texts of the per-casus table, in screen order. */
const caseCodes = (page: Page) => page.getByTestId('per-casus').locator('tbody th[scope="row"]');

test.describe('Issue #10: the businesscase screen opens on the latest year with cases, with the headline first', () => {
  test('the example dataset: the default year is 2025 (its most recent year with cases), said in one line', async ({ page, werkbank }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openBusinesscase(page, werkbank);
    await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue('2025');
    await expect(page.getByText(nl.latestYear.replace('{{year}}', '2025'))).toBeVisible();
    const bc = exported(werkbank, 2025);
    await expect(page.getByRole('status').filter({ hasText: /in 2025/ })).toHaveText(`${bc.cases.length} casussen in 2025.`);
    // Still any year: a year without cases says so in its option.
    await expect(page.getByLabel('Jaar', { exact: true }).locator('option', { hasText: 'geen casussen' }).first()).toBeAttached();
    // The headline first, on the first screen; the charts tab is open.
    await expect(page.getByRole('definition').filter({ hasText: formatEuro(bc.vermedenGecorrigeerd) }).first()).toBeInViewport();
    await expect(page.getByRole('tab', { name: nl.tabs.grafieken })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    mkdirSync('test-results/screens', { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: 'test-results/screens/businesscase-overview.png' });

    // A drill-down from the headline: the cases behind the figures are every case of the selection.
    await page.getByRole('button', { name: `Bekijk de ${bc.cases.length} casussen achter deze cijfers` }).press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: nl.cases.title })).toBeFocused();
    await expect(caseCodes(page)).toHaveText(bc.cases.map((c) => c.code));
  });

  test('the tabs follow the arrow keys, Home and End (one tab stop, the panel after it)', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    await tab(nl.tabs.grafieken).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(nl.tabs.kerncijfers)).toBeFocused();
    await expect(tab(nl.tabs.kerncijfers)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: nl.tabs.kerncijfers })).toContainText(nl.headline.caption.replace('{{year}}', '2025'));
    await page.keyboard.press('End');
    await expect(tab(nl.tabs.monitoring)).toBeFocused();
    await expect(page.getByTestId('monitoring-algemeen')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(tab(nl.tabs.grafieken)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab(nl.tabs.monitoring)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tab(nl.tabs.grafieken)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab')).toHaveCount(8);
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
  });
});

test.describe('Issue #10: charts with their table alternative and drill-down', () => {
  test('every chart\'s table holds the export\'s figures, to the cent', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    const bc = exported(werkbank, 2025);
    const spoor = page.getByTestId('grafiek-spoor-tabel');
    for (const s of Object.keys(SPOOR_LABEL) as SpoorKey[]) {
      const behind = bc.cases.filter((c) => c.perSpoor[s] !== 0).length;
      await expect(spoor.getByRole('row').filter({ has: page.getByRole('rowheader', { name: SPOOR_LABEL[s], exact: true }) }).getByRole('cell'), s).toHaveText([
        formatEuro(bc.perSpoor[s]),
        String(behind),
      ]);
    }
    const payers = Object.entries(bc.perPayer).filter(([, p]) => p.vermedenKosten !== 0 || p.investering !== 0);
    await expect(page.getByTestId('grafiek-betaler-tabel').locator('tbody tr')).toHaveCount(payers.length);
    for (const [payer, p] of payers) {
      await expect(
        page.getByTestId('grafiek-betaler-tabel').getByRole('row').filter({ has: page.getByRole('rowheader', { name: PAYER_LABEL[payer], exact: true }) }).getByRole('cell').first(),
        payer,
      ).toHaveText(formatEuro(p.investering));
      await expect(
        page.getByTestId('grafiek-betaler-tabel').getByRole('row').filter({ has: page.getByRole('rowheader', { name: PAYER_LABEL[payer], exact: true }) }).getByRole('cell').nth(1),
        payer,
      ).toHaveText(formatEuro(p.vermedenKosten));
    }
    // Per wijk over the years: each year's export, wijk by wijk (the two speeds).
    const wijkRows: string[][] = [];
    for (const year of [2024, 2025]) {
      for (const [wijk, f] of Object.entries(exported(werkbank, year).perWijk)) {
        wijkRows.push([`${year} · ${wijk}`, formatEuro(f.vermedenGecorrigeerd), formatEuro(f.investering), formatEuro(f.nettoRendement)]);
      }
    }
    const wijkTable = page.getByTestId('grafiek-wijk-tabel').locator('tbody tr');
    await expect(wijkTable).toHaveCount(wijkRows.length);
    for (const [i, r] of wijkRows.entries()) await expect(wijkTable.nth(i).locator('th, td')).toHaveText(r);
    // Measure 19: booked against realised, 2024–2027 — §3.8 (issue #14 item 2) on the gemeente figure in
    // the kalenderjaar view, the cohort's beside it (it was the cohort's vermedenGecorrigeerd before).
    const booked = page.getByTestId('grafiek-maatregel-19-tabel').locator('tbody tr');
    for (const [i, year] of [2024, 2025, 2026, 2027].entries()) {
      const y = exported(werkbank, year);
      await expect(booked.nth(i).locator('th, td'), String(year)).toHaveText([
        String(year),
        y.bookedEffect === null ? '—' : formatEuro(y.bookedEffect),
        formatEuro(y.measure19?.kalenderjaar.vermedenKosten ?? Number.NaN),
        formatEuro(y.measure19?.cohort.vermedenKosten ?? Number.NaN),
        String(y.cases.length),
      ]);
    }
    await expectNoAxeViolations(page);
    mkdirSync('test-results/screens', { recursive: true });
    await page.locator('#grafieken').screenshot({ path: 'test-results/screens/businesscase-charts.png' });

    // "Toon als tabel" shows the same table instead of the picture.
    const figure = page.getByTestId('grafiek-spoor');
    await figure.getByRole('button', { name: nl.charts.asTable }).click();
    await expect(figure.getByRole('button', { name: nl.charts.asTable })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('grafiek-spoor-tabel')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a drill-down by keyboard lands on exactly the cases behind the spoor bar, and on a wijk in a year', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    const bc = exported(werkbank, 2025);
    const spoor = (Object.keys(SPOOR_LABEL) as SpoorKey[]).find((s) => bc.cases.some((c) => c.perSpoor[s] !== 0) && bc.cases.some((c) => c.perSpoor[s] === 0));
    if (!spoor) throw new Error('example dataset changed: no spoor with some but not all 2025 cases behind it');
    const behind = bc.cases.filter((c) => c.perSpoor[spoor] !== 0).map((c) => c.code);
    const button = page.getByTestId('grafiek-spoor').getByRole('button', { name: `${SPOOR_LABEL[spoor]} (${behind.length === 1 ? '1 casus' : `${behind.length} casussen`})` });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: nl.tabs.casussen })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: nl.cases.title })).toBeFocused();
    await expect(caseCodes(page)).toHaveText(behind);
    const sum = bc.cases.reduce((s, c) => s + c.perSpoor[spoor], 0);
    expect(sum).toBe(bc.perSpoor[spoor]);
    await expect(page.locator('.bc-drill-notice')).toContainText(formatEuro(sum));
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/businesscase-drilldown.png' });
    // Back to every case of the selection.
    await page.getByRole('button', { name: new RegExp(`^Toon alle ${bc.cases.length} casussen`) }).press('Enter');
    await expect(caseCodes(page)).toHaveText(bc.cases.map((c) => c.code));

    // The wijk over the years: Schiebroek in 2024 sets the screen's own filters to that year and wijk.
    await page.getByRole('tab', { name: nl.tabs.grafieken }).click();
    await page.getByTestId('grafiek-wijk-jaren').getByRole('button', { name: 'Schiebroek in 2024', exact: true }).press('Enter');
    await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue('2024');
    await expect(page.getByLabel('Wijk', { exact: true })).toHaveValue('Schiebroek');
    await expect(page.getByRole('heading', { level: 2, name: nl.cases.title })).toBeFocused();
    await expect(caseCodes(page)).toHaveText(exported(werkbank, 2024, 'Schiebroek').cases.map((c) => c.code));
  });

  test('a click on a payer bar opens the cases behind it', async ({ page, werkbank }) => {
    await openBusinesscase(page, werkbank);
    const bc = exported(werkbank, 2025);
    const payers = Object.entries(bc.perPayer).filter(([, p]) => p.vermedenKosten !== 0 || p.investering !== 0).map(([p]) => p);
    const first = payers[0];
    if (!first) throw new Error('example dataset changed: no payer with figures in 2025');
    // The first bar of the chart is the first payer's investering (rows in the table's order).
    await page.getByTestId('grafiek-betaler').locator('.recharts-bar-rectangle').first().click();
    await expect(page.getByRole('tab', { name: nl.tabs.casussen })).toHaveAttribute('aria-selected', 'true');
    const behind = bc.cases.filter((c) => c.perPayer[first]!.vermedenKosten !== 0 || c.perPayer[first]!.investering !== 0).map((c) => c.code);
    await expect(caseCodes(page)).toHaveText(behind);
    await expect(page.locator('.bc-drill-notice')).toContainText(PAYER_LABEL[first]!);
  });
});
