/**
 * Issue #10: an export from the businesscase screen, by keyboard, downloaded by the browser host,
 * read back with read-excel-file and compared with the figures the screen shows. Pseudonymised is
 * the default (counts under 5 as <5); unticked, the full export holds the real counts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { nlBusinesscase } from '../../renderer/src/features/businesscase/nl';
import { nlExports } from '../../renderer/src/features/exports/nl';
import { formatEuro, formatRatio } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

async function download(page: Page): Promise<{ name: string; sheets: Map<string, unknown[][]> }> {
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await pending;
  const sheets = await readXlsxFile(readFileSync(await file.path()));
  return { name: file.suggestedFilename(), sheets: new Map(sheets.map((s) => [s.sheet, s.data as unknown[][]])) };
}

const cellOf = (sheet: unknown[][] | undefined, label: string, column = 1) => sheet?.find((r) => r[0] === label)?.[column];

/** The screen's parts are tabs: open one before reading its tables. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test.describe('Exports from the businesscase screen', () => {
  test('XLSX by keyboard: pseudonymised by default, with the screen’s filters and figures to the cent', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2024');
    await page.getByLabel('Wijk', { exact: true }).selectOption('Bloemhof');
    await expect(page.getByRole('status').filter({ hasText: /casussen in 2024/ })).toHaveText(/^2 casussen in 2024\. Bloemhof\.$/);

    // The panel is closed at first (the figures come first); opened by keyboard on its summary.
    const panel = page.getByRole('region', { name: nlExports.title });
    await expect(panel.getByLabel(nlExports.what)).toBeHidden();
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByLabel(nlExports.what)).toBeVisible();
    await expect(panel).toContainText('2024, Bloemhof');
    // The defaults: the businesscase, as XLSX, pseudonymised.
    await expect(panel.getByLabel(nlExports.what)).toHaveValue('businesscase');
    await expect(panel.getByLabel(nlExports.format)).toHaveValue('xlsx');
    await expect(panel.getByLabel(nlExports.pseudonymised)).toBeChecked();
    await expectNoAxeViolations(page);
    mkdirSync('test-results/screens', { recursive: true });
    await panel.screenshot({ path: 'test-results/screens/export-button.png' });

    // By keyboard: from the first choice, Tab to the button, Enter.
    await panel.getByLabel(nlExports.what).focus();
    await page.keyboard.press('Tab');
    await expect(panel.getByLabel(nlExports.format)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByLabel(nlExports.pseudonymised)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: nlExports.button })).toBeFocused();
    const pseudo = await download(page);
    expect(pseudo.name).toMatch(/^werkbank-businesscase-2024-Bloemhof-gepseudonimiseerd-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(panel.getByRole('status')).toHaveText(`Opgeslagen als ${pseudo.name}.`);

    // The file's figures are the screen's: every headline amount, formatted, equals its cell (in the Kerncijfers tab).
    await openTab(page, nlBusinesscase.tabs.kerncijfers);
    const kern = pseudo.sheets.get('Kerncijfers');
    const screenRow = (label: string) =>
      page.getByTestId('kerncijfers').getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
    // The file names each figure as the screen does; both columns (all, vastgesteld only).
    for (const label of Object.values(nlBusinesscase.figure)) {
      const fileRow = kern?.find((r) => r[0] === label);
      const cells = screenRow(label);
      for (const column of [1, 2]) {
        const value = fileRow?.[column];
        const shown = typeof value === 'number' && label !== nlBusinesscase.figure.rendementPerEuro ? formatEuro(Math.round(value * 100)) : formatRatio(typeof value === 'number' ? value : null);
        await expect(cells.nth(column - 1), `${label} ${column}`).toHaveText(shown);
      }
    }
    // The cases of the screen, in its order, with their figures.
    const cases = pseudo.sheets.get('Per casus')?.slice(1, -1) ?? [];
    expect(cases.map((r) => r[0])).toEqual(['BLO-2024-001', 'BLO-2024-002']);
    expect(cellOf(pseudo.sheets.get('Aantallen'), 'Casussen')).toBe('<5');
    expect(cellOf(pseudo.sheets.get('Toelichting'), 'Filter wijk')).toBe('Bloemhof');
    expect(String(cellOf(pseudo.sheets.get('Toelichting'), 'Gepseudonimiseerd'))).toMatch(/^ja/);

    // Unticked (Space on the checkbox): the full export has the real count.
    await panel.getByLabel(nlExports.pseudonymised).focus();
    await page.keyboard.press('Space');
    await expect(panel.getByLabel(nlExports.pseudonymised)).not.toBeChecked();
    await page.keyboard.press('Tab');
    const full = await download(page);
    expect(full.name).toMatch(/^werkbank-businesscase-2024-Bloemhof-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(cellOf(full.sheets.get('Aantallen'), 'Casussen')).toBe(2);
    expect(cellOf(full.sheets.get('Kerncijfers'), 'Netto rendement')).toBe(cellOf(kern, 'Netto rendement'));
  });

  test('the weekbedrag register of the screen, as XLSX, holds the screen’s total', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    const panel = page.getByRole('region', { name: nlExports.title });
    await panel.getByText(nlExports.summary).click();
    await panel.getByLabel(nlExports.what).selectOption('register');
    await expect(panel).toContainText('register: alle jaren');
    await panel.getByRole('button', { name: nlExports.button }).focus();
    const file = await download(page);
    expect(file.name).toMatch(/^werkbank-register-alle-jaren-gepseudonimiseerd-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const total = file.sheets.get('Weekbedragregister')?.at(-1)?.[9] as number;
    await openTab(page, nlBusinesscase.tabs.register);
    await expect(page.locator('#register')).toContainText(formatEuro(Math.round(total * 100)));
    expect(total).toBeGreaterThan(0);
  });
});

test.describe('Each tab offers the export of what it shows', () => {
  test('the register tab offers the register, the monitoring tab the indicators; its CSV holds the screen’s figures and names its context', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nlBusinesscase.title })).toBeVisible();
    const panel = page.getByRole('region', { name: nlExports.title });
    await panel.getByText(nlExports.summary).click();
    await expect(panel.getByLabel(nlExports.what)).toHaveValue('businesscase');

    await openTab(page, nlBusinesscase.tabs.register);
    await expect(panel.getByLabel(nlExports.what)).toHaveValue('register');
    await expect(panel).toContainText('register: alle jaren');
    await openTab(page, nlBusinesscase.tabs.kerncijfers);
    await expect(panel.getByLabel(nlExports.what)).toHaveValue('businesscase');
    await openTab(page, nlBusinesscase.tabs.monitoring);
    await expect(panel.getByLabel(nlExports.what)).toHaveValue('indicators');

    // The monitoring tab's own export, as CSV and in full, read back and compared with the table on screen.
    await panel.getByLabel(nlExports.format).selectOption('csv');
    await panel.getByLabel(nlExports.pseudonymised).uncheck();
    await expectNoAxeViolations(page);
    await screenshot(page, 'export-monitoring-tab');
    const pending = page.waitForEvent('download');
    await panel.getByRole('button', { name: nlExports.button }).click();
    const file = await pending;
    const year = await page.getByLabel('Jaar', { exact: true }).inputValue();
    expect(file.suggestedFilename()).toMatch(new RegExp(`^werkbank-indicators-${year}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`wijk;indicator (${year}-01-01 t/m ${year}-12-31);waarde`);
    const aanmeldingen = lines.find((l) => l.startsWith('alle wijken;aanmeldingen;'))?.split(';')[2];
    const totaal = page.getByTestId('monitoring-algemeen').getByRole('row').filter({ has: page.getByRole('rowheader', { name: nlBusinesscase.monitoring.aanmeldingen, exact: true }) }).getByRole('cell').last();
    await expect(totaal).toHaveText(aanmeldingen ?? 'ontbreekt');
    // Under the table, after one empty row: what the file is.
    const notes = lines.slice(lines.indexOf('') + 1);
    expect(notes.slice(0, 2)).toEqual(['Toelichting', 'Export;Monitoringsindicatoren (§3.6)']);
    expect(notes).toContain(`Filter jaar;${year}`);
    expect(notes).toContain('Gepseudonimiseerd;nee: volledige export met alle aantallen');
  });
});

test.describe('A long export can be cancelled', () => {
  test('while the file is made the panel is busy; Annuleren drops the result and nothing is downloaded', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    // Hold the answer back, as a workbook of 10.000 cases would take its time.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/ipc/exports%3Afile', async (route) => {
      await held;
      await route.continue();
    });
    let downloads = 0;
    page.on('download', () => (downloads += 1));

    const panel = page.getByRole('region', { name: nlExports.title });
    await panel.getByText(nlExports.summary).click();
    await panel.getByRole('button', { name: nlExports.button }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status')).toHaveText(nlExports.busy);
    await expect(panel.getByRole('button', { name: nlExports.button })).toBeDisabled();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: nlExports.cancel })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status')).toHaveText(nlExports.cancelled);
    const late = page.waitForResponse('**/ipc/exports%3Afile');
    release();
    // The late answer arrives and is dropped: no download, the message stays.
    await late;
    await expect(panel.getByRole('status')).toHaveText(nlExports.cancelled);
    await expect(panel.getByRole('button', { name: nlExports.button })).toBeEnabled();
    // An export made after it is the one and only file: had the cancelled one been saved, it would
    // have come first (its answer came first), so this counts without waiting for a time.
    const next = page.waitForEvent('download');
    await panel.getByRole('button', { name: nlExports.button }).click();
    await next;
    expect(downloads).toBe(1);
    await expect(panel.getByRole('status')).toHaveText(/^Opgeslagen als werkbank-businesscase-/);
  });
});
