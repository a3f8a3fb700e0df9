/**
 * Issue #14 items 1 and 2 on the businesscase screen: a tertiaal and the kalenderjaar view chosen by
 * keyboard; the figures change to the hand-computed ones; the export made from the screen holds the
 * same figures; axe passes.
 *
 * The example dataset (test/fixtures/dataset-voorbeeld.json) in 2024 T2 (1 May – 31 August):
 * - cohort: only SCH-2024-001 has its reference date (14-05) in T2: € 7.392,00 gecorrigeerd,
 *   € 1.570,00 invested, € 5.822,00 netto, 4,71 per euro (checked by hand in session 1).
 * - kalenderjaar (§3.8): every horizon's days in T2, largest remainder per case over its segments:
 *   BLO-2024-001 (05-03-2024, 364 days: 57 | 123 in T2 | 122 | 62) 2 500 000 × 123/364 = 844 780.22
 *     → 844 780 (the leftover cent goes to the first segment's .516);
 *   BLO-2024-002 the same days, 2 800 000 → 946 153.85 → 946 154 (the largest remainder .846);
 *   SCH-2024-001 (14-05-2024: 110 in T2 | 122 | 132) 739 200 → 223 384.62 → 223 385 (second of two cents);
 *   together 2 014 319 = € 20.143,19. Investering in T2: SCH-2024-001's interventions (no start
 *   date, so its reference date 14-05) 2 500 + 1 500 × 3 + 7 500 × 20 = 157 000 = € 1.570,00; the
 *   Bloemhof costs fell in March and April. Netto € 18.573,19; 2 014 319 / 157 000 = 12,83 per euro.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildExport } from '../../electron/core/export/buildExport';
import { nlBusinesscase as nl } from '../../renderer/src/features/businesscase/nl';
import { yearPeriod } from '../../shared/calc/period';
import { nlExports } from '../../renderer/src/features/exports/nl';
import { formatEuro, formatRatio } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

const card = (page: Page, figure: string) => page.getByRole('definition').and(page.locator(`[data-figure="${figure}"] .bc-card-value`));

async function expectCards(page: Page, values: [string, string, string, string]): Promise<void> {
  const figures = ['vermedenGecorrigeerd', 'investering', 'nettoRendement', 'rendementPerEuro'];
  for (const [i, f] of figures.entries()) await expect(card(page, f), f).toHaveText(values[i] ?? '');
}

interface Exported {
  view: string;
  period: { label: string };
  kalenderjaar: { vermedenGecorrigeerd: number; investering: number; nettoRendement: number; rendementPerEuro: number | null; cases: { code: string }[] } | null;
  vermedenGecorrigeerd: number;
  provenance: { recompute: string[] };
}

test.describe('§3.3 periods and §3.8 the kalenderjaar view on the businesscase screen', () => {
  test('2024 T2 by keyboard: cohort € 7.392,00, then kalenderjaar € 20.143,19; the JSON export from the screen holds the same', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Businesscase', exact: true })).toBeVisible();

    // Soort periode → Tertiaal, Tab to Jaar → 2024, Tab to Tertiaal → T2: arrows only.
    const kind = page.getByLabel(nl.period.kind, { exact: true });
    await kind.focus();
    await page.keyboard.press('ArrowDown');
    await expect(kind).toHaveValue('tertiaal');
    await page.keyboard.press('Tab');
    const year = page.getByLabel(nl.filters.year, { exact: true });
    await expect(year).toBeFocused();
    while ((await year.inputValue()) !== '2024') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    const part = page.getByLabel(nl.period.tertiaal, { exact: true });
    await expect(part).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(part).toHaveValue('T2');

    await expect(page.getByRole('status').filter({ hasText: /casus in 2024 T2/ })).toHaveText('1 casus in 2024 T2 (mei–augustus).');
    await expectCards(page, ['€ 7.392,00', '€ 1.570,00', '€ 5.822,00', '4,71']);

    // The view switch: each choice is the sentence that says what it means; the arrow key moves from Cohort to Kalenderjaar.
    const views = page.getByRole('group', { name: nl.view.label });
    await expect(views.getByRole('radio', { name: nl.view.options.cohort, exact: true })).toBeChecked();
    await views.getByRole('radio', { name: nl.view.options.cohort, exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(views.getByRole('radio', { name: nl.view.options.kalenderjaar, exact: true })).toBeChecked();

    await expect(page.getByRole('status').filter({ hasText: /kalenderjaarweergave/ })).toHaveText(
      '3 casussen met een deel van de horizon of een investering in 2024 T2 (mei–augustus) (kalenderjaarweergave).',
    );
    await expectCards(page, ['€ 20.143,19', '€ 1.570,00', '€ 18.573,19', '12,83']);
    // The cohort figure stays beside it, under each card.
    await expect(page.locator('[data-figure="vermedenGecorrigeerd"] .bc-card-sub')).toHaveText('Cohort: € 7.392,00');
    await expectNoAxeViolations(page);
    await screenshot(page, 'periods-kalenderjaar-t2');

    // Kerncijfers: the §3.8 table; no booked effect of measure 19 for a tertiaal, and the note says why.
    await page.getByRole('tab', { name: nl.tabs.kerncijfers, exact: true }).click();
    const kjRow = (f: string) => page.getByTestId('kalenderjaar').locator(`[data-figure="${f}"]`).getByRole('cell');
    await expect(kjRow('vermedenGecorrigeerd')).toHaveText('€ 20.143,19');
    await expect(page.getByTestId('kalenderjaar-per-casus').getByRole('row')).toHaveCount(4);
    await expect(page.getByText(nl.measure19.notYear)).toBeVisible();
    await expectNoAxeViolations(page);

    // The export from the screen, by keyboard: JSON, the file's figures are the screen's.
    const panel = page.getByRole('region', { name: nlExports.title });
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel).toContainText('2024 T2 (mei–augustus)');
    await expect(panel).toContainText(nlExports.kalenderjaar);
    await panel.getByLabel(nlExports.format).selectOption('json');
    await panel.getByRole('button', { name: nlExports.button }).focus();
    const pending = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await pending;
    expect(file.suggestedFilename()).toMatch(/^werkbank-businesscase-2024-T2-kalenderjaar-gepseudonimiseerd-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as Exported;
    expect(exported.view).toBe('kalenderjaar');
    expect(exported.period.label).toBe('2024 T2 (mei–augustus)');
    const kj = exported.kalenderjaar;
    expect(kj && [kj.vermedenGecorrigeerd, kj.investering, kj.nettoRendement, kj.rendementPerEuro]).toEqual([2014319, 157000, 1857319, 12.83]);
    expect(kj?.cases.map((c) => c.code)).toEqual(['BLO-2024-001', 'BLO-2024-002', 'SCH-2024-001']);
    await expectCards(page, [formatEuro(kj?.vermedenGecorrigeerd ?? 0), formatEuro(kj?.investering ?? 0), formatEuro(kj?.nettoRendement ?? 0), formatRatio(kj?.rendementPerEuro ?? null)]);
    expect(exported.vermedenGecorrigeerd).toBe(739200);
    expect(exported.provenance.recompute).toEqual(expect.arrayContaining(['--period', '2024-T2', '--view', 'kalenderjaar']));
  });

  test('a year in the kalenderjaar view: measure 19 against the gemeente figure in that view, the cohort beside it, as the export has it', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await page.getByLabel(nl.filters.year, { exact: true }).selectOption('2025');
    await page.getByRole('group', { name: nl.view.label }).getByRole('radio', { name: nl.view.options.kalenderjaar, exact: true }).check();
    await page.getByRole('tab', { name: nl.tabs.kerncijfers, exact: true }).click();
    const m = (JSON.parse(buildExport(werkbank.session.database(), { what: 'businesscase', format: 'json', year: 2025, period: yearPeriod(2025), view: 'kalenderjaar', pseudonymised: false, now: new Date(), actor: 'e2e' })) as {
      measure19: { bookedEffect: number; kalenderjaar: { vermedenKosten: number; investering: number }; cohort: { vermedenKosten: number; investering: number }; difference: number };
    }).measure19;
    const amount = (key: string) => page.getByTestId('geboekt-effect').locator(`[data-figure="${key}"]`).getByRole('cell');
    await expect(amount('bookedEffect')).toHaveText('€ 800.000,00');
    await expect(amount('gemeenteKalenderjaar')).toHaveText(formatEuro(m.kalenderjaar.vermedenKosten));
    await expect(amount('gemeenteCohort')).toHaveText(formatEuro(m.cohort.vermedenKosten));
    await expect(amount('difference')).toHaveText(formatEuro(m.difference));
    await expectNoAxeViolations(page);
    await screenshot(page, 'periods-measure19-2025');
  });

  test('a date range the wrong way round or a day that does not exist: a Dutch message on the field, the figures stay', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    const summary = page.getByRole('status').filter({ hasText: /casussen in/ });
    await expect(summary).toHaveText(/ in 2025\.$/);
    await page.getByLabel(nl.period.kind, { exact: true }).selectOption('range');
    await page.getByLabel(nl.period.from, { exact: true }).fill('31-02-2025');
    await page.getByLabel(nl.period.to, { exact: true }).fill('30-06-2025');
    await expect(page.getByText('Van: geef een echte datum als dd-mm-jjjj, bijvoorbeeld 01-05-2025.')).toBeVisible();
    await page.getByLabel(nl.period.from, { exact: true }).fill('01-07-2025');
    await expect(page.getByText(/de begindatum 01-07-2025 ligt na de einddatum 30-06-2025; zet de vroegste datum eerst/)).toBeVisible();
    // Nothing readable yet: the figures are still those of 2025.
    await expect(summary).toHaveText(/ in 2025\.$/);
    await page.getByLabel(nl.period.from, { exact: true }).fill('01-01-2025');
    await expect(page.getByRole('status').filter({ hasText: /01-01-2025 t\/m 30-06-2025/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
