/**
 * Issue #14 item 3: on the Wijken screen a chair records a baseline and a lesson, then downloads
 * the tussenevaluatie as XLSX and PDF; the file's figures are the screen's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { nlWijken } from '../../renderer/src/features/wijken/nl';
import { formatEuro } from '../../shared/format/money';
import { pdfPages } from '../integration/export/pdfText';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

const B = nlWijken.baseline;
const L = nlWijken.lessons;
const E = nlWijken.evaluation;

async function download(page: Page, format: 'pdf' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
  const form = page.getByRole('form', { name: E.download });
  await form.getByLabel(E.format).selectOption(format);
  await form.getByLabel(E.pseudonymised).uncheck();
  const pending = page.waitForEvent('download');
  await form.getByRole('button', { name: E.download }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test.describe('Wijken: nulmeting, lessenlog and tussenevaluatie', () => {
  test('records a baseline and a lesson, and the tussenevaluatie files hold the screen’s figures', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nlWijken.title })).toBeVisible();

    const baselines = page.getByTestId('baselines');
    await expect(baselines.getByRole('row')).toHaveCount(3);
    await expect(baselines.getByRole('row').nth(1)).toContainText(B.first);

    // A new baseline by keyboard: date, households, one sociale-kaart entry unticked.
    const bForm = page.getByRole('form', { name: B.formTitle });
    await bForm.getByLabel(B.measuredOn).fill('01-06-2025');
    await bForm.getByLabel(B.households).fill('160');
    await expect(bForm.getByLabel('Werkfit-traject (Werk en dagbesteding)')).toBeChecked();
    await bForm.getByLabel('Werkfit-traject (Werk en dagbesteding)').uncheck();
    await bForm.getByLabel(B.households).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'De meting van 01-06-2025 is opgeslagen.' })).toBeVisible();
    await expect(baselines.getByRole('row')).toHaveCount(4);
    await expect(baselines.getByRole('row').nth(3)).toContainText('160');
    await expect(baselines.getByRole('row').nth(3)).toContainText('2 (Schuldhulpspreekuur, Buurtnetwerk)');

    // A lesson on spoor wonen that did not work.
    const lForm = page.getByRole('form', { name: L.formTitle });
    await lForm.getByLabel(L.spoor).selectOption('wonen');
    await lForm.getByLabel(L.kind).selectOption('werkte_niet');
    await lForm.getByLabel(L.text).fill('Urgentie kwam te laat rond.');
    await lForm.getByLabel(L.author).fill('Voorzitter Bloemhof');
    await lForm.getByRole('button', { name: L.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: L.saved })).toBeVisible();
    await expect(page.getByTestId('lessons')).toContainText('Urgentie kwam te laat rond.');

    // The tussenevaluatie of 2024: Bloemhof's nulmeting and its cohort netto rendement on screen.
    await page.getByLabel(E.year, { exact: true }).selectOption('2024');
    const nulmeting = page.getByTestId('tussenevaluatie-nulmeting');
    await expect(nulmeting.getByRole('row', { name: /Huishoudens in beeld/ })).toHaveText(/Huishoudens in beeld\s*120\s*85/);
    const lessonsRow = page.getByTestId('tussenevaluatie-lessons').getByRole('row', { name: /werkte niet/ });
    await expect(lessonsRow).toHaveText(/werkte niet\s*2\s*0/);
    const netto = (await page.getByTestId('tussenevaluatie-rendement').getByRole('row', { name: /Netto rendement/ }).getByRole('cell').first().innerText()).trim();
    await expectNoAxeViolations(page);
    await screenshot(page, 'wijken');

    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toMatch(/^werkbank-tussenevaluatie-2024-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = new Map((await readXlsxFile(xlsx.bytes)).map((s) => [s.sheet, s.data as unknown[][]]));
    const side = sheets.get('Wijken naast elkaar') ?? [];
    expect(side.find((r) => r[0] === 'Huishoudens in beeld')).toEqual(['Huishoudens in beeld', 120, 85]);
    expect(side.find((r) => r[0] === 'Lessen: werkte niet')).toEqual(['Lessen: werkte niet', 2, 0]);
    const nettoCents = Math.round(Number(side.find((r) => r[0] === 'Netto rendement')?.[1]) * 100);
    expect(formatEuro(nettoCents).replace(/\u00a0/g, ' ')).toBe(netto.replace(/\u00a0/g, ' '));

    const pdf = await download(page, 'pdf');
    const text = (await pdfPages(pdf.bytes)).join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Tussenevaluatie 2024');
    expect(text).toContain(netto.replace(/\u00a0/g, ' '));
    expect(text).toContain('Urgentie kwam te laat rond.');
  });
});
